/** The SQL console, as the benchmarks drive it: opened, a statement run, its one-row answer awaited. */
import type { Page } from 'playwright-core';

export async function openConsole(page: Page, origin: string): Promise<void> {
	await page.goto(origin + '/explore/sql', { waitUntil: 'load' });
}

/** Types `sql` into the console (once it is enabled) and runs it. */
export async function runInConsole(page: Page, sql: string): Promise<void> {
	await page.locator('textarea[data-control="sql"]:not([disabled])').fill(sql);
	await page.click('[data-action="run"]');
}

/** Waits for the console to report a one-row answer (the page's first: a later one finds the status already said). */
export async function oneRowAnswered(page: Page, timeout: number): Promise<void> {
	await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('1 row in'), undefined, { timeout });
}
