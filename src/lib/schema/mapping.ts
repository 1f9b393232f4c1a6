/**
 * Table mappings: a small JSON document saying which column of a file feeds which column of a
 * table. The data build reads official tables through them (scripts/lib/mapping.ts loads them from
 * data/mappings and scripts/lib/mapping-sql.ts compiles them to SQL for DuckDB), and the explorer
 * maps a person's own file with the same rules, in the browser, through applyMapping below.
 * See data/mappings/README.md for the format.
 */
import type { TableSpec } from './columns';
import { alpha2ToAlpha3 } from './countries';
import { lookupSource, parseMappingDoc, type ColumnRule, type DeriveRule, type Mapping, type PeriodPart } from './mapping-doc';
import { NUMBER, expecting, type Problem } from './validate';

export type { ColumnRule, ConstRule, DeriveRule, FromRule, Mapping, PeriodPart, TemplateRule } from './mapping-doc';

/** A column rule made into a function: the value for the table, or what the file's value should have been. */
type CompiledRule = (
	source: Record<string, string>
) => { value: string } | ({ from: string; raw: string } & Pick<Problem, 'expected' | 'expectation'>);

export interface LoadedMapping {
	mapping: Mapping;
	table: TableSpec;
	lookups: ReadonlyMap<string, Map<string, string>>;
	drop: { column: string; pattern: RegExp }[][];
	/** Intermediate columns, in the order the document gives them. */
	derived: { name: string; rule: CompiledRule }[];
	rules: { name: string; rule: CompiledRule }[];
}

/** Column names a template names: `{year}-{month}` → year, month. */
export function templateColumns(template: string): string[] {
	return [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
}

/**
 * Checks a mapping document (its shape by mapping-doc.ts, then its names against the file, the
 * table and the lookups) and makes its rules into functions. A malformed document gives problems,
 * each naming the field. `lookups` holds the lookup tables already read (name → value → code);
 * `tableFor` names the tables a mapping may fill.
 */
export function compileMapping(
	json: unknown,
	label: string,
	lookups: ReadonlyMap<string, Map<string, string>>,
	tableFor: (name: string) => TableSpec | undefined
): { loaded?: LoadedMapping; problems: Problem[] } {
	const parsed = parseMappingDoc(json, label);
	if (!parsed.mapping) return { problems: parsed.problems };
	const m = parsed.mapping;
	const problems: Problem[] = [];
	const fail = (field: string, value: string, expected: string) => problems.push({ file: label, line: 1, field, value, expected });
	const table = tableFor(m.table);
	if (!table) {
		fail('table', m.table, 'the name of a published table');
		return { problems };
	}

	const available = new Set(m.columns_in_file);
	if (m.unpivot) {
		for (const c of m.unpivot.columns) if (!available.has(c)) fail('unpivot.columns', c, 'a column of columns_in_file');
		for (const key of ['name', 'value'] as const) {
			if (available.has(m.unpivot[key])) fail(`unpivot.${key}`, m.unpivot[key], 'a new column name, not one of columns_in_file');
		}
		available.add(m.unpivot.name);
		available.add(m.unpivot.value);
	}
	const checkFrom = (field: string, rule: DeriveRule | ColumnRule) => {
		if ('from' in rule) {
			if (!available.has(rule.from)) fail(`${field}.from`, rule.from, 'a column of the file, of the unpivot or of derive');
			if (rule.lookup && !lookups.has(rule.lookup)) fail(`${field}.lookup`, rule.lookup, 'a name declared in lookups');
		} else if ('template' in rule) {
			for (const c of templateColumns(rule.template))
				if (!available.has(c)) fail(`${field}.template`, c, 'a column of the file, of the unpivot or of derive');
		}
	};
	for (const [name, rule] of Object.entries(m.derive ?? {})) {
		checkFrom(`derive.${name}`, rule);
		if (available.has(name)) fail(`derive.${name}`, name, 'a new column name');
		available.add(name);
	}
	for (const column of table.columns) {
		const rule = m.columns[column.name];
		if (!rule) fail(`columns.${column.name}`, '', 'a rule for this column of the table');
		else checkFrom(`columns.${column.name}`, rule);
	}
	for (const name of Object.keys(m.columns)) {
		if (!table.columns.some((c) => c.name === name)) fail(`columns.${name}`, name, `a column of table ${table.name}`);
	}
	const drop: { column: string; pattern: RegExp }[][] = [];
	(m.drop_where ?? []).forEach((entry, i) => {
		const rules: { column: string; pattern: RegExp }[] = [];
		for (const [column, source] of Object.entries(entry)) {
			if (!available.has(column)) fail(`drop_where.${i}.${column}`, column, 'a column of the file, of the unpivot or of derive');
			try {
				rules.push({ column, pattern: new RegExp(source) });
			} catch {
				fail(`drop_where.${i}.${column}`, source, 'a valid regular expression');
			}
		}
		drop.push(rules);
	});
	if (problems.length > 0) return { problems };
	const lookupFiles = m.lookups ?? {};
	const derived = Object.entries(m.derive ?? {}).map(([name, rule]) => ({ name, rule: compileRule(rule, lookups, lookupFiles) }));
	const rules = table.columns.map((c) => ({ name: c.name, rule: compileRule(m.columns[c.name], lookups, lookupFiles) }));
	return { loaded: { mapping: m, table, lookups, drop, derived, rules }, problems };
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

function compileRule(
	rule: ColumnRule | DeriveRule,
	lookups: ReadonlyMap<string, Map<string, string>>,
	lookupFiles: NonNullable<Mapping['lookups']>
): CompiledRule {
	if ('const' in rule) {
		const value = rule.const;
		return () => ({ value });
	}
	if ('template' in rule) {
		const { template } = rule;
		return (source) => ({ value: template.replace(/\{([^{}]+)\}/g, (_, c: string) => (source[c] ?? '').trim()) });
	}
	const { from, map, scale, period, iso2, keep_unmapped } = rule;
	const lookup = rule.lookup ? lookups.get(rule.lookup) : undefined;
	const lookupHint = expecting('expected.lookup', {
		file: rule.lookup && lookupFiles[rule.lookup] ? lookupSource(lookupFiles[rule.lookup]).file : ''
	});
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
		if (scale !== undefined && NUMBER.test(value)) {
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
	const { mapping, drop, derived, rules } = loaded;
	const unpivot = mapping.unpivot;
	// Every value of the file is read trimmed (drop_where and the unpivot see it so too).
	const trimmed = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, (v ?? '').trim()]));
	const expanded: Record<string, string>[] = unpivot
		? unpivot.columns.map((c) => ({ ...trimmed, [unpivot.name]: c, [unpivot.value]: trimmed[c] }))
		: [trimmed];
	const records: Record<string, string>[] = [];
	const problems: Problem[] = [];
	const apply = (list: LoadedMapping['rules'], source: Record<string, string>, out: Record<string, string>, failed: Problem[]) => {
		for (const { name, rule } of list) {
			const result = rule(source);
			if ('value' in result) out[name] = result.value;
			else
				failed.push({
					file: at.file,
					line: at.line,
					field: result.from,
					value: result.raw,
					expected: result.expected,
					expectation: result.expectation
				});
		}
	};
	for (const base of expanded) {
		const failed: Problem[] = [];
		const source = { ...base };
		// Derived columns first (each may use the ones before it); a dropped row reports nothing.
		for (const d of derived) apply([d], source, source, failed);
		if (drop.length > 0 && isDropped(drop, source)) continue;
		const out: Record<string, string> = {};
		if (failed.length === 0) apply(rules, source, out, failed);
		if (failed.length === 0) records.push(out);
		problems.push(...failed);
	}
	return { records, problems };
}
