/**
 * The site in French in Chromium: numbers, dates, the language switch and its kept view, French notices.
 */
import { expectEvery } from '../helpers/expect-every';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchedPage } from '../helpers/browser';
import { SHOTS, bilateralReady, open, useSite } from '../helpers/site';

const site = useSite();

describe('in French', () => {
	const NB = '\u00a0';
	it('the language switch keeps the view: the explorer’s choices and bilateral-trade’s side and years', async () => {
		const w = await watchedPage(site.browser, site.origin);
		const view = '?reporter=CAN&partners=USA&flow=imports&measure=value&side=reporter&from=2000&to=2010&base=2000';
		await open(w.page, site.origin + '/explore' + view);
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="explore"] details table tbody tr th')?.textContent === '2000'
		);
		await w.page.click('[data-lang-switch="fr"]');
		await w.page.waitForURL(`${site.origin}/fr/explore${view}`);
		await w.page.waitForFunction(() =>
			document.querySelector('figure[data-chart="explore"] .title')?.textContent?.includes('importations en provenance de États-Unis')
		);
		expect(await w.page.getAttribute('html', 'lang')).toBe('fr-CA');
		expect(await w.page.locator('select[data-control="flow"]').inputValue()).toBe('imports');
		expect(await w.page.locator('figure[data-chart="explore"] details table tbody tr th').first().textContent()).toBe('2000');
		expect(await w.page.locator('[data-notices]').count()).toBe(0);

		await open(w.page, site.origin + '/fr/charts/bilateral-trade');
		await bilateralReady(w.page);
		await w.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').check();
		await w.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		await w.page.waitForURL(`${site.origin}/fr/charts/bilateral-trade?side=CHN`);
		await w.page.click('[data-lang-switch="en"]');
		await w.page.waitForURL(`${site.origin}/charts/bilateral-trade?side=CHN`);
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
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/fr');
		const headline = await w.page.locator('figure[data-chart="headline-figures"] .card .value').allTextContents();
		expect(headline).toContain(`41,7${NB}G${NB}$${NB}US`);
		expect(headline).toContain(`environ 75${NB}%`);
		const ticks = await w.page.locator('figure[data-chart="tariff-timeline"] svg.chart text.tick').allTextContents();
		expect(ticks).toContain('janv. 2026');
		expect(await w.page.locator('figure[data-chart="tariff-timeline"] svg.chart text.rate').allTextContents()).toContain(`75,8${NB}%`);
		const cells = await w.page.locator('figure[data-chart="bilateral-trade"] details table tbody td').allTextContents();
		expect(cells.some((c) => /^\d+,\d\d$/.test(c))).toBe(true);
		expect(cells.some((c) => /\.\d\d$/.test(c))).toBe(false);

		await bilateralReady(w.page);
		await w.page.selectOption('figure[data-chart="bilateral-trade"] select[data-control="from"]', '2010');
		await w.page.waitForFunction(
			() => document.querySelector('figure[data-chart="bilateral-trade"] details table tbody tr th')?.textContent === '2010'
		);
		const after = await w.page.locator('figure[data-chart="bilateral-trade"] details table tbody td').allTextContents();
		expectEvery(
			after.filter((c) => c !== '–'),
			(c) => /^\d+,\d\d$/.test(c),
			'table cells'
		);
		const label = await w.page.locator('figure[data-chart="bilateral-trade"] [data-mark="point"]').first().getAttribute('aria-label');
		expect(label).toMatch(/G\u00a0\$\u00a0US|M\u00a0\$\u00a0US|aucune donnée/);
		await w.page.screenshot({ path: join(SHOTS, 'story-fr.png'), fullPage: true });
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a bad explorer link is named in French and the default view drawn', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/fr/explore?flow=nope&from=abc');
		const notices = await w.page.locator('[data-notices] p').allTextContents();
		expect(notices).toContain(`Valeur inconnue pour «${NB}flow${NB}»${NB}: "nope"; affichage de exports.`);
		expect(notices.some((n) => n.startsWith(`«${NB}from${NB}» doit être une année`))).toBe(true);
		expect(await w.page.locator('figure[data-chart="explore"] [data-mark="line"]').count()).toBe(2);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('the embed control offers French, and a French embed speaks French and links back to French', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/charts/ev-quota');
		await w.page.locator('[data-embed-control="ev-quota"] summary').click();
		await w.page.locator('[data-embed-control="ev-quota"] [data-embed-lang="fr"]').check();
		const snippet = await w.page.locator('[data-embed-control="ev-quota"] textarea').inputValue();
		expect(snippet).toContain(`<iframe src="${site.origin}/fr/embed/ev-quota"`);
		expect(snippet).toContain('(graphique Trade Lens)');

		const embed = await watchedPage(site.browser, site.origin);
		await open(embed.page, site.origin + '/fr/embed/ev-quota?theme=dark');
		expect(await embed.page.getAttribute('html', 'lang')).toBe('fr-CA');
		expect(await embed.page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await embed.page.locator('.title').innerText()).toBe('Le contingent de VE chinois face au marché automobile canadien');
		expect(await embed.page.locator('.back a').getAttribute('href')).toBe('/fr/charts/ev-quota');
		expect([...w.consoleErrors, ...embed.consoleErrors]).toEqual([]);
		await Promise.all([w.context.close(), embed.context.close()]);
	});
});
