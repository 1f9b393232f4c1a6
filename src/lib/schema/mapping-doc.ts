/**
 * The shape of a mapping document (data/mappings/*.json, or the one the explorer makes for a
 * person's own file), checked with valibot: a malformed document gives one problem per field,
 * named by its path in the document (`columns.value.scale`), never an exception.
 */
import * as v from 'valibot';
import type { Problem } from './validate';

export const PERIOD_PARTS = ['year_start', 'year_end', 'month_start', 'month_end'] as const;
export type PeriodPart = (typeof PERIOD_PARTS)[number];

const name = v.pipe(v.string('a text'), v.minLength(1, 'a non-empty name'));
const nameList = v.pipe(v.array(name, 'a list of column names'), v.minLength(1, 'at least one column name'));

const ConstRuleSchema = v.strictObject({ const: v.string('a text value') }, 'a rule with "from" or "const"');

const FromRuleSchema = v.strictObject(
	{
		/** Column of the file (or of the unpivot, or a derived column) the value comes from. */
		from: name,
		/** Exact replacements: file value → published value. A value not listed is an error… */
		map: v.optional(v.record(v.string(), v.string('a text value'), 'an object of value replacements')),
		/** …unless this is true: then a value not listed passes unchanged. */
		keep_unmapped: v.optional(v.boolean('true or false')),
		/** Name of a lookup table (see `lookups`): file value → code. */
		lookup: v.optional(name),
		/** The value is an ISO alpha-2 code to turn into alpha-3 (the lookup, if any, is tried first). */
		iso2: v.optional(v.boolean('true or false')),
		/** Multiply a number by this (e.g. 1000000 for millions). */
		scale: v.optional(v.pipe(v.number('a number'), v.finite('a finite number'), v.gtValue(0, 'a number above 0'))),
		/** Derive a date from a year (YYYY) or month (YYYY-MM). */
		period: v.optional(v.picklist(PERIOD_PARTS, `one of ${PERIOD_PARTS.join(', ')}`))
	},
	'a rule with "from" or "const"'
);

const TemplateRuleSchema = v.strictObject(
	{
		/** Text made of other columns: `{year}-{month}`. */
		template: v.pipe(v.string(), v.regex(/\{[^{}]+\}/, 'a text naming at least one column as {column}'))
	},
	'a rule with "from" or "template"'
);

const csvFile = v.pipe(v.string('a text'), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.csv$/, 'a plain CSV file name'));
const LookupSchema = v.union(
	[csvFile, v.strictObject({ file: csvFile, key: name, value: name }, 'an object with file, key and value')],
	'a CSV file name, or an object with file, key and value'
);

/** A lookup's file and the columns read from it. */
export function lookupSource(lookup: string | { file: string; key: string; value: string }): { file: string; key: string; value: string } {
	return typeof lookup === 'string' ? { file: lookup, key: 'name', value: 'code' } : lookup;
}

const ColumnRuleSchema = v.union([ConstRuleSchema, FromRuleSchema], 'a rule with "from" or "const"');
const DeriveRuleSchema = v.union([FromRuleSchema, TemplateRuleSchema], 'a rule with "from" or "template"');

export const MappingSchema = v.strictObject(
	{
		/** The published table the rows go into. */
		table: name,
		/** File name inside the raw directory (.csv or .csv.gz for the data build): a plain name, never a path. */
		file: v.pipe(v.string('a text'), v.regex(/^(?!\.)[^/\\]+$/, 'a plain file name, not a path')),
		description: v.string('a text'),
		/** The file's header: every column it must have. */
		columns_in_file: nameList,
		/** Turn several value columns into one row each: their names go to `name`, their values to `value`. */
		unpivot: v.optional(v.strictObject({ columns: nameList, name, value: name }, 'an object with columns, name and value')),
		/** Rows to leave out: each entry lists column → regular expression; a row matching all of one entry is dropped. */
		drop_where: v.optional(v.array(v.record(name, v.string('a regular expression'), 'an object of column → regular expression'), 'a list')),
		/**
		 * Lookup tables: name → a CSV file beside the mapping with columns name,code, or
		 * { file, key, value } naming the file's two columns to read (a publisher's own code list).
		 */
		lookups: v.optional(v.record(name, LookupSchema, 'an object of name → lookup')),
		/** Intermediate columns, computed before the table's columns and usable by them. */
		derive: v.optional(v.record(name, DeriveRuleSchema, 'an object of name → rule')),
		/** One rule for every column of the published table. */
		columns: v.record(name, ColumnRuleSchema, 'an object of column rules'),
		/** "drop": rows repeated with every value identical are kept once (and counted); differing repeats stay errors. */
		identical_duplicates: v.optional(v.picklist(['drop', 'error'], 'drop or error'))
	},
	'a JSON object of mapping fields'
);

export type Mapping = v.InferOutput<typeof MappingSchema>;
export type ConstRule = v.InferOutput<typeof ConstRuleSchema>;
export type FromRule = v.InferOutput<typeof FromRuleSchema>;
export type TemplateRule = v.InferOutput<typeof TemplateRuleSchema>;
export type ColumnRule = ConstRule | FromRule;
export type DeriveRule = FromRule | TemplateRule;

/** The document as a Mapping, or one problem per malformed field (line 1: the document as a whole). */
export function parseMappingDoc(json: unknown, label: string): { mapping?: Mapping; problems: Problem[] } {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return {
			problems: [{ file: label, line: 1, field: '*', value: JSON.stringify(json) ?? '', expected: 'a JSON object of mapping fields' }]
		};
	}
	const result = v.safeParse(MappingSchema, json, { abortPipeEarly: true });
	if (result.success) return { mapping: result.output, problems: [] };
	const problems = result.issues.map((issue) => ({
		file: label,
		line: 1,
		field: v.getDotPath(issue) ?? '*',
		value: issue.input === undefined ? '' : typeof issue.input === 'string' ? issue.input : JSON.stringify(issue.input),
		// A field left out comes with its parent's message; say what is meant.
		expected: issue.input === undefined && (issue.path?.length ?? 0) > 0 ? 'this field (it is required)' : issue.message
	}));
	return { problems };
}
