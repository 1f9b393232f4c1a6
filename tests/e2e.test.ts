/**
 * The built site in Debian's Chromium: every page renders whole, charts have marks and tables,
 * nothing is fetched from another host, DuckDB-WASM answers an interaction, failures are shown
 * beside the chart while the drawn chart stays, and everything reads with JavaScript off.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../scripts/lib/chromium';
import { startPreview, type PreviewServer } from '../scripts/lib/preview-server';
import { CHART_IDS, type ChartId } from '../src/lib/story/registry';
import { DEFAULT_HEIGHT, embedSnippet } from '../src/lib/embed/embed-snippet';
import { escapeXml } from '../src/lib/charts/svg-text';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { axeViolations } from './helpers/axe';
import { watchedPage } from './helpers/browser';
import { ROOT } from './helpers/project';

const SHOTS = join(ROOT, 'test-results', 'screenshots');
const ENGLISH_PAGES = [
	'/',
	...CHART_IDS.map((id) => `/charts/${id}`),
	...CHART_IDS.map((id) => `/embed/${id}`),
	'/present',
	'/present/3',
	'/explore',
	'/explore/sql',
	'/figures',
	'/sources',
	'/downloads'
];
/** Every page in English and in French (under /fr). */
const PAGES = [...ENGLISH_PAGES, ...ENGLISH_PAGES.map((p) => (p === '/' ? '/fr' : `/fr${p}`))];
/** A source line in either language ("Source: …", "Sources : …"). */
const SOURCE_LINE = /^Sources?\u00a0?: /;

let browser: Browser;
let server: PreviewServer;
beforeAll(async () => {
	await mkdir(SHOTS, { recursive: true });
	server = await startPreview(ROOT, 4174);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** Per chart on the page: its id, how many data marks it draws, and its table's body rows. */
async function chartSummary(page: Page) {
	return page.$$eval('figure[data-chart]', (figures) =>
		figures.map((f) => ({
			id: f.getAttribute('data-chart'),
			marks: f.querySelectorAll('[data-mark]').length,
			tableRows: f.querySelectorAll('details table tbody tr').length,
			title: f.querySelector('.title')?.textContent?.trim() ?? '',
			source: f.querySelector('[data-source-line]')?.textContent?.trim() ?? ''
		}))
	);
}

const hydrated = (page: Page) => page.waitForSelector('figure[data-chart="bilateral-trade"] fieldset:not([disabled])');
const lineCount = (page: Page) => page.locator('figure[data-chart="bilateral-trade"] path[data-mark="line"]').count();
const statusText = (page: Page) => page.locator('figure[data-chart="bilateral-trade"] p.status[role="status"]').innerText();

describe('every page in Chromium', () => {
	it.each(PAGES)('%s renders with its charts, no console errors and no other host', async (path) => {
		const w = await watchedPage(browser, server.origin);
		const response = await w.page.goto(server.origin + path, { waitUntil: 'networkidle' });
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
		await w.context.close();
	});
});

describe('bilateral-trade answered by DuckDB-WASM', () => {
	it('switching to China’s figures and narrowing the years redraws the chart from a browser query', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/', { waitUntil: 'networkidle' });
		await hydrated(w.page);
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
		expect(headers.slice(1).every((h) => h.includes('China’s figures'))).toBe(true);

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
		await w.context.close();
	});

	it('arrow keys move focus between points and read their values', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/charts/bilateral-trade', { waitUntil: 'networkidle' });
		await hydrated(w.page);
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

describe('explorer', () => {
	const title = (page: Page) => page.locator('figure[data-chart="explore"] .title').innerText();
	const firstYear = (page: Page) => page.locator('figure[data-chart="explore"] details table tbody tr th').first().textContent();
	const settled = (page: Page) => page.waitForSelector('figure[data-chart="explore"][aria-busy="false"]');

	it('a copied link reopens the same view; controls write the URL; back and forward work', async () => {
		const w = await watchedPage(browser, server.origin);
		const link = '/explore?reporter=CHN&partners=CAN&flow=total&measure=index&side=reporter&from=1995&to=2025&base=2000';
		await w.page.goto(server.origin + link, { waitUntil: 'networkidle' });
		await w.page.waitForFunction(() =>
			document.querySelector('figure[data-chart="explore"] .title')?.textContent?.startsWith('China’s total trade with Canada')
		);
		await settled(w.page);
		expect(await title(w.page)).toBe('China’s total trade with Canada, 1995–2025, as China reports it');
		expect(await firstYear(w.page)).toBe('1995');
		expect(await w.page.locator('select[data-control="measure"]').inputValue()).toBe('index');

		await w.page.selectOption('select[data-control="from"]', '2005');
		await w.page.waitForURL(/from=2005/);
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2005'
		);
		const changed = new URL(w.page.url());
		expect(changed.searchParams.get('reporter')).toBe('CHN');

		await w.page.goBack();
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '1995'
		);
		await w.page.goForward();
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2005'
		);

		// The same link in a fresh page gives the same table.
		const table = await w.page.locator('figure[data-chart="explore"] details table').innerText();
		const again = await watchedPage(browser, server.origin);
		await again.page.goto(changed.toString(), { waitUntil: 'networkidle' });
		await again.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2005'
		);
		expect(await again.page.locator('figure[data-chart="explore"] details table').innerText()).toBe(table);
		expect([...w.consoleErrors, ...again.consoleErrors]).toEqual([]);
		expect([...w.foreignRequests, ...again.foreignRequests]).toEqual([]);
		// The view reads China's own file of trade_annual, never the whole table.
		const tradeFiles = [...w.requests, ...again.requests].filter((u) => u.includes('/data/trade_annual')).map((u) => new URL(u).pathname);
		expect(tradeFiles).toContain('/data/trade_annual/reporter=CHN/data_0.parquet');
		expect(tradeFiles).not.toContain('/data/trade_annual.parquet');
		await w.page.screenshot({ path: join(SHOTS, 'explore.png'), fullPage: true });
		await Promise.all([w.context.close(), again.context.close()]);
	});

	it('hostile parameters give a notice as text and the default view, never a blank page', async () => {
		const w = await watchedPage(browser, server.origin);
		let dialogs = 0;
		w.page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		const hostile =
			'/explore?reporter=%27%3B%20DROP%20TABLE%20trade_annual%3B--&partners=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&from=99999999999999999999&measure=%22%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E';
		await w.page.goto(server.origin + hostile, { waitUntil: 'networkidle' });
		await w.page.waitForSelector('[data-notices]');
		const notices = await w.page.locator('[data-notices] p').allTextContents();
		expect(notices).toContain('No data for partner "<img src=x onerror=alert(1)>" of CAN: left out.');
		expect(notices.some((n) => n.startsWith('No data for reporter'))).toBe(true);
		expect(await w.page.locator('[data-notices] img, [data-notices] script').count()).toBe(0);
		expect(await title(w.page)).toBe('Canada’s exports to China, United States, 1960–2025, as Canada reports it');
		expect(await w.page.locator('figure[data-chart="explore"] [data-mark="line"]').count()).toBe(2);
		expect(dialogs).toBe(0);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('C$: Statistics Canada’s full years are drawn in their own currency, the unfinished year listed, not drawn', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/explore?reporter=CAN&partners=CHN,USA');
		await settled(w.page);
		await w.page.waitForSelector('form[aria-label] fieldset:not([disabled])');
		const frame = w.page.locator('figure[data-chart="explore"]');
		await w.page.selectOption('select[data-control="currency"]', 'CAD');
		await w.page.waitForURL(/currency=CAD/);
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2024'
		);
		await settled(w.page);
		expect(new URL(w.page.url()).searchParams.get('from')).toBe('2024');
		expect(await frame.locator('details table tbody tr th').allTextContents()).toEqual(['2024', '2025', '2026 (4 months)']);
		const text = await frame.innerText();
		expect(text).toContain('C$ billions');
		expect(text).toContain('Not drawn: 2026 (4 months), not finished by the publisher');
		expect(text).not.toContain('US$');
		// Two points a line: 2024 and 2025.
		expect(await frame.locator('[data-mark="line"]').count()).toBe(2);
		expect(await frame.locator('[data-mark="point"]').count()).toBe(4);
		// China reports no C$ figures: choosing it as reporter returns the view to US$.
		await w.page.selectOption('select[data-control="reporter"]', 'CHN');
		await w.page.waitForURL(/reporter=CHN/);
		expect(new URL(w.page.url()).searchParams.get('currency')).toBe('USD');
		expect(await w.page.locator('select[data-control="currency"] option').allTextContents()).toEqual(['US$ (IMF, US Census Bureau)']);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('CSV and Parquet downloads read back in DuckDB to the rows in the table, and the citation names the view', async () => {
		const w = await watchedPage(browser, server.origin, { acceptDownloads: true });
		await w.page.goto(
			server.origin + '/explore?reporter=CAN&partners=CHN,USA&flow=exports&measure=share&side=reporter&from=2010&to=2020&base=2010',
			{ waitUntil: 'networkidle' }
		);
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2010'
		);
		const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-action="download-csv"]')]);
		expect(download.suggestedFilename()).toBe('trade-lens-can-chn-usa-exports-share-usd-2010-2020.csv');
		const path = join(SHOTS, '..', download.suggestedFilename());
		await download.saveAs(path);
		const text = await readFile(path, 'utf8');
		expect(text).toContain('# Trade Lens view: http://127.0.0.1:4174/explore?reporter=CAN&partners=CHN%2CUSA&flow=exports&measure=share');
		expect(text).toContain('# Source: IMF, Direction of Trade Statistics. Licence: ');

		const db = await (await DuckDBInstance.create(':memory:')).connect();
		const read = await db.runAndReadAll(
			`SELECT partner, year::INTEGER AS year, round(value, 1) AS value FROM read_csv('${path}', comment = '#', header = true) ORDER BY year, partner`
		);
		const fromFile = read.getRowObjectsJS().map((r) => `${String(r.year)} ${String(r.partner)} ${Number(r.value).toFixed(1)}`);
		db.closeSync();
		const fromTable = await w.page.$$eval('figure[data-chart="explore"] details table tbody tr', (trs) =>
			trs.flatMap((tr) => {
				const cells = [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
				return [`${cells[0]} CHN ${cells[1].replace('%', '')}`, `${cells[0]} USA ${cells[2].replace('%', '')}`];
			})
		);
		expect(fromFile).toEqual(fromTable);

		const [parquet] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-action="download-parquet"]')]);
		expect(parquet.suggestedFilename()).toBe('trade-lens-can-chn-usa-exports-share-usd-2010-2020.parquet');
		const parquetPath = join(SHOTS, '..', parquet.suggestedFilename());
		await parquet.saveAs(parquetPath);
		const db2 = await (await DuckDBInstance.create(':memory:')).connect();
		const rowsBack = (
			await db2.runAndReadAll(`SELECT partner, year, round(value, 1) AS value FROM read_parquet('${parquetPath}') ORDER BY year, partner`)
		)
			.getRowObjectsJS()
			.map((r) => `${String(r.year)} ${String(r.partner)} ${Number(r.value).toFixed(1)}`);
		expect(rowsBack).toEqual(fromTable);
		const kv = (
			await db2.runAndReadAll(`SELECT decode(key) AS key, decode(value) AS value FROM parquet_kv_metadata('${parquetPath}')`)
		).getRowObjectsJS();
		expect(kv.find((e) => e.key === 'trade_lens.permalink')?.value).toBe(
			'http://127.0.0.1:4174/explore?reporter=CAN&partners=CHN%2CUSA&flow=exports&measure=share&side=reporter&from=2010&to=2020&base=2010&currency=USD'
		);
		db2.closeSync();

		await w.page.locator('.take-away summary').click();
		const apa = await w.page.locator('[data-citation="APA"]').innerText();
		expect(apa).toContain('Canada’s exports to China, United States, 2010–2020, as Canada reports it [Data set]');
		expect(apa).toContain('http://127.0.0.1:4174/explore?reporter=CAN&partners=CHN%2CUSA');
		await w.context.close();
	});

	it('rapid changes end on the latest choice', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/explore', { waitUntil: 'networkidle' });
		await w.page.waitForSelector('fieldset:not([disabled]) select[data-control="from"]');
		for (const year of ['1990', '2000', '1985', '2010', '1995']) await w.page.selectOption('select[data-control="from"]', year);
		await w.page.waitForURL(/from=1995/);
		await w.page.waitForFunction(
			() =>
				document.querySelector('figure[data-chart="explore"]')?.getAttribute('aria-busy') === 'false' &&
				document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '1995'
		);
		await w.page.waitForTimeout(1500);
		expect(await firstYear(w.page)).toBe('1995');
		expect(await title(w.page)).toContain('1995–2025');
		await w.context.close();
	});
	it('a dropped CSV is mapped and drawn beside the published lines; a bad one is refused by line and column, and the first stays', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(
			server.origin + '/explore?reporter=CAN&partners=CHN,USA&flow=exports&measure=value&side=reporter&from=2010&to=2020&base=2010',
			{ waitUntil: 'networkidle' }
		);
		await w.page.waitForSelector('[data-own-drop]');
		const drop = (name: string, text: string) =>
			w.page.locator('[data-own-drop]').evaluate(
				(el, [fileName, content]) => {
					const transfer = new DataTransfer();
					transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
					el.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
				},
				[name, text]
			);
		const lines = () => w.page.locator('figure[data-chart="explore"] [data-mark="line"]').count();
		expect(await lines()).toBe(2);

		await drop('own-trade.csv', await readFile(join(ROOT, 'tests', 'fixtures', 'own-trade.csv'), 'utf8'));
		await w.page.waitForSelector('[data-own-mapping]');
		expect(await w.page.locator('select[data-own-field="value"]').inputValue()).toBe('column:Trade value (US$ millions)');
		expect(await w.page.locator('select[data-own-scale]').inputValue()).toBe('1000000');
		await w.page.click('[data-own-explore]');
		await w.page.waitForSelector('[data-own-loaded]');
		expect(await w.page.locator('[data-own-loaded]').innerText()).toContain('own-trade.csv, 11 rows for Canada with China (2018–2020)');
		await w.page.waitForFunction(() => document.querySelectorAll('figure[data-chart="explore"] [data-mark="line"]').length === 4);
		const headers = await w.page.locator('figure[data-chart="explore"] details table thead th').allTextContents();
		expect(headers.map((h) => h.trim())).toEqual(['Year', 'China', 'United States', 'China (your file)', 'United States (your file)']);
		const row2018 = await w.page.$$eval('figure[data-chart="explore"] details table tbody tr', (trs) =>
			trs
				.filter((tr) => tr.querySelector('th')?.textContent === '2018')
				.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
		);
		expect(row2018.map((cells) => cells.slice(2))).toEqual([['27.80', '335.00']]);

		// Another measure is drawn from both tables too.
		await w.page.selectOption('select[data-control="measure"]', 'share');
		await w.page.waitForURL(/measure=share/);
		await w.page.waitForFunction(() => document.querySelector('figure[data-chart="explore"] .meta')?.textContent?.includes('Per cent'));
		await settled(w.page);
		expect(await lines()).toBe(4);
		await w.page.locator('figure[data-chart="explore"]').screenshot({ path: join(SHOTS, 'explore-own-file.png') });

		await drop('own-trade-bad.csv', await readFile(join(ROOT, 'tests', 'fixtures', 'own-trade-bad.csv'), 'utf8'));
		await w.page.waitForFunction(() => document.querySelector('[data-own-mapping] .about')?.textContent?.startsWith('own-trade-bad.csv'));
		await w.page.click('[data-own-explore]');
		await w.page.waitForSelector('[data-own-error]');
		const error = await w.page.locator('[data-own-error]').innerText();
		expect(error).toContain('own-trade-bad.csv could not be mapped: 5 problems:');
		expect(error).toContain('line 3, column "Trade value (US$ millions)": got "about 25000", expected a number');
		expect(error).toContain('line 4, column "Flow": got "Re-export", expected one of exports, imports, Export');
		expect(error).toContain('The chart still shows own-trade.csv.');
		expect(await lines()).toBe(4);
		await w.page.locator('[data-own]').screenshot({ path: join(SHOTS, 'explore-own-file-refused.png') });

		await drop('broken.csv', 'reporter,partner\nCAN,"CHN\n');
		await w.page.waitForFunction(() =>
			document.querySelector('[data-own-error]')?.textContent?.includes('broken.csv could not be read as CSV')
		);
		expect(await w.page.locator('[data-own-error]').innerText()).toMatch(/line 2/);
		expect(await lines()).toBe(4);

		await w.page.click('[data-own-remove]');
		await w.page.waitForFunction(() => document.querySelectorAll('figure[data-chart="explore"] [data-mark="line"]').length === 2);
		expect(w.consoleErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
		await w.context.close();
	});
});

describe('SQL console', () => {
	const status = (page: Page) => page.locator('[data-status]').innerText();
	async function run(page: Page, sql: string) {
		await page.fill('textarea[data-control="sql"]', sql);
		await page.click('[data-action="run"]');
		await page.waitForFunction(() => !document.querySelector('[data-status]')?.textContent?.includes('Running'));
	}

	it('runs reading queries, refuses writes, shows errors with their place, and survives a cancelled query', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/explore/sql', { waitUntil: 'networkidle' });
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
		await w.page.waitForTimeout(500);
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

describe('data tables', () => {
	it('a column header sorts the table and says how', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/charts/ev-quota', { waitUntil: 'networkidle' });
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
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/figures', { waitUntil: 'networkidle' });
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
		const w = await watchedPage(browser, server.origin);
		await w.page.route(route, fulfil);
		await w.page.goto(server.origin + '/', { waitUntil: 'networkidle' });
		await hydrated(w.page);
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

describe('embeds', () => {
	it('a third-party page embeds two charts with the snippet: each renders, sizes itself, logs no error and calls no other host', async () => {
		const ids: ChartId[] = ['headline-figures', 'public-opinion'];
		const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom</title></head><body>
			<h1>Canada and China</h1><p>Some reporting.</p>${ids.map((id) => embedSnippet(server.origin, id, id)).join('<p>More reporting.</p>')}</body></html>`;
		const third = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article));
		await new Promise<void>((resolve) => third.listen(0, '127.0.0.1', resolve));
		const thirdOrigin = `http://127.0.0.1:${(third.address() as AddressInfo).port}`;
		const w = await watchedPage(browser, server.origin);
		try {
			await w.page.goto(thirdOrigin + '/', { waitUntil: 'networkidle' });
			for (const id of ids) {
				const frame = w.page.frameLocator(`iframe[src="${server.origin}/embed/${id}"]`);
				await frame.locator(`figure[data-chart="${id}"]`).waitFor();
				expect(await frame.locator(`figure[data-chart="${id}"] .title`).innerText()).not.toBe('');
				expect(await frame.locator('header.site, nav, footer.site, [data-embed-control]').count()).toBe(0);
				expect(await frame.locator('[data-source-line]').innerText()).toMatch(/^Sources?: /);
				const iframe = w.page.locator(`iframe[src="${server.origin}/embed/${id}"]`);
				await w.page.waitForFunction((el) => (el as HTMLIFrameElement).style.height !== '', await iframe.elementHandle());
				// The chart redraws at its width once measured, and the frame follows: poll until they agree.
				const heights = async () => [
					await iframe.evaluate((el) => el.getBoundingClientRect().height),
					Math.ceil(await frame.locator('main[data-embed]').evaluate((el) => el.getBoundingClientRect().height))
				];
				let [sized, content] = await heights();
				for (let i = 0; i < 50 && Math.abs(sized - content) > 1; i++) {
					await w.page.waitForTimeout(100);
					[sized, content] = await heights();
				}
				expect(sized).not.toBe(DEFAULT_HEIGHT);
				expect(Math.abs(sized - content)).toBeLessThanOrEqual(1);
			}
			expect(w.consoleErrors).toEqual([]);
			expect(w.foreignRequests.filter((u) => !u.startsWith(thirdOrigin))).toEqual([]);
			await w.page.screenshot({ path: join(SHOTS, 'embeds-third-party.png'), fullPage: true });
		} finally {
			await w.context.close();
			third.close();
		}
	});

	it('renders whole without JavaScript, and fits 320 px and 1,200 px', async () => {
		const off = await watchedPage(browser, server.origin, { javaScriptEnabled: false });
		await off.page.goto(server.origin + '/embed/export-dependence', { waitUntil: 'load' });
		expect(await off.page.locator('figure[data-chart="export-dependence"] svg [data-mark]').count()).toBeGreaterThan(0);
		expect(await off.page.locator('figure[data-chart="export-dependence"] [data-source-line]').count()).toBe(1);
		await off.context.close();
		for (const width of [320, 1200]) {
			const w = await watchedPage(browser, server.origin, { width });
			await w.page.goto(server.origin + '/embed/bilateral-trade', { waitUntil: 'networkidle' });
			const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(await w.page.locator('[data-exports="bilateral-trade"] button').count()).toBe(3);
			// Redrawn at the width it has, so its text keeps its size.
			const viewBoxWidth = () =>
				w.page
					.locator('figure[data-chart="bilateral-trade"] svg.chart')
					.evaluate((svg) => Number(svg.getAttribute('viewBox')?.split(' ')[2]));
			const drawingWidth = await w.page.locator('figure[data-chart="bilateral-trade"] .drawing').evaluate((d) => d.clientWidth);
			expect(await viewBoxWidth()).toBe(Math.round(Math.min(1200, Math.max(300, drawingWidth))));
			expect(await w.page.locator('figure[data-chart="bilateral-trade"] line.swatch').count()).toBe(width < 480 ? 4 : 0);
			const bars = await watchedPage(browser, server.origin, { width });
			await bars.page.goto(server.origin + '/embed/ev-quota', { waitUntil: 'networkidle' });
			const barViewBox = await bars.page
				.locator('figure[data-chart="ev-quota"] svg.chart')
				.evaluate((svg) => Number(svg.getAttribute('viewBox')?.split(' ')[2]));
			const barDrawing = await bars.page.locator('figure[data-chart="ev-quota"] .drawing').evaluate((d) => d.clientWidth);
			expect(barViewBox).toBe(Math.round(Math.min(1200, Math.max(300, barDrawing))));
			expect(await bars.page.locator('figure[data-chart="ev-quota"] text.bar-label[text-anchor="start"]').count()).toBe(
				width < 480 ? 3 : 0
			);
			await bars.page.goto(server.origin + '/embed/tariff-timeline', { waitUntil: 'networkidle' });
			expect(await bars.page.locator('figure[data-chart="tariff-timeline"] text.lane-label[text-anchor="start"]').count()).toBe(
				width < 480 ? 5 : 0
			);
			expect(
				await bars.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
			).toBeLessThanOrEqual(0);
			await bars.context.close();
			expect(overflow).toBeLessThanOrEqual(0);
			await w.page.screenshot({ path: join(SHOTS, `embed-bilateral-trade-${width}.png`), fullPage: true });
			if (width === 320) {
				// …and again when the frame it sits in is resized.
				await w.page.setViewportSize({ width: 700, height: 900 });
				await w.page.waitForFunction(
					() =>
						Number(document.querySelector('figure[data-chart="bilateral-trade"] svg.chart')?.getAttribute('viewBox')?.split(' ')[2]) > 600
				);
				expect(await w.page.locator('figure[data-chart="bilateral-trade"] line.swatch').count()).toBe(0);
			}
			expect(w.consoleErrors).toEqual([]);
			await w.context.close();
		}
	});

	it('an embed carries the chart’s view in its link; a bad view parameter leaves the default', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/charts/bilateral-trade', { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').check();
		await w.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		await w.page.selectOption('figure[data-chart="bilateral-trade"] select[data-control="from"]', '2000');
		await w.page.locator('[data-embed-control="bilateral-trade"] summary').click();
		const snippet = await w.page.locator('[data-embed-control="bilateral-trade"] textarea').inputValue();
		expect(snippet).toContain(`<iframe src="${server.origin}/embed/bilateral-trade?side=CHN&amp;from=2000"`);

		const embed = await watchedPage(browser, server.origin);
		await embed.page.goto(server.origin + '/embed/bilateral-trade?side=CHN&from=2000', { waitUntil: 'networkidle' });
		await embed.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		await embed.page.waitForFunction(
			() => document.querySelector('figure[data-chart="bilateral-trade"] details table tbody tr th')?.textContent === '2000'
		);
		expect(await embed.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').isChecked()).toBe(true);

		const hostile = await watchedPage(browser, server.origin);
		await hostile.page.goto(server.origin + '/embed/bilateral-trade?side=%3Cscript%3Ealert(1)%3C%2Fscript%3E&from=99999&to=abc', {
			waitUntil: 'networkidle'
		});
		await hydrated(hostile.page);
		expect(await hostile.page.locator('figure[data-chart="bilateral-trade"] path[data-mark="line"]').count()).toBe(4);
		expect(hostile.requests.some((u) => u.endsWith('.wasm'))).toBe(false);
		expect([...w.consoleErrors, ...embed.consoleErrors, ...hostile.consoleErrors]).toEqual([]);
		await Promise.all([w.context.close(), embed.context.close(), hostile.context.close()]);
	});

	it('an embed in the dark theme: chosen in the control, carried in the link, drawn light on dark; an unknown theme is ignored', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/charts/public-opinion', { waitUntil: 'networkidle' });
		await w.page.locator('[data-embed-control="public-opinion"] summary').click();
		await w.page.locator('[data-embed-control="public-opinion"] [data-embed-theme="dark"]').check();
		const snippet = await w.page.locator('[data-embed-control="public-opinion"] textarea').inputValue();
		expect(snippet).toContain(`<iframe src="${server.origin}/embed/public-opinion?theme=dark"`);

		const luminance = (page: Page, selector: string, property: 'color' | 'backgroundColor' | 'fill') =>
			page
				.locator(selector)
				.first()
				.evaluate((el, p) => {
					const [r, g, b] = (getComputedStyle(el)[p] ?? '').match(/\d+/g)!.map(Number);
					return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
				}, property);
		const dark = await watchedPage(browser, server.origin);
		await dark.page.goto(server.origin + '/embed/public-opinion?theme=dark', { waitUntil: 'networkidle' });
		expect(await dark.page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await luminance(dark.page, 'figure.chart-frame', 'backgroundColor')).toBeLessThan(0.2);
		expect(await luminance(dark.page, 'figure.chart-frame .title', 'color')).toBeGreaterThan(0.8);
		expect(await luminance(dark.page, 'figure.chart-frame text.series-label', 'fill')).toBeGreaterThan(0.4);
		await dark.page.screenshot({ path: join(SHOTS, 'embed-dark.png'), fullPage: true });

		const odd = await watchedPage(browser, server.origin);
		await odd.page.goto(server.origin + '/embed/public-opinion?theme=%3Cb%3Ex', { waitUntil: 'networkidle' });
		expect(await odd.page.getAttribute('html', 'data-theme')).toBeNull();
		expect(await luminance(odd.page, 'figure.chart-frame', 'backgroundColor')).toBeGreaterThan(0.9);
		expect([...w.consoleErrors, ...dark.consoleErrors, ...odd.consoleErrors]).toEqual([]);
		await Promise.all([w.context.close(), dark.context.close(), odd.context.close()]);
	});

	it('every chart on the site offers its embed code', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/charts/public-opinion', { waitUntil: 'networkidle' });
		await w.page.locator('[data-embed-control="public-opinion"] summary').click();
		const snippet = await w.page.locator('[data-embed-control="public-opinion"] textarea').inputValue();
		expect(snippet).toContain(`<iframe src="${server.origin}/embed/public-opinion" title="`);
		expect(snippet).toContain('loading="lazy"');
		expect(snippet).toContain(`<script async src="${server.origin}/embed.js"></script>`);
		expect(await w.page.locator('[data-embed-control]').count()).toBe(1);
		await w.context.close();
	});
});

/** Clicks one of a chart's download buttons and saves the file beside the screenshots. */
async function saveExport(page: Page, id: string, action: string): Promise<{ name: string; path: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-exports="${id}"] [data-action="${action}"]`)]);
	const path = join(SHOTS, '..', download.suggestedFilename());
	await download.saveAs(path);
	return { name: download.suggestedFilename(), path };
}

/** Shows PNG bytes in a page at `width` CSS px and screenshots them, to look at what was exported. */
async function screenshotPng(context: BrowserContext, bytes: Buffer, width: number, path: string): Promise<void> {
	const viewer = await context.newPage();
	await viewer.setContent(`<img src="data:image/png;base64,${bytes.toString('base64')}" style="width:${width}px">`);
	await viewer.locator('img').screenshot({ path });
	await viewer.close();
}

describe('exports', () => {
	it('PNG at 2×, SVG and CSV of a chart carry its title, source line and data', async () => {
		const w = await watchedPage(browser, server.origin, { acceptDownloads: true });
		await w.page.goto(server.origin + '/charts/public-opinion', { waitUntil: 'networkidle' });
		const save = (action: string) => saveExport(w.page, 'public-opinion', action);
		const title = await w.page.locator('figure[data-chart="public-opinion"] .title').innerText();
		const sourceLine = await w.page.locator('figure[data-chart="public-opinion"] [data-source-line]').innerText();

		const svg = await save('download-svg');
		expect(svg.name).toBe('trade-lens-public-opinion.svg');
		const svgText = await readFile(svg.path, 'utf8');
		expect(svgText).toContain(`<title>${title}</title>`);
		expect(svgText).toContain('Pew Research Center');
		expect(svgText).toContain(`Trade Lens · ${server.origin}/charts/public-opinion`);
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
		const w = await watchedPage(browser, server.origin, { acceptDownloads: true });
		await w.page.goto(server.origin + '/embed/headline-figures?theme=dark', { waitUntil: 'networkidle' });
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

describe('in French', () => {
	const NB = '\u00a0';
	it('the language switch keeps the view: the explorer’s choices and bilateral-trade’s side and years', async () => {
		const w = await watchedPage(browser, server.origin);
		const view = '?reporter=CAN&partners=USA&flow=imports&measure=value&side=reporter&from=2000&to=2010&base=2000';
		await w.page.goto(server.origin + '/explore' + view, { waitUntil: 'networkidle' });
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2000'
		);
		await w.page.click('[data-lang-switch="fr"]');
		await w.page.waitForURL(`${server.origin}/fr/explore${view}`);
		await w.page.waitForFunction(() =>
			document.querySelector('figure[data-chart="explore"] .title')?.textContent?.includes('importations en provenance de États-Unis')
		);
		expect(await w.page.getAttribute('html', 'lang')).toBe('fr-CA');
		expect(await w.page.locator('select[data-control="flow"]').inputValue()).toBe('imports');
		expect(await w.page.locator('figure[data-chart="explore"] details table tbody tr th').first().textContent()).toBe('2000');
		expect(await w.page.locator('[data-notices]').count()).toBe(0);

		await w.page.goto(server.origin + '/fr/charts/bilateral-trade', { waitUntil: 'networkidle' });
		await hydrated(w.page);
		await w.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').check();
		await w.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		await w.page.waitForURL(`${server.origin}/fr/charts/bilateral-trade?side=CHN`);
		await w.page.click('[data-lang-switch="en"]');
		await w.page.waitForURL(`${server.origin}/charts/bilateral-trade?side=CHN`);
		await w.page.waitForFunction(() =>
			document.querySelector('figure[data-chart="bilateral-trade"] .title')?.textContent?.includes('as each side reports it')
		);
		await w.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		expect(await w.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').isChecked()).toBe(true);
		expect(await w.page.getAttribute('html', 'lang')).toBe('en-CA');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('charts draw French numbers: money, percentages, decimals and month names, before and after a DuckDB query', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/fr', { waitUntil: 'networkidle' });
		const headline = await w.page.locator('figure[data-chart="headline-figures"] .card .value').allTextContents();
		expect(headline).toContain(`41,7${NB}G${NB}$${NB}US`);
		expect(headline).toContain(`environ 75${NB}%`);
		const ticks = await w.page.locator('figure[data-chart="tariff-timeline"] svg.chart text.tick').allTextContents();
		expect(ticks).toContain('janv. 2026');
		expect(await w.page.locator('figure[data-chart="tariff-timeline"] svg.chart text.rate').allTextContents()).toContain(`75,8${NB}%`);
		const cells = await w.page.locator('figure[data-chart="bilateral-trade"] details table tbody td').allTextContents();
		expect(cells.some((c) => /^\d+,\d\d$/.test(c))).toBe(true);
		expect(cells.some((c) => /\.\d\d$/.test(c))).toBe(false);

		await hydrated(w.page);
		await w.page.selectOption('figure[data-chart="bilateral-trade"] select[data-control="from"]', '2010');
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="bilateral-trade"] details table tbody tr th')?.textContent === '2010'
		);
		const after = await w.page.locator('figure[data-chart="bilateral-trade"] details table tbody td').allTextContents();
		expect(after.filter((c) => c !== '–').every((c) => /^\d+,\d\d$/.test(c))).toBe(true);
		const label = await w.page.locator('figure[data-chart="bilateral-trade"] [data-mark="point"]').first().getAttribute('aria-label');
		expect(label).toMatch(/G\u00a0\$\u00a0US|M\u00a0\$\u00a0US|aucune donnée/);
		await w.page.screenshot({ path: join(SHOTS, 'story-fr.png'), fullPage: true });
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a bad explorer link is named in French and the default view drawn', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/fr/explore?flow=nope&from=abc', { waitUntil: 'networkidle' });
		const notices = await w.page.locator('[data-notices] p').allTextContents();
		expect(notices).toContain(`Valeur inconnue pour «${NB}flow${NB}»${NB}: "nope"; affichage de exports.`);
		expect(notices.some((n) => n.startsWith(`«${NB}from${NB}» doit être une année`))).toBe(true);
		expect(await w.page.locator('figure[data-chart="explore"] [data-mark="line"]').count()).toBe(2);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('the embed control offers French, and a French embed speaks French and links back to French', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/charts/ev-quota', { waitUntil: 'networkidle' });
		await w.page.locator('[data-embed-control="ev-quota"] summary').click();
		await w.page.locator('[data-embed-control="ev-quota"] [data-embed-lang="fr"]').check();
		const snippet = await w.page.locator('[data-embed-control="ev-quota"] textarea').inputValue();
		expect(snippet).toContain(`<iframe src="${server.origin}/fr/embed/ev-quota"`);
		expect(snippet).toContain('(graphique Trade Lens)');

		const embed = await watchedPage(browser, server.origin);
		await embed.page.goto(server.origin + '/fr/embed/ev-quota?theme=dark', { waitUntil: 'networkidle' });
		expect(await embed.page.getAttribute('html', 'lang')).toBe('fr-CA');
		expect(await embed.page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await embed.page.locator('.title').innerText()).toBe('Le contingent de VE chinois face au marché automobile canadien');
		expect(await embed.page.locator('.back a').getAttribute('href')).toBe('/fr/charts/ev-quota');
		expect([...w.consoleErrors, ...embed.consoleErrors]).toEqual([]);
		await Promise.all([w.context.close(), embed.context.close()]);
	});
});

describe('present mode', () => {
	const where = (page: Page) => page.locator('[data-where]').innerText();
	const slideOf = (page: Page) => page.locator('[data-deck]').getAttribute('data-slide-current');

	it.each([
		['en', '', 'Slide', 'Hide notes (N)'],
		['fr', '/fr', 'Diapositive', 'Masquer les notes (N)']
	])('a keyboard-only walk through the deck in %s: slides, the reveal, notes and the address', async (_locale, prefix, word, hide) => {
		const w = await watchedPage(browser, server.origin, { width: 1280 });
		await w.page.setViewportSize({ width: 1280, height: 720 });
		await w.page.goto(server.origin + prefix + '/present', { waitUntil: 'networkidle' });
		await w.page.waitForFunction(() => document.querySelector('[data-deck]') !== null);
		expect(await where(w.page)).toBe(`${word} 1 ${prefix ? 'sur' : 'of'} 7`);
		await w.page.keyboard.press('ArrowRight');
		await w.page.waitForURL(`${server.origin}${prefix}/present/2`);
		await w.page.keyboard.press(' ');
		await w.page.waitForURL(`${server.origin}${prefix}/present/3`);
		// The reveal: the US alone, then China, then the rest of the world, before the next slide.
		const lines = () => w.page.locator('[data-slide="3"] path[data-mark="line"]').count();
		expect(await lines()).toBe(1);
		await w.page.keyboard.press('ArrowRight');
		await w.page.waitForFunction(() => document.querySelectorAll('[data-slide="3"] path[data-mark="line"]').length === 2);
		expect(await w.page.locator('[data-slide="3"] [data-reveal-step]').getAttribute('data-reveal-step')).toBe('2');
		await w.page.keyboard.press('ArrowRight');
		await w.page.waitForFunction(() => document.querySelectorAll('[data-slide="3"] path[data-mark="line"]').length === 3);
		expect(w.page.url()).toBe(`${server.origin}${prefix}/present/3`);
		expect(await w.page.locator('[data-announce]').textContent()).toContain(prefix ? 'Étape 3 sur 3' : 'Step 3 of 3');
		await w.page.keyboard.press('ArrowRight');
		await w.page.waitForURL(`${server.origin}${prefix}/present/4`);
		// Back into the reveal lands on its last step.
		await w.page.keyboard.press('ArrowLeft');
		await w.page.waitForURL(`${server.origin}${prefix}/present/3`);
		expect(await lines()).toBe(3);
		await w.page.keyboard.press('End');
		await w.page.waitForURL(`${server.origin}${prefix}/present/7`);
		await w.page.keyboard.press('ArrowRight');
		expect(await slideOf(w.page)).toBe('7');
		// Notes: N shows and hides them; the button says which.
		expect(await w.page.locator('[data-slide="7"] [data-notes]').isVisible()).toBe(false);
		await w.page.keyboard.press('n');
		expect(await w.page.locator('[data-slide="7"] [data-notes]').isVisible()).toBe(true);
		expect(await w.page.locator('[data-action="notes"]').innerText()).toBe(hide);
		await w.page.keyboard.press('n');
		expect(await w.page.locator('[data-slide="7"] [data-notes]').isVisible()).toBe(false);
		await w.page.keyboard.press('Home');
		await w.page.waitForURL(`${server.origin}${prefix}/present`);
		// Tab reaches the bar's controls, and the next link moves on.
		for (let i = 0; i < 12 && !(await w.page.evaluate(() => document.activeElement?.getAttribute('data-action') === 'next')); i++)
			await w.page.keyboard.press('Tab');
		await w.page.keyboard.press('Enter');
		await w.page.waitForURL(`${server.origin}${prefix}/present/2`);
		// The browser's back button follows the address.
		await w.page.goBack();
		await w.page.waitForFunction(() => document.querySelector('[data-deck]')?.getAttribute('data-slide-current') === '1');
		await w.page.goto(server.origin + prefix + '/present/3', { waitUntil: 'networkidle' });
		await w.page.screenshot({ path: join(SHOTS, `present-${_locale}-1280x720.png`) });
		expect(w.consoleErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
		await w.context.close();
	});

	it('a swipe on a touch screen moves the deck; a mouse drag does not', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/fr/present/2', { waitUntil: 'networkidle' });
		await w.page.waitForFunction(() => document.querySelector('[data-deck]') !== null);
		const swipe = (pointerType: string, from: number, to: number) =>
			w.page.evaluate(
				([type, x0, x1]) => {
					const deck = document.querySelector('[data-deck]') as HTMLElement;
					deck.dispatchEvent(new PointerEvent('pointerdown', { pointerType: type as string, clientX: x0 as number, bubbles: true }));
					deck.dispatchEvent(new PointerEvent('pointerup', { pointerType: type as string, clientX: x1 as number, bubbles: true }));
				},
				[pointerType, from, to]
			);
		await swipe('mouse', 700, 300);
		expect(await slideOf(w.page)).toBe('2');
		await swipe('touch', 700, 300);
		await w.page.waitForURL(`${server.origin}/fr/present/3`);
		await swipe('touch', 300, 700);
		await w.page.waitForURL(`${server.origin}/fr/present/2`);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('every slide fits 1280×720 and 1920×1080 whole, captions at 28 px or more on 1080p', async () => {
		const w = await watchedPage(browser, server.origin);
		for (const [width, height] of [
			[1280, 720],
			[1920, 1080]
		]) {
			await w.page.setViewportSize({ width, height });
			for (const prefix of ['', '/fr']) {
				for (let n = 1; n <= 7; n++) {
					await w.page.goto(`${server.origin}${prefix}/present/${n}`, { waitUntil: 'networkidle' });
					const size = await w.page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
					expect(size, `${prefix}/present/${n} at ${width}×${height}`).toEqual({ w: width, h: height });
					if (height === 1080) {
						const px = await w.page.$$eval('.slide.current .caption p', (ps) => ps.map((p) => parseFloat(getComputedStyle(p).fontSize)));
						expect(Math.min(...px)).toBeGreaterThanOrEqual(28);
					}
				}
			}
		}
		await w.context.close();
	});

	it('prints as a handout: every slide, two to a page', async () => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + '/present', { waitUntil: 'networkidle' });
		const pdf = await w.page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length).toBe(4);
		await writeFile(join(SHOTS, '..', 'present-handout.pdf'), pdf);
		await w.page.emulateMedia({ media: 'print' });
		const shown = await w.page.$$eval('.slide', (slides) => slides.filter((s) => getComputedStyle(s).display !== 'none').length);
		expect(shown).toBe(7);
		expect(await w.page.locator('.bar').isVisible()).toBe(false);
		await w.page.screenshot({ path: join(SHOTS, 'present-print.png'), fullPage: true });
		await w.context.close();
	});

	it('without JavaScript each slide is its own page with links on', async () => {
		const w = await watchedPage(browser, server.origin, { javaScriptEnabled: false });
		await w.page.goto(server.origin + '/fr/present/4', { waitUntil: 'networkidle' });
		expect(await w.page.locator('.slide.current').getAttribute('data-slide')).toBe('4');
		expect(await w.page.locator('.slide.current [data-mark]').count()).toBeGreaterThan(0);
		expect(await w.page.locator('a[rel="next"]').getAttribute('href')).toBe('/fr/present/5');
		expect(await w.page.locator('a[rel="prev"]').getAttribute('href')).toBe('/fr/present/3');
		await w.context.close();
	});
});

describe('accessibility', () => {
	const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

	it.each(PAGES)('axe finds no violation on %s, its tables and embed code open', async (path) => {
		const w = await watchedPage(browser, server.origin);
		await w.page.goto(server.origin + path, { waitUntil: 'networkidle' });
		await openAll(w.page);
		expect(await axeViolations(w.page)).toEqual([]);
		await w.context.close();
	});

	it.each(CHART_IDS)('axe finds no violation on the dark %s embed, in English and French', async (id) => {
		const w = await watchedPage(browser, server.origin);
		for (const prefix of ['', '/fr']) {
			await w.page.goto(`${server.origin}${prefix}/embed/${id}?theme=dark`, { waitUntil: 'networkidle' });
			await openAll(w.page);
			expect(await axeViolations(w.page), `${prefix}/embed/${id}`).toEqual([]);
		}
		await w.context.close();
	});

	it('at 320 px wide (a 640 px window at 200% zoom is wider) no page scrolls sideways, and axe stays clean', async () => {
		const w = await watchedPage(browser, server.origin, { width: 320 });
		for (const path of [
			'/',
			'/fr/explore',
			'/charts/tariff-timeline',
			'/fr/present/1',
			'/figures',
			'/explore/sql',
			'/sources',
			'/fr/downloads'
		]) {
			await w.page.goto(server.origin + path, { waitUntil: 'networkidle' });
			expect(await w.page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
			expect(await axeViolations(w.page), path).toEqual([]);
		}
		await w.context.close();
	});

	it.each(CHART_IDS.filter((id) => id !== 'headline-figures'))(
		'%s is explored by keyboard alone in French: marks read their label and value, the table is the next control',
		async (id) => {
			const w = await watchedPage(browser, server.origin);
			await w.page.goto(`${server.origin}/fr/charts/${id}`, { waitUntil: 'networkidle' });
			const mark = w.page.locator(`figure[data-chart="${id}"] svg.chart [tabindex="0"]`).first();
			for (let i = 0; i < 40 && !(await mark.evaluate((el) => el === document.activeElement)); i++) await w.page.keyboard.press('Tab');
			const label = () => w.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
			const first = await label();
			expect(first.length).toBeGreaterThan(5);
			await w.page.keyboard.press(id === 'ev-quota' ? 'ArrowDown' : 'ArrowRight');
			const second = await label();
			expect(second).not.toBe(first);
			expect(second).toMatch(/\d/);
			await w.page.keyboard.press('Tab');
			expect(await w.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Tableau de données');
			await w.context.close();
		}
	);

	it('under prefers-reduced-motion nothing animates', async () => {
		const context = await browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		for (const path of ['/', '/present/3']) {
			await page.goto(server.origin + path, { waitUntil: 'networkidle' });
			const moving = await page.$$eval(
				'*',
				(els) =>
					els.filter((el) => {
						const s = getComputedStyle(el);
						return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
					}).length
			);
			expect(moving, path).toBe(0);
		}
		await context.close();
	});
});

describe('with JavaScript disabled', () => {
	it('the story shows every chart whole, with its table', async () => {
		const w = await watchedPage(browser, server.origin, { javaScriptEnabled: false });
		await w.page.goto(server.origin + '/', { waitUntil: 'load' });
		const charts = await chartSummary(w.page);
		expect(charts.map((c) => c.id)).toEqual([...CHART_IDS]);
		for (const c of charts) expect(c.marks, c.id ?? '').toBeGreaterThan(0);
		expect(w.requests.filter((u) => u.endsWith('.wasm') || u.endsWith('.parquet'))).toEqual([]);
		await w.page.locator('figure[data-chart="tariff-timeline"]').screenshot({ path: join(SHOTS, 'tariff-timeline-no-js.png') });
		await w.context.close();
	});
});
