import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from '../../scripts/lib/build';
import { importRaw } from '../../scripts/lib/import-raw';
import { loadMapping } from '../../scripts/lib/mapping';
import { ProblemLog } from '../../scripts/lib/problems';
import { allFixtures, CENSUS, CIMT_PARTNERS, CIMT_PRODUCTS, IMF, PEW } from '../fixtures/raw';
import { ROOT, rawDir, scratchProject } from '../helpers/project';

const MAPPINGS = join(ROOT, 'data', 'mappings');

async function importFixture(mappingFile: string, rawFile: string) {
	const dir = await rawDir(allFixtures);
	const { loaded, problems } = await loadMapping(join(MAPPINGS, mappingFile), mappingFile, MAPPINGS);
	expect(problems).toEqual([]);
	const log = new ProblemLog();
	const rows: Record<string, unknown>[] = [];
	for await (const { row } of importRaw(loaded!, join(dir, rawFile), rawFile, log)) rows.push(row);
	return { rows, log };
}

describe('importers (one mapping each, on small fixtures)', () => {
	it('IMF DOTS: names to codes, millions to dollars, flows to FOB/CIF, estimates flagged', async () => {
		const { rows, log } = await importFixture('imf_dots.json', IMF);
		expect(log.total).toBe(0);
		expect(rows[0]).toEqual({
			reporter: 'CAN',
			partner: 'CHN',
			flow: 'exports',
			year: 1975,
			period_start: '1975-01-01',
			period_end: '1975-12-31',
			value: 123_500_000,
			currency: 'USD',
			valuation: 'FOB',
			basis: 'customs',
			partner_basis: 'unspecified',
			is_estimate: false,
			months: 12,
			source_id: 'imf_dots'
		});
		expect(rows[2]).toMatchObject({
			reporter: 'CHN',
			partner: 'CAN',
			flow: 'imports',
			valuation: 'CIF',
			value: 130_250_000,
			is_estimate: true
		});
		expect(rows[3]).toMatchObject({ reporter: 'WLD', value: -1_500_000 });
		expect(rows[4]).toMatchObject({ reporter: 'KOR', partner: 'WLD' });
	});

	it('StatCan partners: one row per flow, alpha-2 to alpha-3, months to dates, total left out', async () => {
		const { rows, log } = await importFixture('statcan_cimt_partners.json', CIMT_PARTNERS);
		expect(log.total).toBe(0);
		expect(rows).toHaveLength(6);
		expect(rows[0]).toMatchObject({
			reporter: 'CAN',
			partner: 'USA',
			flow: 'exports',
			value: 500,
			currency: 'CAD',
			partner_basis: 'last_known_destination'
		});
		expect(rows[1]).toMatchObject({ partner: 'USA', flow: 'imports', value: 200, partner_basis: 'origin' });
		expect(rows[4]).toMatchObject({ partner: 'CHN', period_start: '2023-02-01', period_end: '2023-02-28' });
	});

	it('StatCan products: export codes keep exports, import codes keep imports', async () => {
		const { rows, log } = await importFixture('statcan_cimt_products.json', CIMT_PRODUCTS);
		expect(log.total).toBe(0);
		expect(rows.map((r) => [r.product_code, r.flow, r.product_system, r.value])).toEqual([
			['1205.10.20', 'exports', 'ca_export_8', 100],
			['8703.80.00 90', 'imports', 'ca_import_10', 55]
		]);
	});

	it("Pew: Pew's PLS becomes PSE, microdata rows marked as such", async () => {
		const { rows, log } = await importFixture('pew_favourability.json', PEW);
		expect(log.total).toBe(0);
		expect(rows[1]).toMatchObject({ survey_country: 'PSE', target: 'CHN', pct_favourable: 45, respondents: 800, origin: 'microdata' });
	});

	it('US Census: one row per month and flow, codes to ISO, groupings and the unfinished months of 2025 left out', async () => {
		const { rows, log } = await importFixture('us_census_partners.json', CENSUS);
		expect(log.total).toBe(0);
		// Canada and the world in 1990 (12 months × 2 flows each), China in 2025 (2 months × 2 flows); the EU row is a grouping.
		expect(rows).toHaveLength(52);
		expect(rows[0]).toMatchObject({
			reporter: 'USA',
			partner: 'CAN',
			flow: 'imports',
			period_start: '1990-01-01',
			period_end: '1990-01-31',
			value: 10_500_000,
			valuation: 'customs_value'
		});
		expect(rows.find((r) => r.partner === 'CAN' && r.flow === 'exports')).toMatchObject({
			valuation: 'FAS',
			partner_basis: 'last_known_destination',
			value: 8_000_000
		});
		expect(rows.filter((r) => r.partner === 'WLD')).toHaveLength(24);
		expect(rows.filter((r) => r.partner === 'CHN').map((r) => r.period_end)).toEqual([
			'2025-01-31',
			'2025-02-28',
			'2025-01-31',
			'2025-02-28'
		]);
	});

	it('a whole build with the fixtures as the raw directory writes every table, identical repeats dropped', async () => {
		const { root, out } = await scratchProject();
		const result = await buildData({ root });
		expect(result.problems).toEqual([]);
		const imf = result.manifest!.raw.find((r) => r.file === IMF)!;
		expect(imf).toMatchObject({ rows_read: 5, identical_repeats_dropped: 1 });
		const db = await (await DuckDBInstance.create()).connect();
		const reader = await db.runAndReadAll(
			`SELECT count(*)::INT AS n FROM read_parquet('${join(out, 'trade_annual.parquet')}') WHERE year = 1975 AND source_id = 'imf_dots'`
		);
		expect(reader.getRowObjectsJson()).toEqual([{ n: 2 }]);
		// Annual rows are the monthly sums, with the months they hold: 2025 is two months, never a full year.
		const census = await db.runAndReadAll(
			`SELECT partner, flow, year, value, months, CAST(period_end AS VARCHAR) AS period_end FROM read_parquet('${join(out, 'trade_annual.parquet')}')
			 WHERE source_id = 'us_census_trade' AND partner IN ('CAN', 'CHN') AND flow = 'imports' ORDER BY partner`
		);
		expect(census.getRowObjectsJson()).toEqual([
			{ partner: 'CAN', flow: 'imports', year: 1990, value: 126_000_000, months: 12, period_end: '1990-12-31' },
			{ partner: 'CHN', flow: 'imports', year: 2025, value: 4_000_000, months: 2, period_end: '2025-02-28' }
		]);
	});
});
