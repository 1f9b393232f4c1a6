/**
 * The explorer's Map and Table tabs in Chromium: the prerendered map without JavaScript and without
 * WebAssembly, tabs that keep the view, a keyboard walk across the map, the year slider, the table's
 * search and downloads, the gap chart, hostile parameters, and a deck of views. Every tab in both
 * languages is also among the pages pages.test.ts and pages-fr.test.ts open and checks with axe-core.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { watchedPage } from '../helpers/browser';
import { SHOTS, open, useSite } from '../helpers/site';

const site = useSite();

/** Shapes filled with a colour (not the hatched "no data" pattern). */
const coloured = (page: Page) =>
	page.$$eval(
		'figure[data-chart="explore-map"] svg path[data-code]',
		(paths) => paths.filter((p) => !p.getAttribute('fill')?.startsWith('url(')).length
	);
const panelShown = (page: Page, name: string) =>
	page.waitForFunction((n) => {
		const panel = document.querySelector(`[data-panel="${n}"]`);
		return panel !== null && getComputedStyle(panel).display !== 'none' && !panel.hasAttribute('hidden');
	}, name);

describe('map and table', () => {
	it('the default map is whole without JavaScript: at least 150 countries coloured, a legend, a source line', async () => {
		const w = await watchedPage(site.browser, site.origin, { javaScriptEnabled: false });
		await open(w.page, site.origin + '/explore?tab=map', { hydrated: false });
		expect(await coloured(w.page)).toBeGreaterThanOrEqual(150);
		const map = w.page.locator('figure[data-chart="explore-map"]');
		expect(await map.locator('.title').innerText()).toBe('Each economy’s exports to China, 2020, as each economy reports them');
		expect(await map.locator('[data-source-line]').innerText()).toMatch(/^Sources?: .*IMF/);
		// The table of every economy is in the page too.
		expect(await w.page.locator('[data-atlas-table] tbody tr').count()).toBeGreaterThan(150);
		await w.context.close();
	});

	it('with JavaScript, ?tab=map shows the map first and fetches no WebAssembly until the reader acts', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore?tab=map');
		await panelShown(w.page, 'map');
		expect(await w.page.locator('[data-panel="chart"]').isVisible()).toBe(false);
		expect(await coloured(w.page)).toBeGreaterThanOrEqual(150);
		// Once the page is live and its network quiet, nothing has asked for the engine.
		await w.page.waitForSelector('html[data-hydrated]');
		await w.page.waitForLoadState('networkidle');
		expect(w.requests.filter((r) => /\.wasm(\?|$)/.test(r))).toEqual([]);
		expect(await w.page.locator('[role="tab"][data-tab="map"]').getAttribute('aria-selected')).toBe('true');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('tabs keep the view: a flow chosen on the map holds in the chart and the table, and each tab is in the link', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore');
		await w.page.click('[role="tab"][data-tab="map"]');
		await w.page.waitForURL(/tab=map/);
		await panelShown(w.page, 'map');
		await w.page.selectOption('select[data-control="flow"]', 'imports');
		await w.page.waitForURL(/flow=imports/);
		await w.page.waitForFunction(() =>
			document.querySelector('figure[data-chart="explore-map"] .title')?.textContent?.startsWith('Each economy’s imports from China')
		);
		await w.page.click('[role="tab"][data-tab="table"]');
		await w.page.waitForURL(/tab=table/);
		await panelShown(w.page, 'table');
		await w.page.waitForSelector('[data-atlas-table] tbody tr[data-code="CAN"]');
		await w.page.click('[role="tab"][data-tab="chart"]');
		await w.page.waitForURL(/tab=chart/);
		await w.page.waitForFunction(() =>
			document.querySelector('figure[data-chart="explore"] .title')?.textContent?.startsWith('Canada’s imports from China')
		);
		// Back returns to the table, as the reader left it.
		await w.page.goBack();
		await panelShown(w.page, 'table');
		expect(new URL(w.page.url()).searchParams.get('flow')).toBe('imports');
		// The language switch carries the tab.
		await w.page.click('[data-lang-switch="fr"]');
		await w.page.waitForURL((u) => u.pathname === '/fr/explore' && u.searchParams.get('tab') === 'table');
		await panelShown(w.page, 'table');
		expect(await w.page.locator('[role="tab"][data-tab="table"]').innerText()).toBe('Tableau');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a keyboard walk across the map: into it, Canada down to the United States, Enter opens it in Chart', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore?tab=map&partners=CHN');
		await panelShown(w.page, 'map');
		const map = w.page.locator('figure[data-chart="explore-map"]');
		await map.locator('path[data-code="CAN"]').focus();
		expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('CAN');
		await w.page.keyboard.press('ArrowDown');
		expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('USA');
		// Its name and figure are read out, and shown.
		expect(await w.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^United States: US\$/);
		await w.page.keyboard.press('ArrowDown');
		expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('MEX');
		await w.page.keyboard.press('ArrowUp');
		expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('USA');
		await w.page.keyboard.press('Enter');
		await w.page.waitForURL((u) => u.searchParams.get('tab') === 'chart' && u.searchParams.get('reporter') === 'USA');
		await w.page.waitForFunction(() =>
			document.querySelector('figure[data-chart="explore"] .title')?.textContent?.startsWith('United States’s exports to China')
		);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('the year slider recolours the map from memory and the link follows; the largest partner is a categorical map', async () => {
		const w = await watchedPage(site.browser, site.origin, { width: 1280 });
		await open(w.page, site.origin + '/explore?tab=map&measure=top&year=2000');
		await panelShown(w.page, 'map');
		const fill = () => w.page.locator('figure[data-chart="explore-map"] path[data-code="BRA"]').getAttribute('fill');
		await w.page.waitForSelector('figure[data-chart="explore-map"][aria-busy="false"]');
		expect(await w.page.locator('[data-map-year]').innerText()).toBe('2000');
		const before = await fill();
		const slider = w.page.locator('input[data-control="year"]');
		await slider.focus();
		for (let i = 0; i < 20; i++) await w.page.keyboard.press('ArrowRight');
		await w.page.waitForURL((u) => u.searchParams.get('year') === '2020');
		expect(await w.page.locator('[data-map-year]').innerText()).toBe('2020');
		// Brazil's largest export market: the United States in 2000, China in 2020.
		expect(await fill()).not.toBe(before);
		const legend = await w.page.locator('figure[data-chart="explore-map"]').innerText();
		expect(legend).toContain('China');
		expect(legend).toContain('United States');
		await w.page.screenshot({ path: join(SHOTS, 'explore-map-top.png') });
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('the table: several economies found at once, sorted by a year, downloaded with its provenance', async () => {
		const w = await watchedPage(site.browser, site.origin, { acceptDownloads: true });
		await open(w.page, site.origin + '/explore?tab=table&partners=USA&measure=share&period=span&from=2000&to=2020');
		await panelShown(w.page, 'table');
		await w.page.waitForSelector('figure[data-chart="explore-table"][aria-busy="false"]');
		await w.page.waitForFunction(() => document.querySelectorAll('[data-atlas-table] thead th').length === 3 + 21);
		await w.page.fill('[data-control="table-search"]', 'mexico, canada');
		await w.page.waitForFunction(() => document.querySelectorAll('[data-atlas-table] tbody tr:not([hidden])').length === 2);
		await w.page.click('button[data-sort="y2020"]');
		expect(await w.page.locator('[data-atlas-table] tbody tr:not([hidden]) th').allInnerTexts()).toEqual(['Mexico', 'Canada']);
		expect(await w.page.locator('th[aria-sort="descending"]').innerText()).toContain('2020');
		await w.page.fill('[data-control="table-search"]', '');
		await w.page.selectOption('[data-control="table-income"]', 'LIC');
		expect(Number(await w.page.locator('[data-table-count]').getAttribute('data-table-count'))).toBeLessThan(40);
		const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-action="download-csv"]')]);
		const csv = await (await download.createReadStream()).toArray();
		const text = Buffer.concat(csv).toString('utf8');
		expect(text).toMatch(/^# .*share of each economy’s exports, 2000–2020/m);
		expect(text).toMatch(/tab=table/);
		expect(text).toMatch(/^MEX,USA,exports,share,reporter,2020,12,/m);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('both sides and the gap: Germany’s and China’s figures for the same goods, the band between them shaded', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/explore?reporter=DEU&partners=CHN&measure=gap&from=2000&to=2020');
		await w.page.waitForFunction(() => document.querySelectorAll('figure[data-chart="explore"] [data-mark="band"]').length === 1);
		const figure = w.page.locator('figure[data-chart="explore"]');
		expect(await figure.locator('[data-mark="line"]').count()).toBe(2);
		expect(await figure.locator('.takeaway').innerText()).toMatch(
			/^In 2020, Germany reports US\$[\d.]+B and China US\$[\d.]+B for the same goods: a gap of [+−-][\d.]+%\.$/
		);
		expect(await figure.innerText()).toContain('CIF');
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it.each([
		['tab=%3Cimg%20src%3Dx%3E', 'Unknown tab "<img src=x>": showing chart.', 'chart'],
		['tab=map&measure=gini', 'Unknown measure "gini": showing value.', 'map'],
		['tab=table&year=20200', 'year must be a year from', 'table']
	])('hostile %s: a notice as text, and the tab falls back', async (query, notice, tab) => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, `${site.origin}/explore?${query}`);
		await w.page.waitForSelector('[data-notices]');
		expect(await w.page.locator('[data-notices]').innerText()).toContain(notice);
		expect(await w.page.locator('[data-notices] img').count()).toBe(0);
		await panelShown(w.page, tab);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('"Add to slides": views from two tabs become a deck whose link opens them as slides, keys and French included', async () => {
		const w = await watchedPage(site.browser, site.origin, { width: 1280 });
		await open(w.page, site.origin + '/explore?reporter=DEU&partners=CHN&measure=gap&from=2000&to=2020');
		await w.page.click('[data-action="add-slide"]');
		await w.page.click('[role="tab"][data-tab="map"]');
		await w.page.waitForURL(/tab=map/);
		await w.page.click('[data-action="add-slide"]');
		const link = await w.page.locator('[data-deck-link]').getAttribute('href');
		expect(link).toMatch(/^\/present\?deck=[A-Za-z0-9_-]+$/);
		// A fresh page, as someone the link was sent to: nothing stored there.
		const other = await watchedPage(site.browser, site.origin, { width: 1280 });
		await open(other.page, site.origin + link);
		await other.page.waitForSelector('section[data-view-slide]');
		await other.page.waitForFunction(() => document.querySelectorAll('section[data-view-slide]').length === 2);
		const slide1 = other.page.locator('section[data-slide="1"]');
		await other.page.waitForFunction(() => document.querySelector('section[data-slide="1"] [data-mark="band"]'));
		expect(await slide1.locator('.title').innerText()).toContain('Germany’s exports to China');
		await other.page.keyboard.press('ArrowRight');
		await other.page.waitForFunction(() => document.querySelector('[data-deck]')?.getAttribute('data-slide-current') === '2');
		await other.page.waitForURL(/\/present\/2\?deck=/);
		await other.page.waitForFunction(() => document.querySelectorAll('section[data-slide="2"] path[data-code]').length > 150);
		await other.page.keyboard.press('n');
		expect(await other.page.locator('section[data-slide="2"] [data-notes]').isVisible()).toBe(true);
		expect(await axeViolations(other.page)).toEqual([]);
		await other.page.screenshot({ path: join(SHOTS, 'deck-map.png') });
		// The language switch keeps the deck.
		const fr = await other.page.locator('[data-lang-switch="fr"]').getAttribute('href');
		expect(fr).toMatch(/^\/fr\/present\/2\?deck=/);
		// A broken deck link says so and shows the story's slides.
		await open(other.page, site.origin + '/present?deck=%3Cscript%3E');
		await other.page.waitForSelector('.deck-problem');
		expect(await other.page.locator('.deck-problem').innerText()).toContain('could not be read');
		expect([...w.consoleErrors, ...other.consoleErrors]).toEqual([]);
		await w.context.close();
		await other.context.close();
	});
});
