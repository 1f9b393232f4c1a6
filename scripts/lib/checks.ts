/**
 * Checks that run on the staged rows with every data build: unique keys, references between
 * tables, agreement of reference series with the raw tables they summarise, and consistency of
 * the article figures with each other and with the official series (the ledger's own checks are in
 * figure-checks.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableSpec } from '../../src/lib/schema/columns';
import { TABLES } from '../../src/lib/schema/tables';
import type { Problem } from '../../src/lib/schema/validate';
import { figureChecks } from './figure-checks';
import { keyJoin, queryRows, quoteIdent as q, stageName } from './staging';
import { stopwatch } from './stopwatch';

const num = (v: unknown) => Number(v);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const fmt = (n: number) => (Math.abs(n) >= 1e6 ? n.toExponential(4) : String(Math.round(n * 1000) / 1000));

/** Relative tolerance when a reference value must equal the raw value it copies or sums. */
export const AGREEMENT_TOLERANCE = 1e-6;
/** Relative tolerance when a level implied by a change and another level is compared with a series. */
export const IMPLIED_LEVEL_TOLERANCE = 0.01;

/** Columns compared when a raw row supersedes a reference row: values, codes and flags, not wording. */
export function comparableColumns(table: TableSpec): string[] {
	return table.columns
		.filter((c) => !table.key.includes(c.name))
		.filter((c) => c.type !== 'text' || c.values !== undefined || c.country === true)
		.map((c) => c.name);
}

async function duplicateKeys(db: DuckDBConnection, table: TableSpec): Promise<Problem[]> {
	const keys = table.key.map(q).join(', ');
	const stage = stageName(table);
	const rows = await queryRows(
		db,
		`WITH repeated AS (SELECT _origin, ${keys} FROM ${stage} GROUP BY _origin, ${keys} HAVING count(*) > 1)
		 SELECT s._file, s._line, concat_ws(' / ', ${table.key.map((k) => `CAST(s.${q(k)} AS VARCHAR)`).join(', ')}) AS k
		 FROM ${stage} s SEMI JOIN repeated r ON s._origin = r._origin AND ${keyJoin(table, 's', 'r')}
		 ORDER BY k, s._file, s._line`
	);
	const first = new Map<string, string>();
	const problems: Problem[] = [];
	for (const r of rows) {
		const key = str(r.k);
		const at = `${str(r._file)}:${str(r._line)}`;
		const earlier = first.get(key);
		if (earlier === undefined) first.set(key, at);
		else {
			problems.push({
				file: str(r._file),
				line: num(r._line),
				field: table.key.join('+'),
				value: key,
				expected: `a unique ${table.key.join(' + ')} (the same key is already at ${earlier})`
			});
		}
	}
	return problems;
}

async function danglingReferences(db: DuckDBConnection, table: TableSpec): Promise<Problem[]> {
	const problems: Problem[] = [];
	for (const column of table.columns) {
		if (column.type !== 'text' || !column.references) continue;
		const rows = await queryRows(
			db,
			`SELECT _file, _line, ${q(column.name)} AS v FROM ${stageName(table)}
			 WHERE ${q(column.name)} IS NOT NULL AND ${q(column.name)} NOT IN (SELECT source_id FROM stage_sources)
			 ORDER BY _file, _line`
		);
		for (const r of rows) {
			problems.push({
				file: str(r._file),
				line: num(r._line),
				field: column.name,
				value: str(r.v),
				expected: 'the source_id of a row in data/sources.csv'
			});
		}
	}
	return problems;
}

async function danglingRelatedFigures(db: DuckDBConnection): Promise<Problem[]> {
	const rows = await queryRows(
		db,
		`SELECT _file, _line, r FROM (
		   SELECT _file, _line, trim(unnest(string_split(related, ';'))) AS r FROM stage_figures WHERE related IS NOT NULL)
		 WHERE r NOT IN (SELECT figure_id FROM stage_figures) ORDER BY _file, _line`
	);
	return rows.map((r) => ({
		file: str(r._file),
		line: num(r._line),
		field: 'related',
		value: str(r.r),
		expected: 'figure_ids of rows in data/figures.csv'
	}));
}

/** A raw row replaces the reference row with the same key; the two must agree first. */
async function supersededDisagreements(db: DuckDBConnection, table: TableSpec): Promise<Problem[]> {
	const stage = stageName(table);
	const names = comparableColumns(table);
	if (names.length === 0) return [];
	const select = names.flatMap((n) => [`ref.${q(n)} AS ${q(`mine_${n}`)}`, `raw.${q(n)} AS ${q(`theirs_${n}`)}`]);
	const differs = names.map((name) => {
		const column = table.columns.find((c) => c.name === name)!;
		return column.type === 'double'
			? `(ref.${q(name)} IS NULL) <> (raw.${q(name)} IS NULL) OR abs(ref.${q(name)} - raw.${q(name)}) > ${AGREEMENT_TOLERANCE} * greatest(abs(raw.${q(name)}), 1)`
			: `ref.${q(name)} IS DISTINCT FROM raw.${q(name)}`;
	});
	const rows = await queryRows(
		db,
		`SELECT ref._file, ref._line, raw._file AS raw_file, raw._line AS raw_line, ${select.join(', ')}, ${differs.map((d, i) => `(${d}) AS d${i}`).join(', ')}
		 FROM (SELECT * FROM ${stage} WHERE _origin = 'reference') ref
		 JOIN (SELECT * FROM ${stage} WHERE _origin = 'raw' AND ${q(table.key[0])} IN (SELECT ${q(table.key[0])} FROM ${stage} WHERE _origin = 'reference')) raw
		   ON ${keyJoin(table, 'ref', 'raw')}
		 WHERE ${differs.map((d) => `(${d})`).join(' OR ')} ORDER BY ref._file, ref._line`
	);
	const problems: Problem[] = [];
	for (const r of rows) {
		names.forEach((name, i) => {
			if (r[`d${i}`] !== true) return;
			problems.push({
				file: str(r._file),
				line: num(r._line),
				field: name,
				value: str(r[`mine_${name}`]),
				expected: `${str(r[`theirs_${name}`])} as in ${str(r.raw_file)}:${str(r.raw_line)} (reference series must agree with the raw table)`
			});
		});
	}
	return problems;
}

/** Annual reference values summed from a monthly raw table of the same source must equal the sum. */
async function annualSumsAgree(db: DuckDBConnection): Promise<Problem[]> {
	const rows = await queryRows(
		db,
		`WITH monthly AS (
		   SELECT reporter, partner, flow, currency, source_id, year(period_start) AS year, sum(value) AS v, count(DISTINCT period_start) AS months
		   FROM stage_trade_monthly WHERE _origin = 'raw' GROUP BY ALL
		   UNION ALL
		   SELECT reporter, 'WLD', flow, currency, source_id, year(period_start), sum(value), count(DISTINCT period_start)
		   FROM stage_trade_monthly WHERE _origin = 'raw' GROUP BY reporter, flow, currency, source_id, year(period_start))
		 SELECT a._file, a._line, a.value, m.v, m.months FROM stage_trade_annual a
		 JOIN monthly m USING (reporter, partner, flow, currency, source_id, year)
		 WHERE a._origin = 'reference' AND (m.months <> 12 OR abs(a.value - m.v) > 1)`
	);
	return rows.map((r) => ({
		file: str(r._file),
		line: num(r._line),
		field: 'value',
		value: str(r.value),
		expected:
			num(r.months) === 12
				? `${str(r.v)}, the sum of the 12 monthly values in the raw table`
				: `no annual value: the raw table holds only ${str(r.months)} months of that year`
	}));
}

/** Quarterly or annual product values must equal the sum of the raw monthly values they cover. */
async function productSumsAgree(db: DuckDBConnection): Promise<Problem[]> {
	const rows = await queryRows(
		db,
		`SELECT a._file, a._line, a.value, sum(m.value) AS v, count(m.period_start) AS months,
		        datediff('month', a.period_start, a.period_end) + 1 AS expected_months
		 FROM stage_trade_products a JOIN stage_trade_products m
		   ON m._origin = 'raw' AND m.frequency = 'month' AND m.reporter = a.reporter AND m.partner = a.partner
		  AND m.product_system = a.product_system AND m.product_code = a.product_code AND m.flow = a.flow
		  AND m.source_id = a.source_id AND m.period_start BETWEEN a.period_start AND a.period_end
		 WHERE a._origin = 'reference' AND a.frequency <> 'month'
		 GROUP BY a._file, a._line, a.value, a.period_start, a.period_end
		 HAVING months <> expected_months OR abs(a.value - v) > 1`
	);
	return rows.map((r) => ({
		file: str(r._file),
		line: num(r._line),
		field: 'value',
		value: str(r.value),
		expected: `${str(r.v)}, the sum of ${str(r.months)} of ${str(r.expected_months)} monthly values in the raw table`
	}));
}

/** Shares of one total, stated by one source for one period, cannot add up to more than 100%. */
async function sharesWithinWhole(db: DuckDBConnection): Promise<Problem[]> {
	const rows = await queryRows(
		db,
		`SELECT min(_file) AS _file, min(_line) AS _line, sum(value) AS total, string_agg(figure_id, ', ' ORDER BY figure_id) AS ids
		 FROM stage_figures WHERE measure IN ('export_share', 'market_share') AND unit = 'pct'
		 GROUP BY source_id, measure, reporter, flow, product, scope, period_start, period_end
		 HAVING sum(value) > 100`
	);
	const partners = await queryRows(
		db,
		`WITH s AS (SELECT * FROM stage_trade_annual WHERE _origin = 'reference')
		 SELECT w._file, w._line, w.value AS world, sum(p.value) AS parts FROM s w JOIN s p
		   ON p.reporter = w.reporter AND p.flow = w.flow AND p.year = w.year AND p.source_id = w.source_id AND p.currency = w.currency AND p.partner <> 'WLD'
		 WHERE w.partner = 'WLD' GROUP BY w._file, w._line, w.value HAVING sum(p.value) > w.value`
	);
	return [
		...rows.map((r) => ({
			file: str(r._file),
			line: num(r._line),
			field: 'value',
			value: fmt(num(r.total)),
			expected: `shares of one whole adding to at most 100 (${str(r.ids)})`
		})),
		...partners.map((r) => ({
			file: str(r._file),
			line: num(r._line),
			field: 'value',
			value: str(r.world),
			expected: `a world total at least the sum of the listed partners (${str(r.parts)})`
		}))
	];
}

export interface ImpliedLevel {
	figureId: string;
	impliedPrevious: number;
	series?: number;
}

/**
 * A change and its level imply the level a year earlier (−10.4% to US$41.7B implies about US$46.5B);
 * where the official all-goods series holds the same months a year earlier, the two must agree.
 */
async function changesMatchLevels(db: DuckDBConnection, found: ImpliedLevel[]): Promise<Problem[]> {
	const rows = await queryRows(
		db,
		`SELECT c._file, c._line, c.figure_id, c.value AS change, l.value AS level, l.unit,
		        l.value / (1 + c.value / 100) AS implied,
		        (SELECT t.value FROM stage_trade_annual t WHERE t.reporter = c.reporter AND t.partner = c.partner AND t.flow = c.flow
		           AND t.period_start = c.period_start - INTERVAL 1 YEAR AND t.period_end = last_day(c.period_end - INTERVAL 1 YEAR)
		           AND t.currency = l.unit AND c.scope = 'all_goods' ORDER BY t.source_id LIMIT 1) AS series
		 FROM stage_figures c JOIN stage_figures l
		   ON l.measure = 'trade_value' AND l.source_id = c.source_id AND l.reporter IS NOT DISTINCT FROM c.reporter
		  AND l.partner IS NOT DISTINCT FROM c.partner AND l.flow IS NOT DISTINCT FROM c.flow AND l.scope IS NOT DISTINCT FROM c.scope
		  AND l.period_start = c.period_start AND l.period_end = c.period_end
		 WHERE c.measure = 'trade_change' AND c.unit = 'pct' ORDER BY c.figure_id`
	);
	const problems: Problem[] = [];
	for (const r of rows) {
		const implied = num(r.implied);
		const series = r.series === null ? undefined : num(r.series);
		found.push({ figureId: str(r.figure_id), impliedPrevious: implied, series });
		if (series !== undefined && Math.abs(implied - series) > IMPLIED_LEVEL_TOLERANCE * series) {
			problems.push({
				file: str(r._file),
				line: num(r._line),
				field: 'value',
				value: str(r.change),
				expected: `a change consistent with its level: ${fmt(num(r.level))} after ${str(r.change)}% implies ${fmt(implied)} a year earlier, but the series has ${fmt(series)}`
			});
		}
	}
	return problems;
}

export interface CheckReport {
	problems: Problem[];
	impliedLevels: ImpliedLevel[];
}

export async function runChecks(db: DuckDBConnection): Promise<CheckReport> {
	const problems: Problem[] = [];
	const impliedLevels: ImpliedLevel[] = [];
	const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
		const lap = stopwatch();
		const out = await work();
		lap(name);
		return out;
	};
	for (const table of TABLES) {
		problems.push(...(await timed(`duplicates ${table.name}`, () => duplicateKeys(db, table))));
		problems.push(...(await timed(`references ${table.name}`, () => danglingReferences(db, table))));
		problems.push(...(await timed(`superseded ${table.name}`, () => supersededDisagreements(db, table))));
	}
	problems.push(...(await danglingRelatedFigures(db)));
	problems.push(...(await annualSumsAgree(db)));
	problems.push(...(await productSumsAgree(db)));
	problems.push(...(await sharesWithinWhole(db)));
	problems.push(...(await changesMatchLevels(db, impliedLevels)));
	problems.push(...(await figureChecks(db)));
	return { problems, impliedLevels };
}
