/** The explorer: its queries on the built data, and its URL state (round trip, hostile input). */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../src/lib/data/engine';
import { EXPLORE_FLOWS, EXPLORE_MEASURES, EXPLORE_SIDES, exploreSeries, partnerRanking, tradePairs, type ExploreInput } from '../src/lib/data/explore-queries';
import { rankingChart } from '../src/lib/explore/ranking-chart';
import { NodeEngine } from '../src/lib/data/node-engine';
import { parseView, viewParams, type ExploreChoices } from '../src/lib/explore/explore-url';
import { packChoices, unpackChoices } from '../src/lib/explore/choices';
import { ROOT } from './helpers/project';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await NodeEngine.open(join(ROOT, 'static', 'data'));
});
afterAll(() => engine.close());

const view = (over: Partial<ExploreInput> = {}): ExploreInput => ({ reporter: 'CAN', partners: ['CHN', 'USA'], flow: 'exports', measure: 'value', side: 'reporter', from: 1980, to: 2025, base: 1980, ...over });

describe('explore queries on the built data', () => {
	it('pairs: each reporter and partner with US$ figures and the years they cover', async () => {
		const pairs = await runQuery(engine, tradePairs, undefined);
		expect(pairs.find((p) => p.reporter === 'CHN' && p.partner === 'CAN')).toMatchObject({ firstYear: 1961, lastYear: 2025 });
		// Every IMF reporter: some 230 economies and groups.
		expect(new Set(pairs.map((p) => p.reporter)).size).toBeGreaterThanOrEqual(220);
	});

	it('value, share, change and index agree with each other', async () => {
		const at = async (measure: ExploreInput['measure'], partner: string, year: number) =>
			(await runQuery(engine, exploreSeries, view({ measure, base: 2015 }))).find((r) => r.partner === partner && r.year === year)?.value;
		const v2019 = (await at('value', 'CHN', 2019)) as number;
		const v2018 = (await at('value', 'CHN', 2018)) as number;
		const v2015 = (await at('value', 'CHN', 2015)) as number;
		expect(v2019 / 1e9).toBeCloseTo(17.43, 2);
		expect(await at('change', 'CHN', 2019)).toBeCloseTo(100 * (v2019 / v2018 - 1), 9);
		expect(await at('index', 'CHN', 2019)).toBeCloseTo((100 * v2019) / v2015, 9);
		expect(await at('share', 'USA', 2019)).toBeCloseTo(75.7, 1);
	});

	it('mirror: what China reports of its imports from Canada, as Canada’s exports', async () => {
		const rows = await runQuery(engine, exploreSeries, view({ partners: ['CHN'], side: 'partner' }));
		expect(rows.find((r) => r.year === 2025)?.value).toBe(41_700_000_000);
	});

	it('ranking: the latest year with figures, largest partner first, aggregates left out of the chart', async () => {
		const input = { reporter: 'CAN', flow: 'exports', side: 'reporter', year: 2025 } as const;
		const rows = await runQuery(engine, partnerRanking, input);
		expect(rows[0]).toMatchObject({ partner: 'WLD', year: 2020 });
		expect(rows.length).toBeGreaterThan(200);
		const chart = rankingChart(rows, input);
		expect(chart.title).toBe('Canada’s export markets, 2020');
		// Groups (the world, the EU, advanced economies…) are in the rows but never in the chart.
		expect(rows.slice(0, 4).map((r) => r.partner)).toEqual(['WLD', 'XAD', 'USA', 'XEM']);
		expect(chart.table.rows.slice(0, 2).map((r) => r.partner)).toEqual(['United States', 'China']);
		const ids = chart.treemap.cells.map((c) => c.id);
		expect(ids.slice(0, 1)).toEqual(['USA']);
		expect(ids).toContain('CHN');
		expect(ids.filter((id) => id === 'WLD' || /^X/.test(id))).toEqual([]);
		expect([chart.treemap.width, chart.treemap.height]).toEqual([720, 320]);
		const narrow = rankingChart(rows, input, 320).treemap;
		expect([narrow.width, narrow.height]).toEqual([320, 240]);
		expect(Math.max(...narrow.cells.map((c) => c.x + c.width))).toBeLessThanOrEqual(320);
		const mirror = await runQuery(engine, partnerRanking, { ...input, side: 'partner' });
		expect(mirror).toEqual([{ partner: 'CHN', usd: 41_700_000_000, year: 2025 }]);
	});

	it('refuses bad input before any SQL runs', async () => {
		await expect(runQuery(engine, exploreSeries, view({ reporter: "CAN'; DROP TABLE x; --" }))).rejects.toThrow('reporter must be a known three-letter country or economy code');
		await expect(runQuery(engine, exploreSeries, view({ partners: [] }))).rejects.toThrow('choose from 1 to 6 partners, got 0');
		await expect(runQuery(engine, exploreSeries, view({ measure: 'share', side: 'partner' }))).rejects.toThrow('needs the reporter’s own figures');
	});
});

describe('explore URL state', () => {
	const choices: ExploreChoices = { reporters: ['CAN', 'CHN'], partners: { CAN: ['CHN', 'USA', 'WLD'], CHN: ['CAN'] }, firstYear: 1980, lastYear: 2025 };
	const defaults = view();

	it('every parameter round-trips: parse(viewParams(v)) is v, with no notice', () => {
		for (const flow of EXPLORE_FLOWS)
			for (const measure of EXPLORE_MEASURES)
				for (const side of EXPLORE_SIDES) {
					if (measure === 'share' && side === 'partner') continue;
					const v = view({ flow, measure, side, partners: ['USA', 'WLD'], from: 1990, to: 2010, base: 1995 });
					const parsed = parseView(viewParams(v), defaults, choices);
					expect(parsed).toEqual({ view: v, notices: [] });
					expect(viewParams(parsed.view).toString()).toBe(viewParams(v).toString());
				}
		const china = view({ reporter: 'CHN', partners: ['CAN'] });
		expect(parseView(new URLSearchParams(viewParams(china).toString()), defaults, choices).view).toEqual(china);
	});

	it('an empty query is the default view', () => {
		expect(parseView(new URLSearchParams(''), defaults, choices)).toEqual({ view: defaults, notices: [] });
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
		['partners=XXX', 'No data for partner "XXX" of CAN: left out.']
	])('hostile or unknown %s: a notice, and the default stands', (query, notice) => {
		const parsed = parseView(new URLSearchParams(query), defaults, choices);
		expect(parsed.notices).toContain(notice);
		expect(() => exploreSeries.params(parsed.view)).not.toThrow();
	});

	it('a very long parameter is cut short in the notice', () => {
		const parsed = parseView(new URLSearchParams({ reporter: 'A'.repeat(10_000) }), defaults, choices);
		expect(parsed.notices[0].length).toBeLessThan(120);
	});
});

describe('the choices as the page carries them', () => {
	it('pack to a bit set per economy and unpack to the same lists', () => {
		const choices = { reporters: ['CAN', 'CHN'], partners: { CAN: ['CHN', 'USA', 'WLD'], CHN: ['CAN', 'WLD'], USA: ['CAN'], WLD: ['CAN', 'CHN'] }, firstYear: 1960, lastYear: 2025 };
		const packed = packChoices(choices);
		expect(packed.codes).toEqual(['CAN', 'CHN', 'USA', 'WLD']);
		expect(packed.partners).toEqual({ CAN: '0e', CHN: '09', USA: '01', WLD: '03' });
		expect(unpackChoices(packed)).toEqual(choices);
	});
});
