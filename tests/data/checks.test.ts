/** The consistency checks that run with every build fail it when the figures or series disagree. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build';
import { halfStep, roundingOf, satisfies } from '../../src/lib/schema/qualifiers';
import { allFixtures, PEW } from '../fixtures/raw';
import { appendLine, builtScratch, expectFailure, rawDir, replaceInFile, scratchProject } from '../helpers/project';

async function failsWith(mutate: (root: string) => Promise<void>, expected: string, raw?: Record<string, string>) {
	const s = await builtScratch();
	await mutate(s.root);
	await expectFailure(s, [expected], raw ? await rawDir(raw) : undefined);
}

describe('consistency checks', () => {
	it('a change and its level imply the previous year: −10.4% to US$41.7B gives about US$46.5B', async () => {
		const { root } = await scratchProject();
		const result = await buildData({ root, outDir: join(root, 'out') });
		const level = result.impliedLevels.find((l) => l.figureId === 'cn-imports-from-ca-2025-change')!;
		expect(level.impliedPrevious / 1e9).toBeCloseTo(46.54, 2);
		expect(level.series).toBe(46_600_000_000);
	});

	it('fails when the change no longer matches the levels', async () => {
		await failsWith(
			(root) => replaceInFile(join(root, 'data', 'figures.csv'), ',-10.4,pct,', ',-20.4,pct,'),
			'expected a change consistent with its level: 4.1700e+10 after -20.4% implies 5.2387e+10 a year earlier, but the series has 4.6600e+10'
		);
	});

	it('fails when shares of one total exceed 100%', async () => {
		await failsWith(
			(root) =>
				appendLine(
					join(root, 'data', 'figures.csv'),
					'test-share,A test share.,export_share,CAN,MEX,exports,,all_goods,2024-01-01,2024-12-31,30,pct,about,reported,002_7109dec6f37f90db,¶19,4%,,'
				),
			'expected shares of one whole adding to at most 100 (ca-exports-share-chn-2024, ca-exports-share-usa-2024, test-share)'
		);
	});

	it('fails when a quoted share contradicts the official series', async () => {
		await failsWith(
			(root) =>
				replaceInFile(
					join(root, 'data', 'reference', 'trade_annual.csv'),
					'CAN,USA,exports,2024,2024-01-01,2024-12-31,595938794151',
					'CAN,USA,exports,2024,2024-01-01,2024-12-31,695938794151'
				),
			'a share consistent with statcan_cimt, which gives 89.132%'
		);
	});

	it('fails when a reference series disagrees with the raw table it copies', async () => {
		const pew =
			`${allFixtures[PEW]}\n"CAN",2025,"CHN",40,,,,"Pew Research Center Global Attitudes spring 2025 as reported in news ` +
			`coverage (shared/articles/003; see SOURCES.md); integers as published"`;
		await failsWith(
			async () => {},
			'data/reference/opinion.csv:15: field "pct_favourable": got "34", expected 40 as in raw/pew_favourability_us_china_by_country_2002_2025.csv:4 (reference series must agree with the raw table)',
			{ ...allFixtures, [PEW]: pew }
		);
	});
});

describe('qualifiers: the sign of the value gives the direction, the qualifier bounds the size', () => {
	it('reads "fell more than 10%" (-10, more_than) as a change of -10% or below', () => {
		expect(satisfies('more_than', -10, -10.5, 1)).toBe(true);
		expect(satisfies('more_than', -10, -10, 1)).toBe(true);
		expect(satisfies('more_than', -10, -9, 1)).toBe(false);
		expect(satisfies('more_than', -10, 12, 1)).toBe(false);
		expect(satisfies('at_least', 50, 55, 1)).toBe(true);
	});

	it('reads less_than and up_to as a size from zero to the bound, in the stated direction', () => {
		expect(satisfies('less_than', 4, 3.84, 2.5)).toBe(true);
		expect(satisfies('less_than', 4, 4.2, 2.5)).toBe(false);
		expect(satisfies('less_than', -5, -3, 1)).toBe(true);
		expect(satisfies('less_than', -5, -6, 1)).toBe(false);
		expect(satisfies('less_than', -5, 2, 1)).toBe(false);
		expect(satisfies('up_to', 49_000, 49_000, 0)).toBe(true);
	});

	it('exact allows half a unit of the last digit written, about the margin given', () => {
		expect(halfStep(10.4)).toBe(0.05);
		expect(halfStep(75)).toBe(0.5);
		expect(satisfies('exact', -10.4, -10.44, 1)).toBe(true);
		expect(satisfies('exact', -10.4, -10.5, 1)).toBe(false);
		expect(satisfies('about', 75, 76.3, 2.5)).toBe(true);
		expect(satisfies('about', 75, 78, 2.5)).toBe(false);
		expect(satisfies('roughly', 75, 75, 2.5)).toBe(false);
	});

	it('an interval agrees when some value in it does: levels rounded as published', () => {
		expect(roundingOf(46_600_000_000)).toBe(50_000_000);
		expect(roundingOf(30_003_253_086)).toBe(0.5);
		const cn: [number, number] = [100 * (41.65 / 46.65 - 1), 100 * (41.75 / 46.55 - 1)];
		expect(satisfies('exact', -10.4, cn, 1)).toBe(true);
		expect(satisfies('more_than', -10, cn, 1)).toBe(true);
		expect(satisfies('more_than', -12, cn, 1)).toBe(false);
		expect(satisfies('more_than', 10, cn, 1)).toBe(false);
	});
});

const FIGURES = (root: string) => join(root, 'data', 'figures.csv');
/** A ledger row with the given fields over a valid trade figure of article 003. */
function figureLine(fields: Record<string, string>): string {
	const row: Record<string, string> = {
		figure_id: 'test-figure',
		claim: 'A test claim.',
		measure: 'trade_value',
		reporter: 'CHN',
		partner: 'CAN',
		flow: 'imports',
		product: '',
		scope: 'all_goods',
		period_start: '2025-01-01',
		period_end: '2025-12-31',
		value: '41700000000',
		unit: 'USD',
		qualifier: 'exact',
		status: 'reported',
		source_id: '003_e36e7a4838b9ae9a',
		locator: '¶31',
		as_written: '10%',
		note: '',
		related: '',
		...fields
	};
	return Object.values(row)
		.map((v) => (v.includes(',') ? `"${v}"` : v))
		.join(',');
}

describe('figure checks', () => {
	it('the real ledger passes every check', async () => {
		const { root } = await scratchProject();
		const result = await buildData({ root, outDir: join(root, 'out') });
		expect(result.problems).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it.each([
		['a fall of more than 12%', ',-12,pct,more_than,', '"-12 (more_than)"'],
		['a rise of more than 10%', ',10,pct,more_than,', '"10 (more_than)"']
	])('fails when a change, read through the convention, disagrees with its levels: %s', async (_, to, got) => {
		await failsWith(
			(root) => replaceInFile(FIGURES(root), ',-10,pct,more_than,', to),
			`field "qualifier": got ${got}, expected a change that agrees with its two levels, read with the sign as the direction ` +
				`and the qualifier as a bound on the size: 4.6600e+10 USD (yicai_2025_03_tariffs) to 4.1700e+10 (000_550b9a1c50efe664) ` +
				`is -10.718% to -10.311%`
		);
	});

	it('fails when a share does not say which goods it covers', async () => {
		await failsWith(
			(root) => replaceInFile(FIGURES(root), 'USA,exports,,manufactured_goods,', 'USA,exports,,,'),
			'field "scope": got "", expected a scope (all_goods or manufactured_goods) or a product: which goods this export_share covers'
		);
	});

	it('holds only all-goods shares to the all-goods series: a manufactured-goods share may differ from it', async () => {
		const { root } = await scratchProject();
		await replaceInFile(FIGURES(root), 'manufactured_goods,2024-01-01,2024-12-31,75,', 'manufactured_goods,2024-01-01,2024-12-31,60,');
		expect((await buildData({ root, outDir: join(root, 'out') })).problems).toEqual([]);
	});

	it('fails when two shares of one whole differ without a scope or a linked note to tell them apart', async () => {
		await failsWith(
			(root) =>
				appendLine(
					FIGURES(root),
					figureLine({
						measure: 'export_share',
						reporter: 'CAN',
						partner: 'CHN',
						flow: 'exports',
						period_start: '2024-01-01',
						period_end: '2024-12-31',
						value: '3.5',
						unit: 'pct',
						qualifier: 'about'
					})
				),
			'field "scope": got "all_goods", expected a scope other than that of ca-exports-share-chn-2024 (data/figures.csv:'
		);
	});

	it('fails when a trade figure is not linked to the mirror flow the reference series hold', async () => {
		await failsWith(
			(root) => appendLine(FIGURES(root), figureLine({})),
			'field "related": got "", expected a link to a trade_value figure for the mirror flow, CAN exports to CHN in 2025, which the reference series hold'
		);
	});

	it('fails when a link is not listed on both rows', async () => {
		await failsWith(
			(root) =>
				appendLine(
					FIGURES(root),
					figureLine({ measure: 'import_quota', flow: '', scope: '', value: '5', unit: 'vehicles', related: 'ev-quota-initial' })
				),
			'field "related": got "ev-quota-initial", expected ev-quota-initial (data/figures.csv:'
		);
	});

	it('fails when a rank is stored as a count, or a rank measure has another unit', async () => {
		const s = await builtScratch();
		const rank = { measure: 'count', flow: '', scope: '', value: '2', unit: 'count', as_written: 'second-largest' };
		await appendLine(FIGURES(s.root), figureLine(rank));
		await appendLine(FIGURES(s.root), figureLine({ ...rank, figure_id: 'test-figure-2', measure: 'rank', as_written: 'second' }));
		await expectFailure(s, [
			'field "unit": got "count", expected measure and unit rank: "second-largest" is a place in an order, not a count',
			'field "unit": got "count", expected unit rank for measure rank'
		]);
	});

	it('fails when a locator does not fit its source: ¶N in a dataset, a table row in an article, a row that is not there', async () => {
		const s = await builtScratch();
		const base = { measure: 'population', reporter: 'CAN', partner: '', flow: '', scope: '', value: '1', unit: 'people' };
		await appendLine(FIGURES(s.root), figureLine({ ...base, source_id: 'statcan_cimt', locator: '¶3' }));
		await appendLine(FIGURES(s.root), figureLine({ ...base, figure_id: 'test-figure-2', locator: 'trade_annual[CAN,CHN,exports,2025]' }));
		await appendLine(
			FIGURES(s.root),
			figureLine({ ...base, figure_id: 'test-figure-3', source_id: 'statcan_cimt', locator: 'trade_annual[CAN,CHN,exports,2031]' })
		);
		await expectFailure(s, [
			'field "locator": got "¶3", expected a row as table[key values]: statcan_cimt is a dataset, without paragraphs',
			'field "locator": got "trade_annual[CAN,CHN,exports,2025]", expected ¶ and a paragraph number: 003_e36e7a4838b9ae9a is an article',
			'field "locator": got "trade_annual[CAN,CHN,exports,2031]", expected a row of trade_annual from statcan_cimt with reporter, partner, flow, year = CAN, CHN, exports, 2031'
		]);
	});

	it.each([
		[',34423548366,CAD,', ',35423548366,CAD,', 'field "value": got "35423548366 CAD", expected 34423548366 CAD, as the row holds it'],
		[
			',14.7,pct,exact,',
			',18,pct,exact,',
			'field "value": got "18 (exact)", expected a change consistent with the rows, which give 14.733%'
		]
	])('fails when a dataset figure disagrees with the row it cites (%s)', async (from, to, expected) => {
		await failsWith((root) => replaceInFile(FIGURES(root), from, to), expected);
	});
});
