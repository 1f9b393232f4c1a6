/**
 * npm run reference [-- --raw <dir>]
 * Maintainer tool: rebuilds the small reference series in data/reference/ (the series the story
 * quotes, kept as curated rows beside the official tables) from a build of the official tables of
 * data/raw (or of another raw directory). Every value keeps its source; the data build checks with
 * every run that they still agree with the official tables.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { stringify } from 'csv-stringify/sync';
import { opinion, tradeAnnual, tradeProducts } from '../src/lib/schema/tables';
import type { TableSpec } from '../src/lib/schema/columns';
import { buildData } from './lib/build';
import { quoteText } from './lib/staging';

const { values } = parseArgs({ options: { raw: { type: 'string' } } });
const root = resolve(import.meta.dirname, '..');
const out = await mkdtemp(join(tmpdir(), 'trade-lens-reference-'));
const built = await buildData({ root, rawDir: values.raw ? resolve(values.raw) : undefined, outDir: join(out, 'data') });
if (!built.ok) {
	console.error(built.problems.join('\n'));
	process.exit(1);
}
const db = await (await DuckDBInstance.create(':memory:')).connect();
const parquet = (table: TableSpec) => `read_parquet(${quoteText(join(out, 'data', `${table.name}.parquet`))})`;

/** Canada–China both ways as each side reports it, and Canada's exports to the US and the world. */
const IMF_SERIES = `
	(reporter = 'CAN' AND partner = 'CHN') OR (reporter = 'CHN' AND partner = 'CAN')
	OR (reporter = 'CAN' AND partner IN ('USA', 'WLD') AND flow = 'exports')`;
const FIRST_YEAR = 1980;

const CANOLA = {
	'1205.10.20': 'Canola seed (low erucic acid rapeseed), whether or not broken',
	'1514.11.00': 'Canola oil, crude',
	'1514.19.00': 'Canola oil, other than crude',
	'2306.41.00': 'Canola meal (oil-cake of low erucic acid rapeseed)'
} as const;

async function writeReference(table: TableSpec, file: string, sql: string): Promise<void> {
	const rows = (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
	const columns = table.columns.map((c) => c.name);
	const text = stringify(
		rows.map((r) => columns.map((c) => (r[c] === null ? '' : String(r[c])))),
		{ header: true, columns, record_delimiter: 'unix' }
	);
	await writeFile(join(root, 'data', 'reference', file), text);
	console.log(`data/reference/${file}: ${rows.length} rows`);
}

const annualColumns = tradeAnnual.columns.map((c) => c.name).join(', ');
await writeReference(
	tradeAnnual,
	'trade_annual.csv',
	`SELECT ${annualColumns} FROM ${parquet(tradeAnnual)}
	 WHERE source_id = 'imf_dots' AND year >= ${FIRST_YEAR} AND (${IMF_SERIES})
	 UNION ALL
	 SELECT reporter, partner, flow, year(period_start) AS year, min(period_start) AS period_start, max(period_end) AS period_end,
	        sum(value) AS value, currency, valuation, basis, partner_basis, false AS is_estimate, source_id
	 FROM (SELECT * FROM ${parquet(tradeAnnual).replace('trade_annual', 'trade_monthly')} WHERE partner IN ('CHN', 'USA'))
	 WHERE (partner = 'CHN' OR flow = 'exports')
	 GROUP BY reporter, partner, flow, year(period_start), currency, valuation, basis, partner_basis, source_id
	 HAVING count(*) = 12
	 UNION ALL
	 SELECT reporter, 'WLD', flow, year(period_start), min(period_start), max(period_end), sum(value), currency, valuation, basis,
	        'unspecified', false, source_id
	 FROM ${parquet(tradeAnnual).replace('trade_annual', 'trade_monthly')}
	 GROUP BY reporter, flow, year(period_start), currency, valuation, basis, source_id
	 HAVING count(DISTINCT period_start) = 12
	 ORDER BY reporter, partner, flow, year, source_id`
);

await writeReference(opinion, 'opinion.csv', `SELECT * FROM ${parquet(opinion)} WHERE survey_country = 'CAN' ORDER BY target, year`);

const names = Object.entries(CANOLA)
	.map(([code, name]) => `(${quoteText(code)}, ${quoteText(name)})`)
	.join(', ');
await writeReference(
	tradeProducts,
	'trade_products.csv',
	`WITH names(code, name) AS (VALUES ${names})
	 SELECT reporter, partner, product_system, product_code, n.name AS product_name, 'quarter' AS frequency, flow,
	        min(period_start) AS period_start, max(period_end) AS period_end, sum(value) AS value,
	        currency, valuation, basis, partner_basis, source_id
	 FROM ${parquet(tradeProducts)} p JOIN names n ON n.code = p.product_code
	 WHERE frequency = 'month' AND flow = 'exports'
	 GROUP BY reporter, partner, product_system, product_code, n.name, flow, date_trunc('quarter', period_start), currency, valuation, basis, partner_basis, source_id
	 HAVING count(*) = 3
	 ORDER BY product_code, period_start`
);
await rm(out, { recursive: true, force: true });
