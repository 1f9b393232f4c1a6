/**
 * The official tables of data/raw as `npm run data` published them in static/data: every file read,
 * its rows converted as its publisher means them, checked against figures the publishers print.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Manifest } from '../../src/lib/schema/manifest';
import { ROOT } from '../helpers/project';

const DATA = join(ROOT, 'static', 'data');
let db: DuckDBConnection;
let manifest: Manifest;
const table = (name: string) => `read_parquet('${join(DATA, `${name}.parquet`)}')`;
const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];

beforeAll(async () => {
	if (!existsSync(join(DATA, 'manifest.json'))) throw new Error('static/data is not built: run npm run data first (npm test does)');
	manifest = JSON.parse(await readFile(join(DATA, 'manifest.json'), 'utf8')) as Manifest;
	db = await (await DuckDBInstance.create()).connect();
});

describe('the official tables, as published from data/raw', () => {
	it('lists every raw file with its checksum, source, licence and attribution', async () => {
		const files = manifest.raw.map((r) => r.file).sort();
		expect(files).toEqual([
			'cimt_partner_monthly_2024_2026.csv',
			'cimt_top100_hs10_monthly_2024_2026.csv',
			'country_codes.csv',
			'hs2022_names_en.csv',
			'hs_sections_en.csv',
			'imf_dots_bilateral_annual_1960_2020.csv.gz',
			'pew_favourability_us_china_by_country_2002_2025.csv',
			'us_census_partner_1985_2025.csv',
			'wb_income_groups_fy2025.csv'
		]);
		// The first 16 hex digits of each file's SHA-256 as its provenance note gives them.
		const expected: Record<string, string> = {
			'imf_dots_bilateral_annual_1960_2020.csv.gz': '8e18eb8cd1281c73',
			'cimt_partner_monthly_2024_2026.csv': 'e08f180b5872a4d0',
			'cimt_top100_hs10_monthly_2024_2026.csv': '50e6bba56cf28a48',
			'pew_favourability_us_china_by_country_2002_2025.csv': '94ffe5471e1b27da',
			'us_census_partner_1985_2025.csv': '04f549b1d6e0b1fc',
			'country_codes.csv': '67b009b529330b0a',
			'wb_income_groups_fy2025.csv': '02b8acff7a0f0c53',
			'hs2022_names_en.csv': 'e77ee9e1cfd15a42',
			'hs_sections_en.csv': '96313884a3c7ef51'
		};
		for (const r of manifest.raw) {
			expect(r.sha256.slice(0, 16), r.file).toBe(expected[r.file]);
			expect(r.source_id, r.file).toBeTruthy();
			expect(r.licence, r.file).toBeTruthy();
			expect(r.attribution, r.file).toMatch(/^Source: /);
		}
		expect(manifest.raw.find((r) => r.file.startsWith('pew'))!.licence).toMatch(/non-commercial/);
	});

	it('reads all 2,599,769 IMF rows, drops the 18,752 identical repeats, keeps the rest', async () => {
		const imf = manifest.raw.find((r) => r.file.startsWith('imf_dots'))!;
		expect(imf.rows_read).toBe(2_599_769);
		expect(imf.identical_repeats_dropped).toBe(18_752);
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

	it('covers every IMF reporter and partner', async () => {
		const [r] = await rows(
			`SELECT count(DISTINCT reporter)::INT AS reporters, count(DISTINCT partner)::INT AS partners FROM ${table('trade_annual')}`
		);
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

	it('imports the StatCan and Pew tables whole, and Canada’s 2025 exports to China sum to C$34.4 billion', async () => {
		const counts = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
		expect(counts.trade_products).toBe(2800 + 36);
		expect(counts.opinion).toBe(1047);
		const [{ n }] = await rows(`SELECT count(*)::INT AS n FROM ${table('trade_monthly')} WHERE source_id = 'statcan_cimt'`);
		expect(n).toBe(6158 * 2);
		const [r] = await rows(
			`SELECT sum(value) AS v FROM ${table('trade_monthly')} WHERE reporter = 'CAN' AND partner = 'CHN' AND flow = 'exports' AND year(period_start) = 2025`
		);
		expect(Number(r.v) / 1e9).toBeCloseTo(34.42, 2);
	});

	it('gives StatCan’s years 2024–2026 as annual rows, 2026 marked as four months', async () => {
		const r = await rows(
			`SELECT year::INT AS year, months::INT AS months, CAST(period_end AS VARCHAR) AS period_end FROM ${table('trade_annual')}
			 WHERE source_id = 'statcan_cimt' AND reporter = 'CAN' AND partner = 'CHN' AND flow = 'exports' ORDER BY year`
		);
		expect(r).toEqual([
			{ year: 2024, months: 12, period_end: '2024-12-31' },
			{ year: 2025, months: 12, period_end: '2025-12-31' },
			{ year: 2026, months: 4, period_end: '2026-04-30' }
		]);
		// Months are the series' own: a partner without trade in some months still has a full year.
		const short = await rows(
			`SELECT source_id, year::INT AS year, months::INT AS months, count(*)::INT AS n FROM ${table('trade_annual')}
			 WHERE source_id IN ('statcan_cimt', 'us_census_trade') AND months < 12 GROUP BY ALL ORDER BY ALL`
		);
		expect(short.map((r) => [r.source_id, r.year, r.months])).toEqual([
			['statcan_cimt', 2026, 4],
			['us_census_trade', 2025, 2]
		]);
	});

	it('gives the US Census figures the bureau prints: 2024 and 2020 trade with Canada and China, in US$ millions', async () => {
		const r = await rows(
			`SELECT partner, year::INT AS year, flow, round(value / 1e6, 1) AS m, months::INT AS months FROM ${table('trade_annual')}
			 WHERE source_id = 'us_census_trade' AND reporter = 'USA' AND ((partner = 'CAN' AND year IN (2020, 2024)) OR (partner = 'CHN' AND year = 2024))
			 ORDER BY partner, year, flow`
		);
		expect(r).toEqual([
			{ partner: 'CAN', year: 2020, flow: 'exports', m: 256_212.3, months: 12 },
			{ partner: 'CAN', year: 2020, flow: 'imports', m: 270_025.5, months: 12 },
			{ partner: 'CAN', year: 2024, flow: 'exports', m: 349_359.9, months: 12 },
			{ partner: 'CAN', year: 2024, flow: 'imports', m: 412_695.7, months: 12 },
			{ partner: 'CHN', year: 2024, flow: 'exports', m: 143_545.7, months: 12 },
			{ partner: 'CHN', year: 2024, flow: 'imports', m: 438_947.4, months: 12 }
		]);
	});

	it('marks the US Census 2025 as two months, never a full year, and leaves out its groupings', async () => {
		const [y] = await rows(
			`SELECT min(months)::INT AS lo, max(months)::INT AS hi, count(*)::INT AS n FROM ${table('trade_annual')} WHERE source_id = 'us_census_trade' AND year = 2025`
		);
		expect(y).toEqual({ lo: 2, hi: 2, n: expect.any(Number) });
		expect(y.n).toBeGreaterThan(400);
		const [g] = await rows(
			`SELECT count(DISTINCT partner)::INT AS n FROM ${table('trade_monthly')} WHERE source_id = 'us_census_trade' AND partner LIKE 'X%' AND partner <> 'XKX'`
		);
		expect(g.n).toBeLessThanOrEqual(2);
	});

	it('has a countries row for every code any table uses, with names in three languages and income groups', async () => {
		const [missing] = await rows(
			`SELECT count(*)::INT AS n FROM (SELECT reporter AS code FROM ${table('trade_annual')} UNION SELECT partner FROM ${table('trade_annual')}
			   UNION SELECT partner FROM ${table('trade_monthly')}) u WHERE code NOT IN (SELECT code FROM ${table('countries')})`
		);
		expect(missing.n).toBe(0);
		const r = await rows(
			`SELECT code, alpha2, m49_region, income_group, name_en, name_fr, name_zh, is_aggregate, is_former FROM ${table('countries')}
			 WHERE code IN ('CAN', 'CHN', 'SUN', 'WLD') ORDER BY code`
		);
		expect(r).toEqual([
			{
				code: 'CAN',
				alpha2: 'CA',
				m49_region: 'Americas',
				income_group: 'High income',
				name_en: 'Canada',
				name_fr: 'Canada',
				name_zh: '加拿大',
				is_aggregate: false,
				is_former: false
			},
			{
				code: 'CHN',
				alpha2: 'CN',
				m49_region: 'Asia',
				income_group: 'Upper middle income',
				name_en: 'China',
				name_fr: 'Chine',
				name_zh: '中国',
				is_aggregate: false,
				is_former: false
			},
			{
				code: 'SUN',
				alpha2: null,
				m49_region: null,
				income_group: null,
				name_en: 'USSR',
				name_fr: 'URSS',
				name_zh: null,
				is_aggregate: false,
				is_former: true
			},
			{
				code: 'WLD',
				alpha2: null,
				m49_region: null,
				income_group: null,
				name_en: 'World',
				name_fr: 'Monde',
				name_zh: null,
				is_aggregate: true,
				is_former: false
			}
		]);
	});

	it('has the HS 2022 nomenclature: 21 sections, 97 chapters, 1,229 headings, 5,613 subheadings, each with its parent', async () => {
		const r = await rows(`SELECT level, count(*)::INT AS n FROM ${table('products')} GROUP BY level ORDER BY level`);
		expect(r).toEqual([
			{ level: 'chapter', n: 97 },
			{ level: 'heading', n: 1229 },
			{ level: 'section', n: 21 },
			{ level: 'subheading', n: 5613 }
		]);
		const [orphans] = await rows(
			`SELECT count(*)::INT AS n FROM ${table('products')} WHERE parent IS NOT NULL AND parent NOT IN (SELECT code FROM ${table('products')})`
		);
		expect(orphans.n).toBe(0);
		const [canola] = await rows(`SELECT parent, section FROM ${table('products')} WHERE code = '120510'`);
		expect(canola).toEqual({ parent: '1205', section: 'II' });
		const [unspecified] = await rows(`SELECT parent, section FROM ${table('products')} WHERE code = '99'`);
		expect(unspecified).toEqual({ parent: null, section: null });
	});

	it('writes trade_annual Hive-partitioned, and DuckDB reads it back as the whole table', async () => {
		const hive = manifest.tables.find((t) => t.name === 'trade_annual')!.hive!;
		expect(hive.column).toBe('reporter');
		expect(hive.files).toBeGreaterThanOrEqual(230);
		const cols = 'reporter, partner, flow, year, value, months, source_id';
		const [diff] = await rows(
			`SELECT count(*)::INT AS n FROM (
			   (SELECT ${cols} FROM read_parquet('${join(DATA, 'trade_annual', 'reporter=*', '*.parquet')}', hive_partitioning = true)
			    EXCEPT ALL SELECT ${cols} FROM ${table('trade_annual')})
			   UNION ALL
			   (SELECT ${cols} FROM ${table('trade_annual')}
			    EXCEPT ALL SELECT ${cols} FROM read_parquet('${join(DATA, 'trade_annual', 'reporter=*', '*.parquet')}', hive_partitioning = true)))`
		);
		expect(diff.n).toBe(0);
		const [{ n }] = await rows(
			`SELECT count(*)::INT AS n FROM read_parquet('${join(DATA, 'trade_annual', 'reporter=*', '*.parquet')}', hive_partitioning = true)`
		);
		expect(n).toBe(manifest.tables.find((t) => t.name === 'trade_annual')!.rows);
	});
});
