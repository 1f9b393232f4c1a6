/**
 * A checked mapping document (src/lib/schema/mapping.ts) compiled to one DuckDB query over the raw
 * file's rows: unpivot as unnest, lookups and value maps as joins with small tables, scales,
 * periods and templates as expressions, drop_where as a filter, and every rule of mapping.ts and
 * of the table's columns (cell-sql.ts) as a failure code per column. Every value from the document
 * is a bound parameter or a loaded table; every column name is one the file's header was checked
 * to hold.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { templateColumns, type ColumnRule, type DeriveRule, type LoadedMapping } from '../../src/lib/schema/mapping';
import { lookupSource } from '../../src/lib/schema/mapping-doc';
import { NUMBER, expecting, parseCell } from '../../src/lib/schema/validate';
import { sqlType, type ColumnSpec } from '../../src/lib/schema/columns';
import { CheckList, TRIM_CHARS, cellSql, trimSql } from './cell-sql';
import { SqlParams } from './sql-params';
import { quoteIdent as q } from './staging';

export interface MappingSql {
	/** SELECT over the relation given as `source` (the file's columns trimmed, with _row and _breaks). */
	sql: string;
	params: SqlParams;
	checks: CheckList;
	/** Failure columns of the result: `rule` ones (derive and mapping rules) and `cell` ones (the table's column rules). */
	failures: { fail: string; text: string; field: string; kind: 'rule' | 'cell' }[];
}

export interface MappingSqlOptions {
	/** A relation (a table name or a parenthesised query) with the file's columns, trimmed, and _row, _breaks. */
	source: string;
	/** Also give the text each failure shows (for the few failing rows: costs a column per rule). */
	texts: boolean;
	knownCodes: string;
	alpha2: string;
}

/** Loads a small name → value table for a join (lookups, value maps). */
async function loadPairs(db: DuckDBConnection, name: string, pairs: Iterable<[string, string]>): Promise<void> {
	await db.run(`CREATE OR REPLACE TEMP TABLE ${q(name)} (k VARCHAR PRIMARY KEY, v VARCHAR)`);
	const appender = await db.createAppender(name);
	for (const [k, v] of pairs) {
		appender.appendVarchar(k);
		appender.appendVarchar(v.trim());
		appender.endRow();
	}
	appender.closeSync();
}

/** A constant's cell rules, checked once here rather than on every row. */
function constCellSql(column: ColumnSpec, text: string, p: SqlParams, checks: CheckList): { typed: string; fail: string } {
	const cell = parseCell(column, text);
	if (!cell.ok) return { typed: 'NULL', fail: String(checks.add(cell)) };
	return { typed: cell.value === null ? 'NULL' : `CAST(${p.text(String(cell.value))} AS ${sqlType(column)})`, fail: 'NULL' };
}

interface Layer {
	select: string[];
	joins: string[];
}

export async function compileMappingSql(db: DuckDBConnection, loaded: LoadedMapping, options: MappingSqlOptions): Promise<MappingSql> {
	const { mapping } = loaded;
	const p = new SqlParams();
	const checks = new CheckList();
	const failures: MappingSql['failures'] = [];
	let wsParam: string | undefined;
	const ws = () => (wsParam ??= p.text(TRIM_CHARS));
	let joinCount = 0;
	const ctes: string[] = [];

	// The unpivot: one row per listed column, its name and value side by side.
	const u = mapping.unpivot;
	ctes.push(
		u
			? `l0 AS (SELECT *, unnest(${p.texts(u.columns)}) AS ${q(u.name)}, unnest([${u.columns.map((c) => `s.${q(c)}`).join(', ')}]) AS ${q(u.value)} FROM ${options.source} s)`
			: `l0 AS (SELECT * FROM ${options.source})`
	);
	// The source's file columns are read trimmed (raw-import.ts), as applyMapping reads them.
	const fileColumns = new Set([...mapping.columns_in_file, ...(u ? [u.name, u.value] : [])]);
	const rawOf = (alias: string, c: string) =>
		fileColumns.has(c) ? `coalesce(${alias}.${q(c)}, '')` : trimSql(`coalesce(${alias}.${q(c)}, '')`, ws());

	/** One rule as a value expression and a failure code, with the joins it needs added to the layer. */
	const ruleSql = async (
		rule: ColumnRule | DeriveRule,
		layer: Layer,
		alias: string
	): Promise<{ value: string; fail: string; raw: string; field: string }> => {
		if ('const' in rule) return { value: p.text(rule.const.trim()), fail: 'NULL', raw: "''", field: '' };
		if ('template' in rule) {
			const parts = rule.template.split(/(\{[^{}]+\})/).filter((s) => s !== '');
			const names = new Set(templateColumns(rule.template));
			const pieces = parts.map((s) => (s.startsWith('{') && names.has(s.slice(1, -1)) ? rawOf(alias, s.slice(1, -1)) : p.text(s)));
			return { value: trimSql(`concat(${pieces.join(', ')})`, ws()), fail: 'NULL', raw: "''", field: '' };
		}
		const raw = rawOf(alias, rule.from);
		const steps: [string, number][] = [];
		let value = raw;
		const join = async (pairs: Iterable<[string, string]>, key: string) => {
			const name = `_map_${joinCount++}`;
			await loadPairs(db, name, pairs);
			layer.joins.push(`LEFT JOIN ${name} ON ${name}.k = ${key}`);
			return `${name}.v`;
		};
		if (rule.lookup) {
			const found = await join(loaded.lookups.get(rule.lookup)!, raw);
			const file = mapping.lookups?.[rule.lookup];
			if (!rule.iso2)
				steps.push([`${found} IS NULL`, checks.add(expecting('expected.lookup', { file: file ? lookupSource(file).file : '' }))]);
			value = `coalesce(${found}, ${raw})`;
		}
		if (rule.iso2) {
			const name = `_iso2_${joinCount++}`;
			layer.joins.push(`LEFT JOIN ${options.alpha2} ${name} ON ${name}.k = upper(${raw})`);
			const before = value;
			steps.push([`${before} = ${raw} AND ${name}.v IS NULL`, checks.add(expecting('expected.iso2'))]);
			value = `CASE WHEN ${before} = ${raw} THEN ${name}.v ELSE ${before} END`;
		}
		if (rule.map) {
			const mapped = await join(Object.entries(rule.map), raw);
			if (!rule.keep_unmapped)
				steps.push([`${mapped} IS NULL`, checks.add(expecting('expected.one.of', { values: Object.keys(rule.map).join(', ') }))]);
			value = rule.keep_unmapped ? `coalesce(${mapped}, ${value})` : mapped;
		}
		if (rule.scale !== undefined) {
			const n = `TRY_CAST(${value} AS DOUBLE)`;
			const scaled = `(${n} * ${p.number(rule.scale)})`;
			// To 15 significant digits, as Number#toPrecision(15) does in mapping.ts.
			const rounded = `CASE WHEN ${scaled} = 0 THEN 0::DOUBLE ELSE round(${scaled}, 14 - floor(log10(abs(${scaled})))::INTEGER) END`;
			value = `CASE WHEN regexp_full_match(${value}, ${p.text(NUMBER.source)}) AND isfinite(${n}) THEN CAST(${rounded} AS VARCHAR) ELSE ${value} END`;
		}
		if (rule.period) {
			const year = rule.period.startsWith('year');
			const ok = year ? `regexp_full_match(${raw}, '[0-9]{4}')` : `regexp_full_match(${raw}, '[0-9]{4}-(0[1-9]|1[0-2])')`;
			steps.push([`NOT ${ok}`, checks.add(expecting(year ? 'expected.year' : 'expected.month'))]);
			const first = year ? `${raw} || '-01-01'` : `${raw} || '-01'`;
			value = {
				year_start: first,
				year_end: `${raw} || '-12-31'`,
				month_start: first,
				month_end: `strftime(last_day(TRY_CAST(${raw} || '-01' AS DATE)), '%Y-%m-%d')`
			}[rule.period];
		}
		const fail = steps.length === 0 ? 'NULL' : `CASE ${steps.map(([c, k]) => `WHEN ${c} THEN ${k}`).join(' ')} END`;
		return { value: `coalesce(${value}, '')`, fail, raw, field: rule.from };
	};

	// Derived columns, one layer each (a later one may use an earlier one).
	let prev = 'l0';
	const carried = ['x._row', 'x._breaks'];
	for (const [i, d] of loaded.derived.entries()) {
		const layer: Layer = { select: [], joins: [] };
		const r = await ruleSql(mapping.derive![d.name], layer, 'x');
		const name = `d${i}`;
		ctes.push(
			`${name} AS MATERIALIZED (SELECT x.*, ${r.value} AS ${q(d.name)}, ${r.fail} AS _fd${i}${options.texts ? `, ${r.raw} AS _rd${i}` : ''} FROM ${prev} x ${layer.joins.join(' ')})`
		);
		if (r.fail !== 'NULL') {
			failures.push({ fail: `_fd${i}`, text: `_rd${i}`, field: r.field, kind: 'rule' });
			carried.push(`x._fd${i}`, ...(options.texts ? [`x._rd${i}`] : []));
		}
		prev = name;
	}

	// drop_where: a row matching every pattern of one entry is left out.
	if (loaded.drop.length > 0) {
		const any = loaded.drop.map(
			(rules) => `(${rules.map((r) => `regexp_matches(coalesce(${q(r.column)}, ''), ${p.text(r.pattern.source)})`).join(' AND ')})`
		);
		ctes.push(`kept AS (SELECT * FROM ${prev} WHERE NOT (${any.join(' OR ')}))`);
		prev = 'kept';
	}

	// The table's columns: each rule's text and failure (materialized: the cell rules read each text
	// several times), then the cell rules on that text. Constants are checked once, here.
	const layer: Layer = { select: [], joins: [] };
	const out: string[] = ['_row', '_breaks'];
	const cells: string[] = [];
	const typed: string[] = [];
	for (const [i, column] of loaded.table.columns.entries()) {
		const rule = mapping.columns[column.name];
		if ('const' in rule) {
			const cell = constCellSql(column, rule.const, p, checks);
			typed.push(cell.typed);
			if (cell.fail !== 'NULL') {
				cells.push(`${cell.fail} AS _fc${i}`);
				failures.push({ fail: `_fc${i}`, text: `''`, field: column.name, kind: 'cell' });
			}
			continue;
		}
		const r = await ruleSql(rule, layer, 'x');
		layer.select.push(`${r.value} AS _v${i}`);
		if (r.fail !== 'NULL') {
			layer.select.push(`${r.fail} AS _fr${i}`);
			out.push(`_fr${i}`);
			failures.push({ fail: `_fr${i}`, text: `_rr${i}`, field: r.field, kind: 'rule' });
			if (options.texts) layer.select.push(`${r.raw} AS _rr${i}`);
		}
		// Rule outputs are trimmed already: file values are read trimmed, and lookup and map values are loaded trimmed.
		const cell = cellSql(column, `_v${i}`, p, checks, options.knownCodes);
		typed.push(cell.typed);
		cells.push(`${cell.fail} AS _fc${i}`);
		failures.push({ fail: `_fc${i}`, text: `_v${i}`, field: column.name, kind: 'cell' });
	}
	for (const f of failures.filter((f) => f.fail.startsWith('_fd'))) out.push(f.fail);
	ctes.push(`rules AS NOT MATERIALIZED (SELECT ${[...carried, ...layer.select].join(', ')} FROM ${prev} x ${layer.joins.join(' ')})`);
	const at = (name: string) => loaded.table.columns.findIndex((c) => c.name === name);
	const [start, end] = [at('period_start'), at('period_end')];
	const order = start >= 0 && end >= 0 ? `CASE WHEN ${typed[end]} < ${typed[start]} THEN 1 END AS _fo` : 'NULL::INTEGER AS _fo';
	const texts = options.texts ? [...new Set(failures.map((f) => f.text).filter((t) => t !== "''"))] : [];
	const sql = `WITH ${ctes.join(',\n')}
		SELECT ${[...out, ...loaded.table.columns.map((c, i) => `${typed[i]} AS ${q(c.name)}`), ...cells, order, ...texts].join(', ')}
		FROM rules`;
	return { sql, params: p, checks, failures };
}
