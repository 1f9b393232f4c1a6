/**
 * Each chart rendered on the server from fixed data (tests/fixtures/story-data.json): the same code
 * that prerenders the site. Snapshots are normalised to 2 decimals so they change only when the
 * drawing does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import StoryChart from '../../src/lib/app/Chart.svelte';
import { CHART_IDS } from '../../src/lib/story/registry';
import type { StoryData } from '../../src/lib/story/story-data';
import { langContext } from '../../src/lib/i18n/context';
import { lang } from '../../src/lib/i18n/lang';
import { ROOT } from '../helpers/project';

const story = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'story-data.json'), 'utf8')) as StoryData;

/** Figure markup without hydration markers, one element per line, numbers at 2 decimals. */
export function normalise(html: string): string {
	return html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/ ?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/-?\d+\.\d{3,}/g, (n) => Number(n).toFixed(2))
		.replace(/>\s*</g, '>\n<')
		.trim();
}

function renderChart(id: (typeof CHART_IDS)[number]): string {
	const { body } = render(StoryChart, { props: { id, data: story } });
	const figure = body.match(/<figure[\s\S]*<\/figure>/)?.[0];
	if (!figure) throw new Error(`${id} rendered no <figure>`);
	return figure;
}

describe('charts rendered from fixed data', () => {
	it.each(CHART_IDS)('%s', async (id) => {
		const html = renderChart(id);
		expect(html).toContain(`data-chart="${id}"`);
		expect(html).toMatch(/<table/);
		expect(html).toMatch(/data-source-line/);
		if (id !== 'headline-figures') expect(html).toMatch(/<svg[^>]*viewBox/);
		await expect(normalise(html)).toMatchFileSnapshot(join('__snapshots__', 'charts', `${id}.html`));
	});

	it('takeaways state the figures the data holds', () => {
		const text = (id: (typeof CHART_IDS)[number]) => renderChart(id).match(/<p class="takeaway[^"]*">([^<]*)<\/p>/)?.[1] ?? '';
		expect(text('bilateral-trade')).toContain('US$41.7B, −10.4% on 2024');
		expect(text('public-opinion')).toContain('from 21% to 34%');
		expect(text('public-opinion')).toContain('from 54% to 34%');
		expect(text('ev-quota')).toContain('up to 70,000');
		expect(text('tariff-timeline')).toContain('100% surtax');
		expect(text('tariff-timeline')).toContain('49,000 Chinese EVs in at 6.1%');
		expect(text('headline-figures')).toContain('about 75% of its exports to the US and under 4% to China');
	});
});

describe('charts rendered in French', () => {
	const french = (id: (typeof CHART_IDS)[number]) =>
		render(StoryChart, { props: { id, data: story }, context: langContext(lang('fr')) }).body;
	const text = (html: string) => html.replace(/<!--[^>]*-->/g, '').replace(/<[^>]+>/g, ' ');

	it('numbers, money, percentages and dates follow Canadian French conventions', () => {
		const NB = '\u00a0';
		expect(text(french('bilateral-trade'))).toContain(`41,7${NB}G${NB}$${NB}US`);
		expect(text(french('tariff-timeline'))).toContain(`75,8${NB}%`);
		expect(text(french('tariff-timeline'))).toContain('janv. 2026');
		expect(text(french('ev-quota'))).toContain(`49${NB}000`);
		expect(text(french('public-opinion'))).toContain(`de 21${NB}% à 34${NB}%`);
	});

	it('titles, table headers and controls are French; the figures are the same as in English', () => {
		const html = french('bilateral-trade');
		expect(html).toContain('Le commerce de marchandises Canada–Chine, selon chaque pays');
		expect(html).toContain('Tableau de données');
		expect(html).toContain('Chiffres du Canada');
		expect(html).toMatch(/<th[^>]*>.*Année/);
		expect(french('ev-quota')).toContain('Contingent de VE, 5e année');
		for (const id of CHART_IDS) expect(french(id).match(/data-mark=/g)?.length, id).toBe(renderChart(id).match(/data-mark=/g)?.length);
	});
});
