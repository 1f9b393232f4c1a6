/**
 * Table mappings: a small JSON document saying which column of a file feeds which column of a
 * table. The data build reads official tables through them (scripts/lib/mapping.ts loads them from
 * data/mappings), and the explorer maps a person's own file with the same rules, in the browser.
 * See data/mappings/README.md for the format.
 */
import type { TableSpec } from './columns';
import { alpha2ToAlpha3 } from './countries';
import { expecting, type Problem } from './validate';

export type PeriodPart = 'year_start' | 'year_end' | 'month_start' | 'month_end';

export interface ConstRule {
	const: string;
}

export interface FromRule {
	/** Column of the file (or of the unpivot) the value comes from. */
	from: string;
	/** Exact replacements: file value → published value. A value not listed is an error… */
	map?: Record<string, string>;
	/** …unless this is true: then a value not listed passes unchanged. */
	keep_unmapped?: boolean;
	/** Name of a lookup table (see `lookups`): file value → code. */
	lookup?: string;
	/** The value is an ISO alpha-2 code to turn into alpha-3 (the lookup, if any, is tried first). */
	iso2?: boolean;
	/** Multiply a number by this (e.g. 1000000 for millions). */
	scale?: number;
	/** Derive a date from a year (YYYY) or month (YYYY-MM). */
	period?: PeriodPart;
}

export type ColumnRule = ConstRule | FromRule;

export interface Mapping {
	/** The published table the rows go into. */
	table: string;
	/** File name inside the raw directory (.csv or .csv.gz). */
	file: string;
	description: string;
	/** The file's header: every column it must have. */
	columns_in_file: string[];
	/** Turn several value columns into one row each: their names go to `name`, their values to `value`. */
	unpivot?: { columns: string[]; name: string; value: string };
	/** Rows to leave out: each entry lists column → regular expression; a row matching all of one entry is dropped. */
	drop_where?: Record<string, string>[];
	/** Lookup tables: name → CSV file in data/mappings with columns name,code. */
	lookups?: Record<string, string>;
	/** One rule for every column of the published table. */
	columns: Record<string, ColumnRule>;
	/** "drop": rows repeated with every value identical are kept once (and counted); differing repeats stay errors. */
	identical_duplicates?: 'drop' | 'error';
}

/** A column rule made into a function: the value for the table, or what the file's value should have been. */
type CompiledRule = (source: Record<string, string>) => { value: string } | ({ from: string; raw: string } & ReturnType<typeof expecting>);

export interface LoadedMapping {
	mapping: Mapping;
	table: TableSpec;
	lookups: ReadonlyMap<string, Map<string, string>>;
	drop: { column: string; pattern: RegExp }[][];
	rules: { name: string; rule: CompiledRule }[];
}

export function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks a mapping document and makes its rules into functions; returns problems instead of
 * throwing for a malformed one. `lookups` holds the lookup tables already read (name → value → code);
 * `tableFor` names the tables a mapping may fill.
 */
export function compileMapping(
	json: unknown,
	label: string,
	lookups: ReadonlyMap<string, Map<string, string>>,
	tableFor: (name: string) => TableSpec | undefined
): { loaded?: LoadedMapping; problems: Problem[] } {
	const problems: Problem[] = [];
	const fail = (field: string, value: string, expected: string) => problems.push({ file: label, line: 1, field, value, expected });
	if (!isRecord(json)) {
		fail('*', '', 'a JSON object');
		return { problems };
	}
	const m = json as unknown as Mapping;
	const table = typeof m.table === 'string' ? tableFor(m.table) : undefined;
	if (!table) fail('table', String(m.table), 'the name of a published table');
	if (typeof m.file !== 'string' || m.file === '') fail('file', String(m.file), 'a file name');
	if (!Array.isArray(m.columns_in_file) || m.columns_in_file.some((c) => typeof c !== 'string')) {
		fail('columns_in_file', JSON.stringify(m.columns_in_file), 'a list of column names');
	}
	if (!isRecord(m.columns)) fail('columns', JSON.stringify(m.columns), 'an object of column rules');
	if (problems.length > 0 || !table) return { problems };

	const available = new Set(m.columns_in_file);
	if (m.unpivot) {
		for (const c of m.unpivot.columns) if (!available.has(c)) fail('unpivot.columns', c, 'a column of columns_in_file');
		available.add(m.unpivot.name);
		available.add(m.unpivot.value);
	}
	for (const column of table.columns) {
		const rule = m.columns[column.name];
		if (!rule) {
			fail(`columns.${column.name}`, '', 'a rule for this column of the table');
			continue;
		}
		if ('from' in rule) {
			if (!available.has(rule.from)) fail(`columns.${column.name}.from`, rule.from, 'a column of the file or of the unpivot');
			if (rule.lookup && !lookups.has(rule.lookup) && !m.lookups?.[rule.lookup]) {
				fail(`columns.${column.name}.lookup`, rule.lookup, 'a name declared in lookups');
			}
		} else if (typeof (rule as ConstRule).const !== 'string') {
			fail(`columns.${column.name}`, JSON.stringify(rule), 'an object with "from" or "const"');
		}
	}
	for (const name of Object.keys(m.columns)) {
		if (!table.columns.some((c) => c.name === name)) fail(`columns.${name}`, name, `a column of table ${table.name}`);
	}
	const drop: { column: string; pattern: RegExp }[][] = [];
	for (const entry of m.drop_where ?? []) {
		const rules: { column: string; pattern: RegExp }[] = [];
		for (const [column, source] of Object.entries(entry)) {
			if (!available.has(column)) fail('drop_where', column, 'a column of the file or of the unpivot');
			try {
				rules.push({ column, pattern: new RegExp(source) });
			} catch {
				fail('drop_where', source, 'a valid regular expression');
			}
		}
		drop.push(rules);
	}
	if (problems.length > 0) return { problems };
	const rules = table.columns.map((c) => ({ name: c.name, rule: compileRule(m.columns[c.name], lookups, m.lookups ?? {}) }));
	return { loaded: { mapping: m, table, lookups, drop, rules }, problems };
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function derivePeriod(text: string, part: PeriodPart): string | null {
	if (part === 'year_start' || part === 'year_end') {
		if (!/^\d{4}$/.test(text)) return null;
		return part === 'year_start' ? `${text}-01-01` : `${text}-12-31`;
	}
	const m = /^(\d{4})-(\d{2})$/.exec(text);
	if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
	if (part === 'month_start') return `${text}-01`;
	return `${text}-${String(lastDay(Number(m[1]), Number(m[2]))).padStart(2, '0')}`;
}

function compileRule(rule: ColumnRule, lookups: ReadonlyMap<string, Map<string, string>>, lookupFiles: Record<string, string>): CompiledRule {
	if ('const' in rule) {
		const value = rule.const;
		return () => ({ value });
	}
	const { from, map, scale, period, iso2, keep_unmapped } = rule;
	const lookup = rule.lookup ? lookups.get(rule.lookup) : undefined;
	const lookupHint = expecting('expected.lookup', { file: rule.lookup ? lookupFiles[rule.lookup] : '' });
	const mapHint = expecting('expected.one.of', { values: map ? Object.keys(map).join(', ') : '' });
	const periodHint = expecting(period?.startsWith('year') ? 'expected.year' : 'expected.month');
	return (source) => {
		const raw = (source[from] ?? '').trim();
		let value: string | undefined = raw;
		if (lookup) {
			const found = lookup.get(raw);
			if (found !== undefined) value = found;
			else if (!iso2) return { from, raw, ...lookupHint };
		}
		if (iso2 && value === raw) {
			value = alpha2ToAlpha3(raw);
			if (value === undefined) return { from, raw, ...expecting('expected.iso2') };
		}
		if (map) {
			value = Object.hasOwn(map, raw) ? map[raw] : keep_unmapped ? value : undefined;
			if (value === undefined) return { from, raw, ...mapHint };
		}
		if (scale !== undefined && value !== '') {
			const n = Number(value);
			if (Number.isFinite(n)) value = String(Number((n * scale).toPrecision(15)));
		}
		if (period) {
			const date = derivePeriod(raw, period);
			if (date === null) return { from, raw, ...periodHint };
			value = date;
		}
		return { value };
	};
}

function isDropped(drop: LoadedMapping['drop'], source: Record<string, string>): boolean {
	for (const rules of drop) {
		let all = true;
		for (const r of rules) if (!r.pattern.test(source[r.column] ?? '')) all = false;
		if (all) return true;
	}
	return false;
}

/** The file's record(s) in the mapped table's columns, as text to validate; or what went wrong. */
export function applyMapping(
	loaded: LoadedMapping,
	record: Record<string, string>,
	at: { file: string; line: number }
): { records: Record<string, string>[]; problems: Problem[] } {
	const { mapping, drop, rules } = loaded;
	const unpivot = mapping.unpivot;
	const expanded: Record<string, string>[] = unpivot
		? unpivot.columns.map((c) => ({ ...record, [unpivot.name]: c, [unpivot.value]: record[c] }))
		: [record];
	const records: Record<string, string>[] = [];
	const problems: Problem[] = [];
	for (const source of expanded) {
		if (drop.length > 0 && isDropped(drop, source)) continue;
		const out: Record<string, string> = {};
		let ok = true;
		for (const { name, rule } of rules) {
			const result = rule(source);
			if ('value' in result) out[name] = result.value;
			else {
				ok = false;
				problems.push({ file: at.file, line: at.line, field: result.from, value: result.raw, expected: result.expected, expectation: result.expectation });
			}
		}
		if (ok) records.push(out);
	}
	return { records, problems };
}
