/**
 * The explorer in Chromium: links, controls and the URL, hostile parameters, currencies, downloads and citations, rapid changes, and a person's own file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { watchedPage } from '../helpers/browser';
import { ROOT } from '../helpers/project';
import { SHOTS, open, openTables, useSite } from '../helpers/site';

const site = useSite();

describe('explorer', () => {
	const title = (page: Page) => page.locator('figure[data-chart="explore"] .title').innerText();
	const firstYear = (page: Page) => page.locator('figure[data-chart="explore"] details table tbody tr th').first().textContent();
	const settled = (page: Page) => page.waitForSelector('figure[data-chart="explore"][aria-busy="false"]');

	it('a copied link reopens the same view; controls write the URL; back and forward work', async () => {
		const w = await watchedPage(site.browser, site.origin);
		const link = '/explore?reporter=CHN&partners=CAN&flow=total&measure=index&side=reporter&from=1995&to=2025&base=2000';
		await open(w.page, site.origin + link);
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
		const again = await watchedPage(site.browser, site.origin);
		await open(again.page, changed.toString());
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
		const w = await watchedPage(site.browser, site.origin);
		let dialogs = 0;
		w.page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		const hostile =
			'/explore?reporter=%27%3B%20DROP%20TABLE%20trade_annual%3B--&partners=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&from=99999999999999999999&measure=%22%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E';
		await open(w.page, site.origin + hostile);
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
		const w = await watchedPage(site.browser, site.origin);
		await w.page.goto(site.origin + '/explore?reporter=CAN&partners=CHN,USA');
		await settled(w.page);
		await openTables(w.page);
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
		// The view says its basis: Statistics Canada's figures, and no other source.
		expect(await frame.locator('[data-source-line]').innerText()).toContain('Statistics Canada');
		expect(await frame.locator('[data-source-line]').innerText()).not.toContain('IMF');
		expect(await frame.locator('.meta').innerText()).toContain('Statistics Canada 2024–2026');
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
		const w = await watchedPage(site.browser, site.origin, { acceptDownloads: true });
		await open(
			w.page,
			site.origin + '/explore?reporter=CAN&partners=CHN,USA&flow=exports&measure=share&side=reporter&from=2010&to=2020&base=2010'
		);
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2010'
		);
		const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-action="download-csv"]')]);
		expect(download.suggestedFilename()).toBe('trade-lens-can-chn-usa-exports-share-usd-2010-2020.csv');
		const path = join(SHOTS, '..', download.suggestedFilename());
		await download.saveAs(path);
		const text = await readFile(path, 'utf8');
		expect(text).toContain(`# Trade Lens view: ${site.origin}/explore?reporter=CAN&partners=CHN%2CUSA&flow=exports&measure=share`);
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
			`${site.origin}/explore?reporter=CAN&partners=CHN%2CUSA&flow=exports&measure=share&side=reporter&from=2010&to=2020&base=2010&currency=USD&layout=lines&tab=chart&year=2020&period=year`
		);
		db2.closeSync();

		await w.page.locator('.take-away summary').click();
		const apa = await w.page.locator('[data-citation="APA"]').innerText();
		expect(apa).toContain('Canada’s exports to China, United States, 2010–2020, as Canada reports it [Data set]');
		expect(apa).toContain(`${site.origin}/explore?reporter=CAN&partners=CHN%2CUSA`);
		await w.context.close();
	});

	it('rapid changes end on the latest choice', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore');
		await w.page.waitForSelector('fieldset:not([disabled]) select[data-control="from"]');
		for (const year of ['1990', '2000', '1985', '2010', '1995']) await w.page.selectOption('select[data-control="from"]', year);
		await w.page.waitForURL(/from=1995/);
		await w.page.waitForFunction(
			() =>
				document.querySelector('figure[data-chart="explore"]')?.getAttribute('aria-busy') === 'false' &&
				document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '1995'
		);
		// Earlier answers are dropped by the page's LatestAnswer, not raced: once the latest is drawn and painted, it stays.
		await w.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		expect(await firstYear(w.page)).toBe('1995');
		expect(await title(w.page)).toContain('1995–2025');
		await w.context.close();
	});
	it('a change of the years alone is drawn from the rows in the tab, with no query, and as a fresh load of its link draws it', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore');
		await w.page.waitForSelector('fieldset:not([disabled]) select[data-control="from"]');
		const figure = 'figure[data-chart="explore"]';
		const settled = () => w.page.waitForFunction((f) => document.querySelector(f)?.getAttribute('aria-busy') === 'false', figure);
		// One query for the view (its every year), then years alone.
		await w.page.selectOption('select[data-control="measure"]', 'change');
		await w.page.waitForURL(/measure=change/);
		await settled();
		await w.page.evaluate((f) => {
			const el = document.querySelector(f) as HTMLElement & { busySeen?: boolean };
			new MutationObserver(() => (el.busySeen ||= el.getAttribute('aria-busy') === 'true')).observe(el, { attributes: true });
		}, figure);
		await w.page.selectOption('select[data-control="from"]', '2005');
		await w.page.selectOption('select[data-control="to"]', '2015');
		await w.page.waitForURL(/from=2005.*to=2015|to=2015.*from=2005/);
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2005'
		);
		expect(
			await w.page.evaluate((f) => (document.querySelector(f) as HTMLElement & { busySeen?: boolean }).busySeen ?? false, figure)
		).toBe(false);
		const table = async () => (await w.page.locator(`${figure} details table`).textContent()) ?? '';
		const fromMemory = await table();
		expect(fromMemory).toContain('2015');
		expect(fromMemory).not.toContain('2016');
		// The same link opened afresh asks DuckDB for those years: the same table, to the digit.
		await open(w.page, w.page.url());
		await w.page.waitForFunction(
			(f) =>
				document.querySelector(f)?.getAttribute('aria-busy') === 'false' &&
				document.querySelector(`${f} details table tbody tr th`)?.textContent === '2005',
			figure
		);
		expect(await table()).toBe(fromMemory);
		await w.context.close();
	});

	it('a dropped CSV is mapped and drawn beside the published lines; a bad one is refused by line and column, and the first stays', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(
			w.page,
			site.origin + '/explore?reporter=CAN&partners=CHN,USA&flow=exports&measure=value&side=reporter&from=2010&to=2020&base=2010'
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

	it('partners are found by typing and chosen by keyboard; chips remove them; names are told apart and axe stays clean', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore?reporter=CAN&partners=CHN,USA');
		await w.page.waitForSelector('fieldset.partners:not([disabled])');
		// The picker replaces the wall of checkboxes: no checkbox per economy.
		expect(await w.page.locator('fieldset.partners input[type="checkbox"]').count()).toBe(0);
		const search = w.page.locator('[data-control="partner-search"]');
		await search.focus();
		await w.page.keyboard.type('mex');
		await w.page.waitForSelector('[data-partner-picker] [role="option"]');
		expect(await w.page.locator('[data-partner-picker] [role="option"]').allInnerTexts()).toEqual(['Mexico']);
		await w.page.keyboard.press('ArrowDown');
		await w.page.keyboard.press('Enter');
		await w.page.waitForURL(/partners=CHN%2CUSA%2CMEX/);
		await w.page.waitForFunction(() => document.querySelectorAll('figure[data-chart="explore"] [data-mark="line"]').length === 3);
		expect(await w.page.locator('[data-chip]').allInnerTexts()).toEqual(['China\n×', 'United States\n×', 'Mexico\n×']);

		await search.fill('congo');
		await w.page.waitForFunction(() => document.querySelectorAll('[data-partner-picker] [role="option"]').length === 2);
		// The countries table tells the two apart by name.
		expect(await w.page.locator('[data-partner-picker] [role="option"]').allInnerTexts()).toEqual([
			'Congo - Brazzaville',
			'Congo - Kinshasa'
		]);
		expect(await axeViolations(w.page)).toEqual([]);
		await w.page.keyboard.press('Escape');

		await w.page.locator('[data-chip="USA"] button').focus();
		await w.page.keyboard.press('Enter');
		await w.page.waitForURL((u) => u.searchParams.get('partners') === 'CHN,MEX');
		expect(w.consoleErrors).toEqual([]);
		await w.page.screenshot({ path: join(SHOTS, 'explore-picker.png') });
		await w.context.close();
	});

	it('small multiples: a panel per partner, all on one scale, and back to one chart', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore?reporter=CAN&partners=CHN,USA,MEX&from=2000&to=2020');
		await w.page.waitForSelector('fieldset:not([disabled]) select[data-control="layout"]');
		await w.page.waitForSelector('figure[data-chart="explore"][aria-busy="false"]');
		// A new layout draws the rows already drawn: the chart never waits on a query for it.
		await w.page.evaluate(() => {
			(window as unknown as { busySeen: number }).busySeen = 0;
			new MutationObserver(() => {
				if (document.querySelector('figure[data-chart="explore"]')?.getAttribute('aria-busy') === 'true')
					(window as unknown as { busySeen: number }).busySeen++;
			}).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['aria-busy'] });
		});
		await w.page.selectOption('select[data-control="layout"]', 'panels');
		await w.page.waitForURL(/layout=panels/);
		await w.page.waitForSelector('[data-panels] section.panel');
		const frame = w.page.locator('figure[data-chart="explore"]');
		expect(await frame.locator('[data-panels] h3').allInnerTexts()).toEqual(['China', 'United States', 'Mexico']);
		// One scale: every panel has the same y ticks (the largest partner's range).
		const ticks = await frame
			.locator('[data-panels] svg.chart')
			.evaluateAll((svgs) =>
				svgs.map((svg) => [...svg.querySelectorAll('text.tick[text-anchor="end"]')].map((t) => t.textContent).join(' '))
			);
		expect(ticks).toHaveLength(3);
		expect(new Set(ticks).size).toBe(1);
		expect(ticks[0]).not.toBe('');
		expect(await frame.locator('[data-panels] [data-mark="line"]').count()).toBe(3);
		expect(await w.page.evaluate(() => (window as unknown as { busySeen: number }).busySeen)).toBe(0);
		expect(await axeViolations(w.page)).toEqual([]);
		await w.page.screenshot({ path: join(SHOTS, 'explore-panels.png'), fullPage: true });
		await w.page.selectOption('select[data-control="layout"]', 'lines');
		await w.page.waitForURL(/layout=lines/);
		await w.page.waitForFunction(() => !document.querySelector('[data-panels]'));
		expect(await frame.locator('[data-mark="line"]').count()).toBe(3);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});
});
