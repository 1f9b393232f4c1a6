/**
 * The story's charts in Chromium: bilateral-trade answered by DuckDB-WASM, and each chart's exports (PNG, SVG, CSV).
 */
import { expectEvery } from '../helpers/expect-every';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/charts/svg-text';
import { watchedPage } from '../helpers/browser';
import { SHOTS, bilateralReady, lineCount, saveExport, screenshotPng, open, useSite } from '../helpers/site';

const site = useSite();

describe('bilateral-trade answered by DuckDB-WASM', () => {
	it('switching to China’s figures and narrowing the years redraws the chart from a browser query', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/');
		await bilateralReady(w.page);
		expect(await lineCount(w.page)).toBe(4);
		const wasmBefore = w.requests.filter((u) => u.endsWith('.wasm')).length;
		expect(wasmBefore).toBe(0);

		await w.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').check();
		await w.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		await w.page.selectOption('figure[data-chart="bilateral-trade"] select[data-control="from"]', '2000');
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="bilateral-trade"] details table tbody tr th')?.textContent === '2000'
		);
		const xTicks = await w.page.locator('figure[data-chart="bilateral-trade"] svg text.tick[text-anchor="middle"]').allTextContents();
		expect(xTicks[0]).toBe('2000');
		const headers = await w.page.locator('figure[data-chart="bilateral-trade"] details table thead th').allTextContents();
		expectEvery(headers.slice(1), (h) => h.includes('China’s figures'), 'column headers');

		expect(w.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
		// Only the two reporters' parts of trade_annual, not the whole table.
		expect(
			w.requests
				.filter((u) => u.includes('/data/trade_annual'))
				.map((u) => new URL(u).pathname)
				.sort()
		).toEqual(['/data/trade_annual/reporter=CAN/data_0.parquet', '/data/trade_annual/reporter=CHN/data_0.parquet']);
		expect(w.foreignRequests).toEqual([]);
		expect(w.consoleErrors).toEqual([]);
		await w.page.locator('figure[data-chart="bilateral-trade"]').screenshot({ path: join(SHOTS, 'bilateral-trade-china-2000.png') });

		// Later changes are drawn from DuckDB's first answer (both sides, every year): no query, never busy.
		const figure = 'figure[data-chart="bilateral-trade"]';
		await w.page.evaluate((f) => {
			const el = document.querySelector(f) as HTMLElement & { busySeen?: boolean };
			new MutationObserver(() => (el.busySeen ||= el.getAttribute('aria-busy') === 'true')).observe(el, { attributes: true });
		}, figure);
		await w.page.locator(`${figure} input[value="both"]`).check();
		await w.page.selectOption(`${figure} select[data-control="to"]`, '2015');
		await w.page.waitForFunction((f) => document.querySelectorAll(`${f} path[data-mark="line"]`).length === 4, figure);
		await w.page.waitForFunction(
			(f) => document.querySelector(`${f} details table tbody tr:last-child th`)?.textContent === '2015',
			figure
		);
		expect(
			await w.page.evaluate((f) => (document.querySelector(f) as HTMLElement & { busySeen?: boolean }).busySeen ?? false, figure)
		).toBe(false);
		const table = async () => (await w.page.locator(`${figure} details table`).textContent()) ?? '';
		const fromMemory = await table();
		// The same view from its embed link, asked of DuckDB afresh: the same table.
		await open(w.page, `${site.origin}/embed/bilateral-trade?from=2000&to=2015`);
		await w.page.waitForFunction(
			(f) =>
				document.querySelector(f)?.getAttribute('aria-busy') === 'false' &&
				document.querySelector(`${f} details table tbody tr:last-child th`)?.textContent === '2015',
			figure
		);
		expect(await table()).toBe(fromMemory);
		await w.context.close();
	});

	it('arrow keys move focus between points and read their values', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/charts/bilateral-trade');
		await bilateralReady(w.page);
		const first = w.page.locator('figure[data-chart="bilateral-trade"] circle[data-mark="point"][tabindex="0"]');
		await first.focus();
		const label0 = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		await w.page.keyboard.press('ArrowRight');
		const label1 = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		await w.page.keyboard.press('ArrowDown');
		const label2 = await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
		expect(label0).toMatch(/^Canada’s exports to China \(Canada’s figures, FOB\), 1980: US\$/);
		expect(label1).toMatch(/, 1981: US\$/);
		expect(label2).toMatch(/^China’s imports from Canada \(China’s figures, CIF\), 1981: /);
		await w.context.close();
	});
});

describe('exports', () => {
	it('PNG at 2×, SVG and CSV of a chart carry its title, source line and data', async () => {
		const w = await watchedPage(site.browser, site.origin, { acceptDownloads: true });
		await open(w.page, site.origin + '/charts/public-opinion');
		const save = (action: string) => saveExport(w.page, 'public-opinion', action);
		const title = await w.page.locator('figure[data-chart="public-opinion"] .title').innerText();
		const sourceLine = await w.page.locator('figure[data-chart="public-opinion"] [data-source-line]').innerText();

		const svg = await save('download-svg');
		expect(svg.name).toBe('trade-lens-public-opinion.svg');
		const svgText = await readFile(svg.path, 'utf8');
		expect(svgText).toContain(`<title>${title}</title>`);
		expect(svgText).toContain('Pew Research Center');
		expect(svgText).toContain(`Trade Lens · ${site.origin}/charts/public-opinion`);
		expect(sourceLine).toContain('Pew Research Center');
		expect(svgText).not.toContain('<script');
		const width = Number(/<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
		const height = Number(/<svg[^>]* height="(\d+)"/.exec(svgText)?.[1]);
		expect(width).toBeGreaterThan(700);

		const png = await save('download-png');
		expect(png.name).toBe('trade-lens-public-opinion.png');
		const bytes = await readFile(png.path);
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2 * width, 2 * height]);
		// The image shows the drawing: rendered in the page, it is far from blank.
		await screenshotPng(w.context, bytes, width, join(SHOTS, 'export-public-opinion.png'));

		const csv = await save('download-chart-csv');
		expect(csv.name).toBe('trade-lens-public-opinion.csv');
		const text = await readFile(csv.path, 'utf8');
		expect(text.split('\n')[0]).toBe(`# ${title}`);
		const db = await (await DuckDBInstance.create(':memory:')).connect();
		const rows = (await db.runAndReadAll(`SELECT * FROM read_csv('${csv.path}', comment = '#', header = true)`)).getRowObjectsJS();
		db.closeSync();
		const tableRows = await w.page.locator('figure[data-chart="public-opinion"] details.table tbody tr').count();
		expect(rows.length).toBe(tableRows);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});

describe('exports of the figure cards', () => {
	it('headline-figures downloads as SVG and PNG from its embed, the cards drawn with their figures', async () => {
		const w = await watchedPage(site.browser, site.origin, { acceptDownloads: true });
		await open(w.page, site.origin + '/embed/headline-figures?theme=dark');
		const save = (action: string) => saveExport(w.page, 'headline-figures', action);
		const values = await w.page.locator('figure[data-chart="headline-figures"] .card .value').allInnerTexts();
		const svg = await save('download-svg');
		expect(svg.name).toBe('trade-lens-headline-figures.svg');
		const svgText = await readFile(svg.path, 'utf8');
		for (const v of values) expect(svgText).toContain(`>${escapeXml(v)}</text>`);
		expect(svgText).toContain('<title>The figures behind the headlines</title>');
		expect(svgText).toContain('Pew Research Center');
		// Drawn in the page's dark theme: the background is the dark surface.
		expect(svgText).toContain('<rect width="100%" height="100%" fill="rgb(27, 31, 36)"/>');
		const png = await save('download-png');
		const bytes = await readFile(png.path);
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		const width = Number(/<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
		expect(bytes.readUInt32BE(16)).toBe(2 * width);
		await screenshotPng(w.context, bytes, width, join(SHOTS, 'export-headline-figures.png'));
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});
