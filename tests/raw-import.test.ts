/** The official raw tables of ../shared/data/raw, imported for real (skipped where that directory is absent). */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildData, type BuildResult } from '../scripts/lib/build';
import { SHARED_RAW, hasSharedRaw, scratchProject } from './helpers/project';

describe.runIf(hasSharedRaw)('import of the real raw tables', () => {
	let result: BuildResult;
	let out: string;
	let db: DuckDBConnection;
	const table = (name: string) => `read_parquet('${join(out, `${name}.parquet`)}')`;
	const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];

	beforeAll(async () => {
		const scratch = await scratchProject();
		out = join(scratch.root, 'out');
		result = await buildData({ root: scratch.root, rawDir: SHARED_RAW, outDir: out });
		db = await (await DuckDBInstance.create()).connect();
	}, 600_000);

	it('passes every check, the reference series agreeing with the raw tables', () => {
		expect(result.problems).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('reads all 2,599,769 IMF rows, drops the 18,752 identical repeats, keeps the rest', async () => {
		const imf = result.manifest!.raw.find((r) => r.file.startsWith('imf_dots'))!;
		expect(imf.rows_read).toBe(2_599_769);
		expect(imf.identical_repeats_dropped).toBe(18_752);
		expect(imf.sha256.startsWith('8e18eb8cd1281c73')).toBe(true);
		const [{ n }] = await rows(`SELECT count(*)::INT AS n FROM ${table('trade_annual')} WHERE source_id = 'imf_dots'`);
		expect(n).toBe(2_599_769 - 18_752);
	});

	it('converts names, units and flows: Canada→China 2019 and China←Canada 2020 as IMF publishes them', async () => {
		const r = await rows(
			`SELECT reporter, partner, flow, valuation, year::INT AS year, value FROM ${table('trade_annual')}
			 WHERE source_id = 'imf_dots' AND ((reporter = 'CAN' AND partner = 'CHN' AND flow = 'exports' AND year = 2019)
			    OR (reporter = 'CHN' AND partner = 'CAN' AND flow = 'imports' AND year = 2020)) ORDER BY reporter`
		);
		expect(r).toEqual([
			{ reporter: 'CAN', partner: 'CHN', flow: 'exports', valuation: 'FOB', year: 2019, value: 17_434_671_974 },
			{ reporter: 'CHN', partner: 'CAN', flow: 'imports', valuation: 'CIF', year: 2020, value: 21_873_151_660 }
		]);
	});

	it('covers every reporter, with codes for all of them', async () => {
		const [r] = await rows(`SELECT count(DISTINCT reporter)::INT AS reporters, count(DISTINCT partner)::INT AS partners FROM ${table('trade_annual')}`);
		expect(r.reporters).toBeGreaterThanOrEqual(230);
		expect(r.partners).toBeGreaterThanOrEqual(240);
	});

	it('gives the US share of Canada’s exports in 2019 as about 75.7% (IMF)', async () => {
		const [r] = await rows(
			`SELECT 100 * sum(value) FILTER (partner = 'USA') / sum(value) FILTER (partner = 'WLD') AS usa
			 FROM ${table('trade_annual')} WHERE reporter = 'CAN' AND flow = 'exports' AND year = 2019 AND source_id = 'imf_dots'`
		);
		expect(Number(r.usa)).toBeCloseTo(75.7, 1);
	});

	it('imports the StatCan, Pew and tariff tables whole', async () => {
		const counts = Object.fromEntries(result.manifest!.tables.map((t) => [t.name, t.rows]));
		expect(counts.trade_monthly).toBe(6158 * 2);
		expect(counts.trade_products).toBe(2800 + 36);
		expect(counts.opinion).toBe(1047);
		expect(counts.tariff_events).toBe(9);
		const [r] = await rows(
			`SELECT sum(value) AS v FROM ${table('trade_monthly')} WHERE partner = 'CHN' AND flow = 'exports' AND year(period_start) = 2025`
		);
		expect(Number(r.v) / 1e9).toBeCloseTo(34.42, 2);
	});
});
