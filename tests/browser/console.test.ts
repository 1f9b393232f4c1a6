/**
 * The SQL console in Chromium: reading queries answered, writes refused, errors placed, a query cancelled.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchedPage } from '../helpers/browser';
import { SHOTS, open, useSite } from '../helpers/site';

const site = useSite();

describe('SQL console', () => {
	const status = (page: Page) => page.locator('[data-status]').innerText();
	async function run(page: Page, sql: string) {
		await page.fill('textarea[data-control="sql"]', sql);
		await page.click('[data-action="run"]');
		await page.waitForFunction(() => !document.querySelector('[data-status]')?.textContent?.includes('Running'));
	}

	it('runs reading queries, refuses writes, shows errors with their place, and survives a cancelled query', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore/sql');
		await w.page.waitForSelector('textarea[data-control="sql"]:not([disabled])');
		await w.page.click('[data-action="run"]');
		await w.page.waitForSelector('table[data-result] tbody tr');
		expect(await status(w.page)).toMatch(/^\d+ rows in \d+ ms\.$/);

		await run(w.page, 'SELECT * FROM range(5000)');
		expect(await status(w.page)).toMatch(/^5,000 rows in \d+ ms; the first 1,000 are shown\.$/);
		expect(await w.page.locator('table[data-result] tbody tr').count()).toBe(1000);

		await run(w.page, "COPY figures TO 'stolen.csv'");
		expect(await status(w.page)).toContain('“COPY” is refused');
		await run(w.page, 'DROP TABLE figures');
		expect(await status(w.page)).toContain('“DROP” is refused');
		// Words are not statements: replace() and an alias named set are a reading query.
		await run(w.page, "SELECT replace(claim, 'a', 'b') AS set FROM figures LIMIT 2");
		expect(await status(w.page)).toMatch(/^2 rows in \d+ ms\.$/);

		await run(w.page, 'SELECT value FROM figures WHERE');
		expect(await status(w.page)).toBe('Parser error: syntax error at end of input');
		expect(await w.page.locator('pre.caret').innerText()).toContain('^ line 1, column 32');

		await w.page.fill('textarea[data-control="sql"]', 'SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b');
		await w.page.click('[data-action="run"]');
		await w.page.waitForSelector('[data-action="cancel"]:not([disabled])');
		await w.page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('Running'));
		await w.page.click('[data-action="cancel"]');
		await w.page.waitForFunction(() => !document.querySelector('[data-status]')?.textContent?.includes('Running'), undefined, {
			timeout: 20_000
		});
		expect(await status(w.page)).toBe('The query was cancelled.');

		await run(w.page, 'SELECT count(*) AS n FROM figures');
		expect(await w.page.locator('table[data-result] tbody td').first().innerText()).toBe('135');
		expect(w.foreignRequests).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
		await w.page.screenshot({ path: join(SHOTS, 'sql-console.png'), fullPage: true });
		await w.context.close();
	});
});
