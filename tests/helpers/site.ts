/**
 * The built site in Debian's Chromium, for the browser tests: each test file serves build/ on a
 * port of its own and opens its own browser, so files run side by side. Pages are opened and then
 * waited on by their own state (the layout marks <html data-hydrated> once the page answers).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { startPreview, type PreviewServer } from '../../scripts/lib/preview-server';
import { CHART_IDS } from '../../src/lib/story/registry';
import { ROOT } from './project';

export const SHOTS = join(ROOT, 'test-results', 'screenshots');

export const ENGLISH_PAGES = [
	'/',
	...CHART_IDS.map((id) => `/charts/${id}`),
	...CHART_IDS.map((id) => `/embed/${id}`),
	'/present',
	'/present/3',
	'/explore',
	'/explore?tab=map',
	'/explore?tab=table',
	'/explore/sql',
	'/figures',
	'/check',
	'/sources',
	'/downloads'
];
/** Every page in English and in French (under /fr). */
export const PAGES = [...ENGLISH_PAGES, ...ENGLISH_PAGES.map((p) => (p === '/' ? '/fr' : `/fr${p}`))];
/** A source line in either language ("Source: …", "Sources : …"). */
export const SOURCE_LINE = /^Sources?\u00a0?: /;

export interface Site {
	readonly browser: Browser;
	readonly origin: string;
}

/** Serves the built site and opens Chromium for the test file that calls it. */
export function useSite(): Site {
	let browser: Browser | undefined;
	let server: PreviewServer | undefined;
	beforeAll(async () => {
		await mkdir(SHOTS, { recursive: true });
		[server, browser] = await Promise.all([startPreview(ROOT), launchChromium()]);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});
	return {
		get browser() {
			if (!browser) throw new Error('the browser is not open yet');
			return browser;
		},
		get origin() {
			if (!server) throw new Error('the site is not served yet');
			return server.origin;
		}
	};
}

/**
 * Opens a page and waits until it is interactive (hydrated). `hydrated: false` for a page that
 * runs none of the site's JavaScript (JavaScript off, or another site's page).
 */
/**
 * Opens a page and waits for it to be live; then opens every chart's data table, as a reader checking
 * the figures does (a closed table is not drawn once the page is live), so tests can read them.
 */
export async function open(page: Page, url: string, { hydrated = true, tables }: { hydrated?: boolean; tables?: boolean } = {}) {
	const response = await page.goto(url, { waitUntil: 'load' });
	if (hydrated) await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
	if (tables ?? hydrated) await openTables(page);
	return response;
}

/** Opens every chart's data table on the page and waits for their rows to be drawn. */
export async function openTables(page: Page): Promise<void> {
	await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.table').forEach((d) => (d.open = true)));
	await page.waitForFunction(
		() => [...document.querySelectorAll('details.table')].every((d) => d.querySelector('table tbody tr')),
		undefined,
		{
			polling: 'raf'
		}
	);
}

/** Per chart shown on the page (not in a hidden tab): its id, how many data marks it draws, and its table's body rows. */
export async function chartSummary(page: Page) {
	return page.$$eval('figure[data-chart]', (figures) =>
		figures
			.filter((f) => f.closest('[hidden]') === null)
			.map((f) => ({
				id: f.getAttribute('data-chart'),
				marks: f.querySelectorAll('[data-mark]').length,
				tableRows: f.querySelectorAll('details table tbody tr, [data-atlas-table] tbody tr').length,
				title: f.querySelector('.title')?.textContent?.trim() ?? '',
				source: f.querySelector('[data-source-line]')?.textContent?.trim() ?? ''
			}))
	);
}

/** bilateral-trade's controls answer; its line count and status line. */
export const bilateralReady = (page: Page) => page.waitForSelector('figure[data-chart="bilateral-trade"] fieldset:not([disabled])');
export const lineCount = (page: Page) => page.locator('figure[data-chart="bilateral-trade"] path[data-mark="line"]').count();
export const statusText = (page: Page) => page.locator('figure[data-chart="bilateral-trade"] p.status[role="status"]').innerText();

/** Clicks one of a chart's download buttons and saves the file beside the screenshots. */
export async function saveExport(page: Page, id: string, action: string): Promise<{ name: string; path: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-exports="${id}"] [data-action="${action}"]`)]);
	const path = join(SHOTS, '..', download.suggestedFilename());
	await download.saveAs(path);
	return { name: download.suggestedFilename(), path };
}

/** Shows PNG bytes in a page at `width` CSS px and screenshots them, to look at what was exported. */
export async function screenshotPng(context: BrowserContext, bytes: Buffer, width: number, path: string): Promise<void> {
	const viewer = await context.newPage();
	await viewer.setContent(`<img src="data:image/png;base64,${bytes.toString('base64')}" style="width:${width}px">`);
	await viewer.locator('img').screenshot({ path });
	await viewer.close();
}
