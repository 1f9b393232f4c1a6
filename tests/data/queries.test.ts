/** Each query of src/lib/data, run in Node on the Parquet that `npm run data` built. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/lib/data/engine';
import { NodeEngine } from '../../src/lib/data/node-engine';
import {
	allFigures,
	allSources,
	bilateralTrade,
	canolaExports,
	checkYear,
	exportShares,
	publicOpinion,
	tariffEvents
} from '../../src/lib/data/queries';
import { conflictGroups } from '../../src/lib/story/ledger';
import { ROOT } from '../helpers/project';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await NodeEngine.open(join(ROOT, 'static', 'data'));
});
afterAll(() => engine.close());

describe('queries on the built data', () => {
	it('bilateral-trade: both sides of Canada–China trade, with the 2025 Chinese customs figure', async () => {
		const rows = await runQuery(engine, bilateralTrade, { from: 1980, to: 2025, side: 'both' });
		const cnImports = rows.filter((r) => r.reporter === 'CHN' && r.flow === 'imports');
		expect(cnImports.at(-1)).toMatchObject({ year: 2025, value: 41_700_000_000, valuation: 'CIF' });
		const caExports2019 = rows.find((r) => r.reporter === 'CAN' && r.flow === 'exports' && r.year === 2019)!;
		expect(caExports2019.value / 1e9).toBeCloseTo(17.43, 2);
		expect(typeof caExports2019.year).toBe('number');
	});

	it('export-dependence: 2024 shares from Statistics Canada, about 76% and under 4%', async () => {
		const rows = await runQuery(engine, exportShares, { from: 2019, to: 2025 });
		const s2024 = rows.find((r) => r.year === 2024 && r.sourceId === 'statcan_cimt')!;
		expect(s2024.shareUsa).toBeCloseTo(76.3, 1);
		expect(s2024.shareChn).toBeCloseTo(3.84, 2);
		expect(s2024.shareUsa + s2024.shareChn + s2024.shareRest).toBeCloseTo(100, 6);
		expect(rows.find((r) => r.year === 2019 && r.sourceId === 'imf_dots')!.shareUsa).toBeCloseTo(75.7, 1);
	});

	it('public-opinion: the 2024→2025 reversal', async () => {
		const rows = await runQuery(engine, publicOpinion, undefined);
		const at = (target: string, year: number) => rows.find((r) => r.target === target && r.year === year)!.pctFavourable;
		expect([at('CHN', 2024), at('CHN', 2025), at('USA', 2024), at('USA', 2025)]).toEqual([21, 34, 54, 34]);
	});

	it('tariff-timeline: dates as ISO text, rates as numbers', async () => {
		const rows = await runQuery(engine, tariffEvents, undefined);
		expect(rows[0]).toMatchObject({ date: '2024-09-09', productGroup: 'canola_seed', ratePct: null });
		expect(rows.find((r) => r.measureKind === 'anti_dumping_deposit')).toMatchObject({ date: '2025-08-14', ratePct: 75.8 });
	});

	it('bilateral-trade: one side only', async () => {
		const rows = await runQuery(engine, bilateralTrade, { from: 2000, to: 2025, side: 'CHN' });
		expect(new Set(rows.map((r) => r.reporter))).toEqual(new Set(['CHN']));
		expect(Math.min(...rows.map((r) => r.year))).toBe(2000);
	});

	it('canola-exports: seed, oil and meal to all partners at the finest frequency held', async () => {
		const rows = await runQuery(engine, canolaExports, undefined);
		expect(new Set(rows.map((r) => r.product))).toEqual(new Set(['seed', 'oil', 'meal']));
		const frequencies = new Set(rows.map((r) => r.frequency));
		expect(frequencies.size).toBe(1);
		const seed = rows.filter((r) => r.product === 'seed');
		expect(seed[0]).toMatchObject({ periodStart: seed[0].periodStart, currency: 'CAD', sourceId: 'statcan_cimt' });
		if (frequencies.has('quarter')) expect(seed.find((r) => r.periodStart === '2024-01-01')?.value).toBe(1_000_979_393);
	});

	it('figures and sources: the ledger, with related figures that disagree grouped', async () => {
		const figures = await runQuery(engine, allFigures, undefined);
		expect(figures).toHaveLength(135);
		expect(figures.find((f) => f.figureId === 'cn-imports-from-ca-2025-value')).toMatchObject({
			value: 41_700_000_000,
			unit: 'USD',
			qualifier: 'exact'
		});
		const groups = conflictGroups(figures).map((g) => g.map((f) => f.figureId));
		expect(groups.some((g) => g.includes('ca-exports-share-chn-2024') && g.includes('ca-mfg-exports-share-chn-003'))).toBe(true);
		const sources = await runQuery(engine, allSources, undefined);
		expect(sources.find((s) => s.sourceId === 'statcan_cimt')?.attribution).toMatch(/^Source: Statistics Canada/);
	});

	it('refuses bad parameters with a message, before any SQL runs', async () => {
		expect(() => checkYear('from', 1e9)).toThrow('from must be a whole year from 1900 to 2100, got 1000000000');
		await expect(runQuery(engine, bilateralTrade, { from: 2020, to: 2010, side: 'both' })).rejects.toThrow(
			'to (2010) must not be before from (2020)'
		);
		await expect(runQuery(engine, exportShares, { from: Number.NaN, to: 2020 })).rejects.toThrow('from must be a whole year');
		await expect(runQuery(engine, bilateralTrade, { from: 2000, to: 2010, side: "CAN' OR 1=1 --" as never })).rejects.toThrow(
			'side must be one of both, CAN, CHN, got "CAN\' OR 1=1 --"'
		);
	});
});
