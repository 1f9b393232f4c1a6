import { describe, expect, it } from 'vitest';
import { exploreView } from '../../src/lib/explore/explore-view';
import type { IndicatorRow, PartnerMeasureRow } from '../../src/lib/data/indicator-queries';
import { atlasCells, atlasQuestion, cellsByYear, yearExtent } from '../../src/lib/explore/atlas-values';
import { filterRows, NO_FILTER, tableRows, tableYears, type Economy } from '../../src/lib/explore/atlas-table';
import { atlasTitle, cellText } from '../../src/lib/explore/atlas-format';
import { ENGLISH, lang } from '../../src/lib/i18n/lang';
import { atlasRecords } from '../../src/lib/explore/view-export';

const FRENCH = lang('fr');

/** One partner's measures for three economies over three years, as the query returns them. */
const measure = (reporter: string, year: number, value: number | null, months = 12): PartnerMeasureRow =>
	({
		reporter,
		year,
		value,
		share: value === null ? null : value / 10,
		mirror: value === null ? 50 : value * 1.1,
		gap: null,
		gapPct: value === null ? null : -9.1,
		valuation: 'fob',
		mirrorValuation: 'cif',
		rank: 1,
		partnerCount: 100,
		months,
		mirrorMonths: 12,
		sourceId: 'imf_dots',
		mirrorSourceId: 'imf_dots'
	}) as PartnerMeasureRow;

const rows = [
	measure('CAN', 2018, 100),
	measure('CAN', 2019, 110),
	measure('CAN', 2020, 99),
	measure('MEX', 2019, 20),
	measure('MEX', 2020, 30),
	measure('USA', 2020, 5, 2),
	measure('DEU', 2020, null)
];

const economies = new Map<string, Economy>([
	['CAN', { code: 'CAN', name: 'Canada', region: 'NAC', income: 'HIC', aggregate: false }],
	['MEX', { code: 'MEX', name: 'Mexico', region: 'LAC', income: 'UMC', aggregate: false }],
	['USA', { code: 'USA', name: 'United States', region: 'NAC', income: 'HIC', aggregate: false }],
	['DEU', { code: 'DEU', name: 'Germany', region: 'ECA', income: 'HIC', aggregate: false }],
	['CIV', { code: 'CIV', name: 'Côte d’Ivoire', region: 'SSA', income: 'LMC', aggregate: false }]
]);

describe('the map and table figures', () => {
	it('a change compares full years; an index its base year; a share and a gap are the query’s', () => {
		const byYear = (m: Parameters<typeof exploreView>[0]) => cellsByYear(atlasCells(exploreView(m), { partner: rows }));
		const change = byYear({ measure: 'change' });
		expect(change.get(2019)?.get('CAN')?.value).toBeCloseTo(10);
		expect(change.get(2020)?.get('CAN')?.value).toBeCloseTo(-10);
		expect(change.get(2019)?.get('MEX')?.value).toBeNull();
		// Two months are not a year: no change, though the value is there.
		expect(change.get(2020)?.get('USA')?.value).toBeNull();
		expect(byYear({ measure: 'index', base: 2018 }).get(2020)?.get('CAN')?.value).toBeCloseTo(99);
		expect(byYear({ measure: 'share' }).get(2020)?.get('MEX')?.value).toBe(3);
		expect(byYear({ measure: 'gap' }).get(2020)?.get('CAN')?.value).toBe(-9.1);
		// As the partner reports it: the mirror figure.
		expect(byYear({ side: 'partner' }).get(2020)?.get('DEU')?.value).toBe(50);
	});

	it('indicators come from their own rows, whatever the partner', () => {
		const indicators = [
			{ reporter: 'CAN', year: 2020, topPartner: 'USA', topShare: 73.4, hhi: 5432, partners80: 3, months: 12, sourceId: 'imf_dots' }
		] as IndicatorRow[];
		const top = cellsByYear(atlasCells(exploreView({ measure: 'top' }), { indicators }));
		expect(top.get(2020)?.get('CAN')).toMatchObject({ value: 73.4, category: 'USA' });
		expect(cellText(exploreView({ measure: 'top' }), top.get(2020)?.get('CAN'), ENGLISH)).toBe('United States (73.4%)');
		expect(atlasQuestion(exploreView({ measure: 'hhi', partners: ['CHN'] })).key).toBe(
			atlasQuestion(exploreView({ measure: 'n80', partners: ['USA'] })).key
		);
		expect(atlasQuestion(exploreView({ measure: 'share', partners: ['CHN'] })).key).not.toBe(
			atlasQuestion(exploreView({ measure: 'share', partners: ['USA'] })).key
		);
	});

	it('a year not finished says its months; a missing figure says so', () => {
		const v = exploreView();
		const cells = cellsByYear(atlasCells(v, { partner: rows }));
		expect(cellText(v, cells.get(2020)?.get('USA'), ENGLISH)).toBe('US$5 (2 months)');
		expect(cellText(v, undefined, FRENCH)).toBe(FRENCH.t('frame.no.data'));
		expect(yearExtent(cells)).toEqual([2018, 2020]);
	});

	it('titles name the measure, the partner and the period, in both languages', () => {
		expect(atlasTitle(exploreView({ measure: 'share' }), [2000], ENGLISH)).toBe('China’s share of each economy’s exports, 2000');
		expect(atlasTitle(exploreView({ measure: 'top' }), [2000, 2001, 2002], FRENCH)).toBe(
			'Premier marché d’exportation de chaque économie, 2000–2002'
		);
	});
});

describe('the table of every economy', () => {
	const byYear = cellsByYear(atlasCells(exploreView(), { partner: rows }));
	const compare = new Intl.Collator('en').compare;
	const all = tableRows(economies, byYear, [2019, 2020]);

	it('lists each economy with a figure in the years shown, once', () => {
		expect(all.map((r) => r.economy.code).sort()).toEqual(['CAN', 'MEX', 'USA']);
		expect(tableYears('year', 2020, 1990, 2020, [2018, 2020])).toEqual([2020]);
		expect(tableYears('span', 2020, 1990, 2020, [2018, 2020])).toEqual([2018, 2019, 2020]);
	});

	it('searches several names at once, without accents, and filters by region and income group', () => {
		const find = (over: Partial<typeof NO_FILTER>) =>
			filterRows(all, [2019, 2020], { ...NO_FILTER, ...over }, compare, (c) => c).map((r) => r.economy.code);
		expect(find({ search: 'mexico, canada' })).toEqual(['CAN', 'MEX']);
		expect(find({ search: 'MEX' })).toEqual(['MEX']);
		expect(find({ region: 'NAC' })).toEqual(['CAN', 'USA']);
		expect(find({ income: 'UMC' })).toEqual(['MEX']);
		expect(find({ search: 'nowhere' })).toEqual([]);
		const accents = tableRows(economies, cellsByYear(atlasCells(exploreView(), { partner: [measure('CIV', 2020, 1)] })), [2020]);
		expect(filterRows(accents, [2020], { ...NO_FILTER, search: 'cote' }, compare, (c) => c)).toHaveLength(1);
	});

	it('sorts by a year’s figures either way, economies without one last', () => {
		const sorted = (descending: boolean) =>
			filterRows(all, [2019, 2020], { ...NO_FILTER, sort: 'y2019', descending }, compare, (c) => c).map((r) => r.economy.code);
		expect(sorted(true)).toEqual(['CAN', 'MEX', 'USA']);
		expect(sorted(false)).toEqual(['MEX', 'CAN', 'USA']);
	});

	it('downloads every economy’s figure for the years shown', () => {
		const records = atlasRecords(exploreView({ tab: 'table' }), byYear, [2020]);
		expect(records.map((r) => [r.reporter, r.partner, r.year, r.value])).toEqual([
			['CAN', 'CHN', 2020, 99],
			['MEX', 'CHN', 2020, 30],
			['USA', 'CHN', 2020, 5]
		]);
	});
});
