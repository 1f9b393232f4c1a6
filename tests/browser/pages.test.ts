/**
 * Every English page renders whole in Chromium, with its charts and tables, no console error and no other host,
 * and passes axe-core (the French pages: pages-fr.test.ts); the figures ledger; load failures shown beside the chart while the drawn chart stays; the story with JavaScript off.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/story/registry';
import { watchedPage } from '../helpers/browser';
import { PAGE_CHECK, checkPage } from '../helpers/page-check';
import { ENGLISH_PAGES, SHOTS, chartSummary, bilateralReady, lineCount, statusText, open, useSite } from '../helpers/site';

const site = useSite();

describe('every English page in Chromium (French: pages-fr.test.ts)', () => {
	it.each(ENGLISH_PAGES)(PAGE_CHECK, (path) => checkPage(site, path));
});

describe('data tables', () => {
	it('a column header sorts the table and says how', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/charts/ev-quota', { tables: false });
		// A closed table is not drawn once the page is live (a change of view redraws only what is seen); opening it draws it.
		expect(await w.page.locator('figure[data-chart="ev-quota"] details.table tbody tr').count()).toBe(0);
		await w.page.locator('figure[data-chart="ev-quota"] details.table summary').click();
		const header = w.page.locator('figure[data-chart="ev-quota"] button[data-sort="value"]');
		await header.click();
		const firstRow = () => w.page.locator('figure[data-chart="ev-quota"] details tbody tr th').first().innerText();
		expect(await firstRow()).toBe('EV quota, first year');
		expect(await w.page.locator('figure[data-chart="ev-quota"] th[aria-sort="ascending"]').count()).toBe(1);
		await header.click();
		expect(await firstRow()).toBe('Vehicles sold a year');
		expect(await w.page.locator('figure[data-chart="ev-quota"] th[aria-sort="descending"]').count()).toBe(1);
		await w.context.close();
	});
});

describe('figures ledger', () => {
	it('search and filters narrow the table; clearing restores it', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/figures');
		const rows = () => w.page.locator('table.ledger tbody tr').count();
		const total = await rows();
		expect(total).toBe(135);
		await w.page.getByLabel('Search').fill('canola');
		const canola = await rows();
		expect(canola).toBeGreaterThan(0);
		expect(canola).toBeLessThan(total);
		await w.page.getByLabel('Status').selectOption('expected');
		const expected = await w.page.locator('table.ledger tbody tr td:nth-child(5)').allTextContents();
		expect(expected.length).toBeGreaterThan(0);
		expect(new Set(expected)).toEqual(new Set(['expected']));
		await w.page.getByLabel('Search').fill('<script>alert(1)</script>');
		expect(await rows()).toBe(0);
		expect(await w.page.locator('[data-count]').innerText()).toBe('0 of 135 figures');
		await w.page.getByRole('button', { name: 'Clear' }).click();
		expect(await rows()).toBe(total);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});

describe('load failures are shown beside the chart, and the drawn chart stays', () => {
	async function failWith(route: string, fulfil: Parameters<Page['route']>[1]) {
		const w = await watchedPage(site.browser, site.origin);
		await w.page.route(route, fulfil);
		await open(w.page, site.origin + '/');
		await bilateralReady(w.page);
		await w.page.locator('figure[data-chart="bilateral-trade"] input[value="CAN"]').check();
		await w.page.waitForSelector('figure[data-chart="bilateral-trade"] [data-error]');
		return w;
	}

	it('a missing Parquet file', async () => {
		const w = await failWith('**/data/trade_annual/reporter=CAN/data_0.parquet', (r) => r.fulfill({ status: 404, body: 'not found' }));
		expect(await statusText(w.page)).toBe('The data file trade_annual/reporter=CAN/data_0.parquet is missing (HTTP 404).');
		expect(await lineCount(w.page)).toBe(4);
		await w.context.close();
	});

	it('a file that does not match the manifest checksum', async () => {
		const w = await failWith('**/data/trade_annual/reporter=CAN/data_0.parquet', async (r) => {
			const real = await r.fetch();
			const body = Buffer.concat([await real.body(), Buffer.from([1])]);
			await r.fulfill({ response: real, body });
		});
		expect(await statusText(w.page)).toBe(
			"The data file trade_annual/reporter=CAN/data_0.parquet does not match the manifest's checksum: it may be stale or damaged."
		);
		expect(await lineCount(w.page)).toBe(4);
		await w.context.close();
	});

	it('the wasm engine cannot load', async () => {
		const w = await failWith('**/*.wasm', (r) => r.fulfill({ status: 404, body: '' }));
		expect(await statusText(w.page)).toBe(
			'The in-browser query engine (DuckDB-WASM) could not start; the charts show their published view.'
		);
		expect(await lineCount(w.page)).toBe(4);
		await w.context.close();
	});
});

describe('with JavaScript disabled', () => {
	it('the story shows every chart whole, with its table', async () => {
		const w = await watchedPage(site.browser, site.origin, { javaScriptEnabled: false });
		await w.page.goto(site.origin + '/', { waitUntil: 'load' });
		const charts = await chartSummary(w.page);
		expect(charts.map((c) => c.id)).toEqual([...CHART_IDS]);
		for (const c of charts) expect(c.marks, c.id ?? '').toBeGreaterThan(0);
		// Every data table is in the page, its disclosure closed: without JavaScript it stays.
		for (const c of charts) expect(c.tableRows, c.id ?? '').toBeGreaterThan(0);
		expect(w.requests.filter((u) => u.endsWith('.wasm') || u.endsWith('.parquet'))).toEqual([]);
		await w.page.locator('figure[data-chart="tariff-timeline"]').screenshot({ path: join(SHOTS, 'tariff-timeline-no-js.png') });
		await w.context.close();
	});
});
