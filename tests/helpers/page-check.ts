/**
 * Every page in English and French renders whole in Chromium, with its charts and tables, no console
 * error and no other host, and passes axe-core with its tables and embed code open. Two test files
 * share the pages (English, French), so they run side by side.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { CHART_IDS } from '../../src/lib/story/registry';
import { axeViolations } from './axe';
import { watchedPage, type WatchedPage } from './browser';
import { SHOTS, SOURCE_LINE, chartSummary, open, type Site } from './site';

export const PAGE_CHECK =
	'%s renders with its charts, no console errors and no other host, and axe finds no violation with its tables and embed code open';

/** One browser context per test file serves every page check: each check loads a fresh document and starts its records afresh. */
const contexts = new WeakMap<Site, Promise<WatchedPage>>();

async function sharedPage(site: Site): Promise<WatchedPage> {
	let w = contexts.get(site);
	if (!w) contexts.set(site, (w = watchedPage(site.browser, site.origin)));
	const watched = await w;
	for (const list of [watched.consoleErrors, watched.foreignRequests, watched.requests]) list.length = 0;
	return watched;
}

export async function checkPage(site: Site, path: string): Promise<void> {
	const w = await sharedPage(site);
	const response = await open(w.page, site.origin + path);
	expect(response?.status()).toBe(200);
	const charts = await chartSummary(w.page);
	const french = path === '/fr' || path.startsWith('/fr/');
	expect(await w.page.getAttribute('html', 'lang')).toBe(french ? 'fr-CA' : 'en-CA');
	if (path === '/' || path === '/fr') expect(charts.map((c) => c.id)).toEqual([...CHART_IDS]);
	const single = /^(\/fr)?\/(charts|embed)\//.test(path);
	if (single) expect(charts.map((c) => c.id)).toEqual([path.split('/').at(-1)]);
	for (const c of charts) {
		expect(c.marks, `${c.id} marks`).toBeGreaterThan(0);
		expect(c.tableRows, `${c.id} table`).toBeGreaterThan(0);
		expect(c.title, `${c.id} title`).not.toBe('');
		expect(c.source, `${c.id} source line`).toMatch(SOURCE_LINE);
	}
	expect(await w.page.locator('h1').count()).toBe(1);
	expect(w.consoleErrors).toEqual([]);
	expect(w.foreignRequests).toEqual([]);
	if (path === '/' || path === '/figures')
		await w.page.screenshot({ path: join(SHOTS, `${path === '/' ? 'story' : 'figures'}.png`), fullPage: true });
	await w.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	expect(await axeViolations(w.page)).toEqual([]);
}
