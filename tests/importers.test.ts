import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from '../scripts/lib/build';
import { importRaw } from '../scripts/lib/import-raw';
import { loadMapping } from '../scripts/lib/mapping';
import { ProblemLog } from '../scripts/lib/problems';
import { allFixtures, CIMT_PARTNERS, CIMT_PRODUCTS, IMF, PEW, TARIFFS } from './fixtures/raw';
import { ROOT, rawDir, scratchProject } from './helpers/project';

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
			source_id: 'imf_dots'
		});
		expect(rows[2]).toMatchObject({ reporter: 'CHN', partner: 'CAN', flow: 'imports', valuation: 'CIF', value: 130_250_000, is_estimate: true });
		expect(rows[3]).toMatchObject({ reporter: 'WLD', value: -1_500_000 });
		expect(rows[4]).toMatchObject({ reporter: 'KOR', partner: 'WLD' });
	});

	it('StatCan partners: one row per flow, alpha-2 to alpha-3, months to dates, total left out', async () => {
		const { rows, log } = await importFixture('statcan_cimt_partners.json', CIMT_PARTNERS);
		expect(log.total).toBe(0);
		expect(rows).toHaveLength(6);
		expect(rows[0]).toMatchObject({ reporter: 'CAN', partner: 'USA', flow: 'exports', value: 500, currency: 'CAD', partner_basis: 'last_known_destination' });
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

	it('tariff events: names to codes, "all MFN origins" to null, page to source_id', async () => {
		const { rows, log } = await importFixture('tariff_events.json', TARIFFS);
		expect(log.total).toBe(0);
		expect(rows[0]).toMatchObject({ imposing: 'CAN', affected: null, measure_kind: 'mfn_tariff', product_group: 'electric_vehicles', rate_pct: 6.1, source_id: 'canadian_auto_dealer_2024_10' });
	});

	it('a whole build with the fixtures as the raw directory writes every table, identical repeats dropped', async () => {
		const { root, out } = await scratchProject();
		const result = await buildData({ root, rawDir: await rawDir(allFixtures) });
		expect(result.problems).toEqual([]);
		const imf = result.manifest!.raw.find((r) => r.file === IMF)!;
		expect(imf).toMatchObject({ rows_read: 5, identical_repeats_dropped: 1 });
		const db = await (await DuckDBInstance.create()).connect();
		const reader = await db.runAndReadAll(
			`SELECT count(*)::INT AS n FROM read_parquet('${join(out, 'trade_annual.parquet')}') WHERE year = 1975 AND source_id = 'imf_dots'`
		);
		expect(reader.getRowObjectsJson()).toEqual([{ n: 2 }]);
	});
});
