/** The explorer: its queries on the built data, and its URL state (round trip, hostile input). */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/lib/data/engine';
import {
	EXPLORE_FLOWS,
	EXPLORE_MEASURES,
	EXPLORE_SIDES,
	exploreQuery,
	exploreSeries,
	partnerRanking,
	tradePairs
} from '../../src/lib/data/explore-queries';
import { EXPLORE_PERIODS, EXPLORE_TABS, exploreView, viewQuery, type ExploreView } from '../../src/lib/explore/explore-view';
import { rankingChart } from '../../src/lib/explore/ranking-chart';
import { drawnSources, exploreChart, measureUnit, sourceSpans } from '../../src/lib/explore/explore-chart';
import { allSources, type SourceInfo } from '../../src/lib/data/queries';
import { ENGLISH } from '../../src/lib/i18n/lang';
import { translator } from '../../src/lib/i18n/translate';

const EN = translator('en');
import { NodeEngine } from '../../src/lib/data/node-engine';
import { currencySpan, mendView, parseView, queryParams, viewParams } from '../../src/lib/explore/explore-url';
import { rowsKey } from '../../src/lib/explore/explore-figures.svelte';
import { ownFileView } from '../../src/lib/explore/own-file-view';
import { viewCaption } from '../../src/lib/explore/view-caption';
import { packChoices, unpackChoices, type ExploreChoices } from '../../src/lib/explore/choices';
import { ROOT } from '../helpers/project';
import { countryList } from '../../src/lib/data/country-queries';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await NodeEngine.open(join(ROOT, 'static', 'data'));
});
afterAll(() => engine.close());

const view = (over: Partial<ExploreView> = {}): ExploreView => exploreView({ partners: ['CHN', 'USA'], ...over });

describe('explore queries on the built data', () => {
	it('pairs: each reporter and partner with US$ figures and the years they cover', async () => {
		const pairs = await runQuery(engine, tradePairs, undefined);
		expect(pairs.find((p) => p.reporter === 'CHN' && p.partner === 'CAN')).toMatchObject({ firstYear: 1961, lastYear: 2025 });
		// Every IMF reporter: some 230 economies and groups.
		expect(new Set(pairs.map((p) => p.reporter)).size).toBeGreaterThanOrEqual(220);
	});

	it('value, share, change and index agree with each other', async () => {
		const at = async (measure: ExploreView['measure'], partner: string, year: number) =>
			(await runQuery(engine, exploreSeries, view({ measure, base: 2015 }))).find((r) => r.partner === partner && r.year === year)?.value;
		const v2019 = (await at('value', 'CHN', 2019)) as number;
		const v2018 = (await at('value', 'CHN', 2018)) as number;
		const v2015 = (await at('value', 'CHN', 2015)) as number;
		expect(v2019 / 1e9).toBeCloseTo(17.43, 2);
		expect(await at('change', 'CHN', 2019)).toBeCloseTo(100 * (v2019 / v2018 - 1), 9);
		expect(await at('index', 'CHN', 2019)).toBeCloseTo((100 * v2019) / v2015, 9);
		expect(await at('share', 'USA', 2019)).toBeCloseTo(75.7, 1);
	});

	it('the countries table names every economy in both languages, each name once, as the explorer shows them', async () => {
		const rows = await runQuery(engine, countryList, undefined);
		const by = new Map(rows.map((r) => [r.code, r]));
		expect(by.get('GBR')).toMatchObject({ nameEn: 'United Kingdom', nameFr: 'Royaume-Uni' });
		expect(by.get('USA')).toMatchObject({ nameEn: 'United States', nameFr: 'États-Unis' });
		expect(by.get('NLD')?.nameEn).toBe('Netherlands');
		expect(by.get('KOR')?.nameEn).toBe('South Korea');
		expect([by.get('COG')?.nameEn, by.get('COD')?.nameEn]).toEqual(['Congo - Brazzaville', 'Congo - Kinshasa']);
		expect(by.get('WLD')).toMatchObject({ nameEn: 'World', nameFr: 'Monde' });
		for (const key of ['nameEn', 'nameFr'] as const) {
			const names = rows.map((r) => r[key]);
			expect(
				names.filter((n, i) => names.indexOf(n) !== i),
				key
			).toEqual([]);
		}
	});

	it('a region or income group as a partner is the sum of its members’ figures', async () => {
		const members = await engine.all(`SELECT code FROM countries WHERE wb_region = 'Latin America & Caribbean' AND NOT is_aggregate`, []);
		const codes = members.map((m) => String(m.code));
		const each = await engine.all(
			`SELECT sum(value) AS v FROM trade_annual WHERE reporter = 'CAN' AND flow = 'exports' AND year = 2015 AND source_id = 'imf_dots'
			 AND partner IN (${codes.map((c) => `'${c}'`).join(', ')})`,
			[]
		);
		const rows = await runQuery(engine, exploreSeries, view({ partners: ['WB.LAC', 'WB.HIC', 'MEX'], from: 2015, to: 2015 }));
		expect(rows.find((r) => r.partner === 'WB.LAC')?.value).toBeCloseTo(Number(each[0].v), 0);
		// The group holds its members: more than Mexico alone, less than the world.
		const mex = rows.find((r) => r.partner === 'MEX')?.value as number;
		expect(rows.find((r) => r.partner === 'WB.LAC')?.value).toBeGreaterThan(mex);
		expect(rows.find((r) => r.partner === 'WB.HIC')?.sources).toEqual(['imf_dots']);
		expect(ENGLISH.country('WB.LAC')).toBe('Latin America and the Caribbean (region, sum of its members)');
	});

	it('mirror: what China reports of its imports from Canada, as Canada’s exports', async () => {
		const rows = await runQuery(engine, exploreSeries, view({ partners: ['CHN'], side: 'partner' }));
		expect(rows.find((r) => r.year === 2025)?.value).toBe(41_700_000_000);
	});

	it('ranking: the latest year with figures, largest partner first, aggregates left out of the chart', async () => {
		const input = { reporter: 'CAN', flow: 'exports', side: 'reporter', year: 2025, currency: 'USD' } as const;
		const rows = await runQuery(engine, partnerRanking, input);
		expect(rows[0]).toMatchObject({ partner: 'WLD', year: 2020 });
		expect(rows.length).toBeGreaterThan(200);
		const chart = rankingChart(rows, input, { lang: ENGLISH });
		expect(chart.title).toBe('Canada’s export markets, 2020');
		// Groups (the world, the EU, advanced economies…) are in the rows but never in the chart.
		expect(rows.slice(0, 4).map((r) => r.partner)).toEqual(['WLD', 'XAD', 'USA', 'XEM']);
		expect(chart.table.rows.slice(0, 2).map((r) => r.partner)).toEqual(['United States', 'China']);
		const ids = chart.treemap.cells.map((c) => c.id);
		expect(ids.slice(0, 1)).toEqual(['USA']);
		expect(ids).toContain('CHN');
		expect(ids.filter((id) => id === 'WLD' || /^X/.test(id))).toEqual([]);
		expect([chart.treemap.width, chart.treemap.height]).toEqual([720, 320]);
		const narrow = rankingChart(rows, input, { lang: ENGLISH, width: 320 }).treemap;
		expect([narrow.width, narrow.height]).toEqual([320, 240]);
		expect(Math.max(...narrow.cells.map((c) => c.x + c.width))).toBeLessThanOrEqual(320);
		const mirror = await runQuery(engine, partnerRanking, { ...input, side: 'partner' });
		expect(mirror).toEqual([{ partner: 'CHN', amount: 41_700_000_000, year: 2025 }]);
	});

	it('C$: Statistics Canada’s full years drawn, its unfinished year listed apart, never added to US$', async () => {
		const pairs = await runQuery(engine, tradePairs, undefined);
		expect(pairs.find((p) => p.reporter === 'CAN' && p.partner === 'CHN' && p.currency === 'CAD')).toMatchObject({
			firstYear: 2024,
			lastYear: 2026,
			sourceIds: ['statcan_cimt']
		});
		const cad = view({ currency: 'CAD', partners: ['CHN'], from: 2024, to: 2026, base: 2024 });
		const rows = await runQuery(engine, exploreSeries, cad);
		expect(rows.map((r) => [r.year, r.months])).toEqual([
			[2024, 12],
			[2025, 12],
			[2026, 4]
		]);
		// Not a US$ figure: Canada's own C$ count of its exports to China.
		expect(rows[1].amount).toBeGreaterThan(25e9);
		expect(rows[1].amount).not.toBe(41_700_000_000);
		const change = await runQuery(engine, exploreSeries, { ...cad, measure: 'change' });
		expect(change[2].value).toBeNull();
		const chart = exploreChart(rows, cad, { lang: ENGLISH });
		expect(chart.model.series[0].points.map((p) => new Date(p.x).getUTCFullYear())).toEqual([2024, 2025]);
		expect(chart.table.rows.map((r) => r.year)).toEqual(['2024', '2025', '2026 (4 months)']);
		expect(chart.partial).toBe('Not drawn: 2026 (4 months), not finished by the publisher; the figures are in the table.');
		expect(chart.takeaway).toMatch(/^China from C\$[\d.]+B in 2024 to C\$[\d.]+B in 2025\.$/);
		expect(measureUnit(cad, ENGLISH)).toBe('C$ billions');
		const ranking = await runQuery(engine, partnerRanking, {
			reporter: 'CAN',
			flow: 'exports',
			side: 'reporter',
			year: 2026,
			currency: 'CAD'
		});
		// The latest full year: 2026 has four months only.
		expect(ranking[0]).toMatchObject({ partner: 'WLD', year: 2025 });
		expect(
			rankingChart(ranking, { reporter: 'CAN', flow: 'exports', side: 'reporter', year: 2026, currency: 'CAD' }, { lang: ENGLISH }).table
				.columns[1].label
		).toBe('C$ billions');
	});

	it('each view says its basis: which publisher’s figures each span of years is, and only those sources', async () => {
		const sources = await runQuery(engine, allSources, undefined);
		const usa = await runQuery(engine, exploreSeries, view({ reporter: 'USA', partners: ['CHN'], from: 2018, to: 2025 }));
		expect(sourceSpans(usa, sources)).toBe('International Monetary Fund 2018–2020; U.S. Census Bureau 2021–2025');
		expect(drawnSources(usa, sources).map((s) => s.sourceId)).toEqual(['imf_dots', 'us_census_trade']);
		const cad = await runQuery(engine, exploreSeries, view({ currency: 'CAD', partners: ['CHN'], from: 2024, to: 2026 }));
		expect(drawnSources(cad, sources).map((s) => s.sourceId)).toEqual(['statcan_cimt']);
		// Nothing drawn: the page still names every source rather than none.
		expect(drawnSources([], sources)).toHaveLength(sources.length);
	});

	it('US$: the US Census Bureau’s two months of 2025 are not a year of US trade', async () => {
		const rows = await runQuery(engine, exploreSeries, view({ reporter: 'USA', partners: ['CHN'], from: 2023, to: 2025 }));
		expect(rows.map((r) => [r.year, r.months])).toEqual([
			[2023, 12],
			[2024, 12],
			[2025, 2]
		]);
	});

	it('refuses bad input before any SQL runs', async () => {
		await expect(runQuery(engine, exploreSeries, view({ currency: 'EUR' as 'USD' }))).rejects.toThrow('currency');
		await expect(runQuery(engine, exploreSeries, view({ reporter: "CAN'; DROP TABLE x; --" }))).rejects.toThrow(
			'reporter must be a known three-letter country or economy code'
		);
		await expect(runQuery(engine, exploreSeries, view({ partners: [] }))).rejects.toThrow('choose from 1 to 6 partners, got 0');
		await expect(runQuery(engine, exploreSeries, view({ measure: 'share', side: 'partner' }))).rejects.toThrow(
			'needs the reporter’s own figures'
		);
	});
});

describe('explore URL state', () => {
	const choices: ExploreChoices = {
		reporters: ['CAN', 'CHN'],
		partners: { CAN: ['CHN', 'USA', 'WLD'], CHN: ['CAN'] },
		firstYear: 1980,
		lastYear: 2025,
		currencies: { CAN: ['USD', 'CAD'], CHN: ['USD'] },
		spans: { USD: [1980, 2025], CAD: [2024, 2025] }
	};
	const defaults = view();

	it('every parameter round-trips: parse(viewParams(v)) is v, with no notice', () => {
		for (const flow of EXPLORE_FLOWS)
			for (const measure of EXPLORE_MEASURES)
				for (const side of EXPLORE_SIDES) {
					if (measure === 'share' && side === 'partner') continue;
					const v = view({ flow, measure, side, partners: ['USA', 'WLD'], from: 1990, to: 2010, base: 1995 });
					const parsed = parseView(viewParams(v), defaults, choices, EN);
					expect(parsed).toEqual({ view: v, notices: [] });
					expect(viewParams(parsed.view).toString()).toBe(viewParams(v).toString());
				}
		const panels = view({ layout: 'panels' });
		expect(parseView(viewParams(panels), defaults, choices, EN)).toEqual({ view: panels, notices: [] });
		for (const tab of EXPLORE_TABS)
			for (const measure of EXPLORE_MEASURES)
				for (const period of EXPLORE_PERIODS) {
					const v = view({ tab, measure, period, year: 1999, partners: ['USA', 'WB.EAP'] });
					expect(parseView(viewParams(v), defaults, choices, EN)).toEqual({ view: v, notices: [] });
				}
		const cad = view({ currency: 'CAD', from: 2024, to: 2025, base: 2024 });
		expect(parseView(viewParams(cad), defaults, choices, EN)).toEqual({ view: cad, notices: [] });
		const china = view({ reporter: 'CHN', partners: ['CAN'] });
		expect(parseView(new URLSearchParams(viewParams(china).toString()), defaults, choices, EN).view).toEqual(china);
	});

	it('an empty query is the default view', () => {
		expect(parseView(new URLSearchParams(''), defaults, choices, EN)).toEqual({ view: defaults, notices: [] });
	});

	it.each([
		['reporter=%27%3B%20DROP%20TABLE%20trade_annual%3B--', 'No data for reporter "\'; DROP TABLE trade_annual;--": showing CAN.'],
		['partners=CHN,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'No data for partner "<img src=x onerror=alert(1)>" of CAN: left out.'],
		['from=99999999999999999999', 'from must be a year from 1980 to 2025, not "99999999999999999999": showing 1980.'],
		['to=1e3', 'to must be a year from 1980 to 2025, not "1e3": showing 2025.'],
		['measure=%22%3E%3Cscript%3E', 'Unknown measure "\\"><script>": showing value.'],
		['flow=imports%27--', 'Unknown flow "imports\'--": showing exports.'],
		['side=partner&measure=share', 'A share of the reporter’s total needs the reporter’s own figures: showing values.'],
		['from=2010&to=2000', 'from 2010 is after to 2000: showing 1980–2025.'],
		['partners=XXX', 'No data for partner "XXX" of CAN: left out.'],
		['currency=EUR', 'Unknown currency "EUR": showing USD.'],
		['layout=%3Csvg%3E', 'Unknown layout "<svg>": showing lines.'],
		['reporter=CHN&partners=CAN&currency=CAD', 'No figures in CAD for CHN: showing USD.'],
		['tab=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Unknown tab "<script>alert(1)</script>": showing chart.'],
		['tab=Map', 'Unknown tab "Map": showing chart.'],
		['measure=hhi%27%20OR%201%3D1', 'Unknown measure "hhi\' OR 1=1": showing value.'],
		['year=1850', 'year must be a year from 1980 to 2025, not "1850": showing 2020.'],
		['year=2020.5', 'year must be a year from 1980 to 2025, not "2020.5": showing 2020.'],
		['period=all', 'Unknown period "all": showing year.'],
		['partners=WB.XYZ', 'No data for partner "WB.XYZ" of CAN: left out.']
	])('hostile or unknown %s: a notice, and the default stands', (query, notice) => {
		const parsed = parseView(new URLSearchParams(query), defaults, choices, EN);
		expect(parsed.notices).toContain(notice);
		expect(() => exploreSeries.params(parsed.view)).not.toThrow();
	});

	it('a very long parameter is cut short in the notice', () => {
		const parsed = parseView(new URLSearchParams({ reporter: 'A'.repeat(10_000) }), defaults, choices, EN);
		expect(parsed.notices[0].length).toBeLessThan(120);
	});

	it('a view is its query and how it is shown: the query alone keys the rows, the address holds both', () => {
		const v = view({ tab: 'table', layout: 'panels', year: 2001, period: 'span' });
		expect(viewQuery(v)).toEqual(exploreQuery({ partners: ['CHN', 'USA'] }));
		expect(queryParams(v).toString()).toBe(queryParams(viewQuery(v)).toString());
		expect(viewParams(v).toString()).toBe(`${queryParams(v)}&layout=panels&tab=table&year=2001&period=span`);
		expect(rowsKey(v)).toBe(rowsKey(view()));
		expect(rowsKey(view({ from: 1990 }))).not.toBe(rowsKey(view()));
		expect(exploreSeries.params(v)).toEqual(exploreSeries.params(viewQuery(v)));
	});

	it('a view the controls changed is mended by the rules parsing keeps, silently', () => {
		expect(mendView(view({ measure: 'share', side: 'partner' }), choices)).toEqual(view({ measure: 'value', side: 'partner' }));
		expect(mendView(view({ from: 2010, to: 2000 }), choices)).toEqual(view({ from: 2010, to: 2010 }));
		// A reporter without figures in the view's currency: its own currency, with that currency's years.
		const chinaInCad = view({ reporter: 'CHN', partners: ['CAN'], currency: 'CAD', from: 2024, to: 2025, base: 2024 });
		expect(mendView(chinaInCad, choices)).toEqual(
			view({ reporter: 'CHN', partners: ['CAN'], currency: 'USD', from: 1980, to: 2025, base: 1980 })
		);
		expect(currencySpan(choices, 'CAD')).toEqual({ currency: 'CAD', from: 2024, to: 2025, base: 2024 });
		const fine = view({ tab: 'map', year: 2001 });
		expect(mendView(fine, choices)).toEqual(fine);
	});
});

describe('the choices as the page carries them', () => {
	it('pack to a bit set per economy and unpack to the same lists', () => {
		const choices: ExploreChoices = {
			reporters: ['CAN', 'CHN'],
			partners: { CAN: ['CHN', 'USA', 'WLD'], CHN: ['CAN', 'WLD'], USA: ['CAN'], WLD: ['CAN', 'CHN'] },
			firstYear: 1960,
			lastYear: 2025,
			currencies: { CAN: ['USD', 'CAD'], CHN: ['USD'], USA: ['USD'], WLD: ['USD'] },
			spans: { USD: [1960, 2025], CAD: [2024, 2025] }
		};
		const packed = packChoices(choices);
		// Only the economies with a currency besides US$ are written out.
		expect(packed.currencies).toEqual({ CAN: ['USD', 'CAD'] });
		expect(packed.codes).toEqual(['CAN', 'CHN', 'USA', 'WLD']);
		expect(packed.partners).toEqual({ CAN: '0e', CHN: '09', USA: '01', WLD: '03' });
		expect(unpackChoices(packed)).toEqual(choices);
	});
});

describe('a person’s own file handed to the explorer', () => {
	const pair = (reporter: string, partner: string, firstYear: number, lastYear: number) => ({ reporter, partner, firstYear, lastYear });
	it('draws the view as it is when the file has figures for it, else opens its first reporter over the file’s years', () => {
		expect(ownFileView([pair('CAN', 'USA', 2000, 2010)], view())).toBeNull();
		expect(ownFileView([pair('MEX', 'USA', 2001, 2005), pair('MEX', 'CAN', 1999, 2004), pair('CAN', 'JPN', 1990, 2020)], view())).toEqual({
			reporter: 'MEX',
			partners: ['USA', 'CAN'],
			side: 'reporter',
			from: 1999,
			to: 2005,
			base: 1999
		});
	});
});

describe('a view’s caption, by tab', () => {
	const source = (sourceId: string) => ({ sourceId, attribution: sourceId }) as SourceInfo;
	it('the chart names its lines and their sources; the map its year, the table its columns, and both their cells’ sources', () => {
		const v = view({ partners: ['CHN'], year: 2001 });
		const rows = [{ year: 2000, partner: 'CHN', value: 1, amount: 1, months: 12, sources: ['a'] }];
		const figures = { chart: v, atlas: v, rows, sources: [source('a'), source('b')], atlasSources: [source('b')], columns: [2000, 2001] };
		const chart = viewCaption('chart', figures, ENGLISH);
		expect(chart.title).toBe('Canada’s exports to China, 1980–2025, as Canada reports it');
		expect(chart.sources.map((s) => s.sourceId)).toEqual(['a']);
		expect(viewCaption('map', figures, ENGLISH).title).toContain('China, 2001');
		expect(viewCaption('table', figures, ENGLISH).title).toContain('China, 2000–2001');
		expect(viewCaption('table', figures, ENGLISH).sources.map((s) => s.sourceId)).toEqual(['b']);
	});
});
