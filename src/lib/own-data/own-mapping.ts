/**
 * The person's choices (which column of their file is the reporter, the partner, the flow, the
 * period, the value and the unit) made into a mapping document, then applied with the pipeline's
 * own rules (src/lib/schema/mapping.ts) and checked with its validator.
 */
import { applyMapping, compileMapping, type ColumnRule, type Mapping } from '$lib/schema/mapping';
import { OWN_SOURCE, OWN_TABLE, ownTrade } from '$lib/schema/own-trade';
import type { RowOf } from '$lib/schema/columns';
import { expectedText, expecting, validateRecord, type Expectation, type Problem } from '$lib/schema/validate';
import type { OwnFile } from './read-own-file';
import type { Translate } from '$lib/i18n/translate';

export const OWN_FIELDS = ['reporter', 'partner', 'flow', 'period', 'value', 'unit'] as const;
export type OwnField = (typeof OWN_FIELDS)[number];

/** A field is read from a column of the file, or is the same for every row. */
export type FieldChoice = { column: string } | { fixed: string };

export interface OwnChoices {
	fields: Record<OwnField, FieldChoice>;
	/** What one unit of the value column is worth in US$. */
	scale: number;
}

/** Fields that may be one value for the whole file, and the values offered. */
export const FIXED_VALUES: Partial<Record<OwnField, readonly string[]>> = {
	flow: ['exports', 'imports'],
	unit: ['USD']
};

/** What a file's values may be in: US$, thousands, millions or billions of US$ (named by `own.scale.<n>`). */
export const SCALES = [1, 1e3, 1e6, 1e9] as const;

/** Words in a column's name that usually mean each field; the first column that matches is guessed. */
const LIKELY: Record<OwnField, RegExp> = {
	reporter: /reporter|declarant|^country|^economy/i,
	partner: /partner|counterpart/i,
	flow: /flow|direction/i,
	period: /period|year|^time$|^date$/i,
	value: /value|amount/i,
	unit: /unit|currency/i
};

const FLOW_WORDS: Record<string, 'exports' | 'imports'> = {
	x: 'exports',
	exp: 'exports',
	export: 'exports',
	exports: 'exports',
	m: 'imports',
	imp: 'imports',
	import: 'imports',
	imports: 'imports'
};

const UNIT_WORDS = new Set(['usd', 'us$', 'us dollars', 'us dollar', '$us']);

/** A first guess from the file's header: columns named like the field, else a fixed value. */
export function guessChoices(header: readonly string[]): OwnChoices {
	const fields = Object.fromEntries(
		OWN_FIELDS.map((f) => {
			const column = header.find((h) => LIKELY[f].test(h.trim()));
			if (column) return [f, { column }];
			const fixed = FIXED_VALUES[f]?.[0];
			return [f, fixed ? { fixed } : { column: '' }];
		})
	) as Record<OwnField, FieldChoice>;
	const valueColumn = 'column' in fields.value ? fields.value.column : '';
	const scale = /million/i.test(valueColumn) ? 1e6 : /thousand/i.test(valueColumn) ? 1e3 : 1;
	return { fields, scale };
}

const distinct = (file: OwnFile, column: string) => [...new Set(file.records.map((r) => (r.record[column] ?? '').trim()))];

/** Two-letter codes are ISO alpha-2 (CA), three-letter ones alpha-3 (CAN). */
function usesAlpha2(file: OwnFile, column: string): boolean {
	const sample = file.records
		.slice(0, 50)
		.map((r) => (r.record[column] ?? '').trim())
		.filter((v) => v !== '');
	return sample.length > 0 && sample.every((v) => /^[A-Za-z]{2}$/.test(v));
}

function codeRule(file: OwnFile, choice: FieldChoice): ColumnRule {
	if ('fixed' in choice) return { const: choice.fixed.trim().toUpperCase() };
	return usesAlpha2(file, choice.column) ? { from: choice.column, iso2: true } : { from: choice.column };
}

/** The mapping document for these choices: the same format as data/mappings/*.json. */
export function ownMapping(file: OwnFile, choices: OwnChoices): Mapping {
	const { reporter, partner, flow, period, value, unit } = choices.fields;
	const column = (choice: FieldChoice): ColumnRule => ('column' in choice ? { from: choice.column } : { const: choice.fixed });
	const flowRule: ColumnRule =
		'fixed' in flow
			? { const: flow.fixed }
			: {
					from: flow.column,
					map: {
						exports: 'exports',
						imports: 'imports',
						...Object.fromEntries(
							distinct(file, flow.column).flatMap((v) => (FLOW_WORDS[v.toLowerCase()] ? [[v, FLOW_WORDS[v.toLowerCase()]]] : []))
						)
					}
				};
	const unitRule: ColumnRule =
		'fixed' in unit
			? { const: unit.fixed }
			: {
					from: unit.column,
					map: {
						USD: 'USD',
						...Object.fromEntries(distinct(file, unit.column).flatMap((v) => (UNIT_WORDS.has(v.toLowerCase()) ? [[v, 'USD']] : [])))
					}
				};
	return {
		table: OWN_TABLE,
		file: file.name,
		description: `${file.name}, mapped in the explorer`,
		columns_in_file: file.header,
		columns: {
			reporter: codeRule(file, reporter),
			partner: codeRule(file, partner),
			flow: flowRule,
			year: column(period),
			value: 'column' in value ? { from: value.column, ...(choices.scale !== 1 ? { scale: choices.scale } : {}) } : { const: value.fixed },
			currency: unitRule,
			source_id: { const: OWN_SOURCE }
		}
	};
}

export type OwnRow = RowOf<typeof ownTrade>;

export interface OwnProblem {
	at: number;
	/** The column of the person's file (or the field, when it is a fixed value). */
	column: string;
	value: string;
	/** As a message where the project words it, else in the mapping's own words. */
	expectation?: Expectation;
	expected?: string;
}

export interface Mapped {
	rows: OwnRow[];
	problems: OwnProblem[];
}

/** Stop collecting after this many: the first few say what is wrong. */
export const MAX_PROBLEMS = 200;

/** Maps and validates every record; a problem names the line (or row) and the person's column. */
export function mapOwnFile(file: OwnFile, choices: OwnChoices): Mapped {
	const missing = OWN_FIELDS.filter((f) => {
		const c = choices.fields[f];
		return 'column' in c ? !file.header.includes(c.column) : c.fixed.trim() === '';
	});
	if (missing.length > 0)
		return { rows: [], problems: missing.map((f) => ({ at: 1, column: f, value: '', ...expecting('own.expected.column') })) };
	const compiled = compileMapping(ownMapping(file, choices), file.name, new Map(), (name) => (name === OWN_TABLE ? ownTrade : undefined));
	const translate = tableProblem(choices);
	if (!compiled.loaded) return { rows: [], problems: compiled.problems.map(translate) };
	const rows: OwnRow[] = [];
	const problems: OwnProblem[] = [];
	const seen = new Map<string, number>();
	for (const { at, record } of file.records) {
		if (problems.length >= MAX_PROBLEMS) break;
		const mapped = applyMapping(compiled.loaded, record, { file: file.name, line: at });
		// The mapping names the file's own columns already.
		problems.push(
			...mapped.problems.map((p) => ({ at: p.line, column: p.field, value: p.value, expected: p.expected, expectation: p.expectation }))
		);
		for (const r of mapped.records) {
			const { row, problems: invalid } = validateRecord(ownTrade, r, { file: file.name, line: at });
			problems.push(...invalid.map(translate));
			if (!row) continue;
			const key = `${row.reporter}|${row.partner}|${row.flow}|${row.year}`;
			const earlier = seen.get(key);
			if (earlier !== undefined) {
				problems.push({
					at,
					column: '*',
					value: `${row.reporter} ${row.flow} ${row.partner} ${row.year}`,
					...expecting('own.expected.unique', { line: earlier })
				});
			} else {
				seen.set(key, at);
				rows.push(row);
			}
		}
	}
	return { rows, problems };
}

/** The validator speaks of the table's columns; the person should read their own column names. */
const TARGET_FIELD: Record<string, OwnField> = {
	reporter: 'reporter',
	partner: 'partner',
	flow: 'flow',
	year: 'period',
	value: 'value',
	currency: 'unit'
};

function tableProblem(choices: OwnChoices) {
	return (p: Problem): OwnProblem => {
		const field = TARGET_FIELD[p.field];
		const choice = field ? choices.fields[field] : undefined;
		const column = choice ? ('column' in choice ? choice.column : field) : p.field;
		return { at: p.line, column, value: p.value, expected: p.expected, expectation: p.expectation };
	};
}

export function describeOwnProblem(file: Pick<OwnFile, 'name' | 'kind'>, p: OwnProblem, t: Translate): string {
	const where = t(file.kind === 'csv' ? 'own.problem.line' : 'own.problem.row', { at: p.at });
	const what = p.column === '*' ? t('own.problem.the.row') : t('own.problem.column', { column: p.column });
	const shown = p.value.length > 40 ? `${p.value.slice(0, 37)}...` : p.value;
	const got = p.value === '' ? t('own.problem.empty') : t('own.problem.got', { value: JSON.stringify(shown) });
	const expected = expectedText(p, t);
	return t('own.problem', { where, what, got, expected });
}
