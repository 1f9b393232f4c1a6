/**
 * The cell rules of src/lib/schema/validate.ts (parseCell) as SQL, for DuckDB to check millions of
 * mapped rows at once: a typed value, and a failure code naming the rule a cell breaks. The two
 * are kept in step by tests/data/import-agreement.test.ts, which runs both on the same fixtures.
 */
import type { ColumnSpec } from '../../src/lib/schema/columns';
import { sqlType } from '../../src/lib/schema/columns';
import { DATE, INTEGER, NUMBER, expecting, type Problem } from '../../src/lib/schema/validate';
import type { SqlParams } from './sql-params';

/** What a failure code means: the problem's words. */
export type Check = Pick<Problem, 'expected' | 'expectation'>;

/** Failure codes of one import: a code is an index into `list`. */
export class CheckList {
	readonly list: Check[] = [];
	add(check: Check): number {
		this.list.push(check);
		return this.list.length - 1;
	}
}

/** Whitespace JavaScript's String.prototype.trim removes (the common part of it). */
export const TRIM_CHARS = ' \t\n\r\v\f\u00a0\ufeff\u2028\u2029';

/**
 * trim(x, TRIM_CHARS), skipped where the first and last characters are visible ASCII (nearly every
 * cell): DuckDB's trim with a character set costs about three times a plain copy. The test is
 * ascii() for the first character and an end-anchored regular expression for the last, which reads
 * no more than that character (indexing a string by character costs as much as the trim).
 */
export function trimSql(x: string, chars: string): string {
	return `CASE WHEN ascii(${x}) BETWEEN 33 AND 126 AND NOT regexp_matches(${x}, '[^!-~]$') THEN ${x} ELSE trim(${x}, ${chars}) END`;
}

export interface CellSql {
	/** The typed value (meaningful only where fail is NULL). */
	typed: string;
	/** A failure code, or NULL. */
	fail: string;
}

/** `t` is a column holding the cell's text as mapped, trimmed with TRIM_CHARS (never NULL). */
export function cellSql(column: ColumnSpec, t: string, p: SqlParams, checks: CheckList, knownCodes: string): CellSql {
	const code = (e: ReturnType<typeof expecting> | Check) => String(checks.add(e));
	const empty = column.nullable ? 'NULL' : code(expecting('expected.required'));
	const when: [string, string][] = [];
	let typed: string;
	const range = (n: string, c: { min?: number; max?: number }) => {
		if (c.min !== undefined) when.push([`${n} < ${p.number(c.min)}`, code(expecting('expected.min', { min: c.min }))]);
		if (c.max !== undefined) when.push([`${n} > ${p.number(c.max)}`, code(expecting('expected.max', { max: c.max }))]);
	};
	switch (column.type) {
		case 'double': {
			typed = `TRY_CAST(${t} AS DOUBLE)`;
			when.push([`NOT regexp_full_match(${t}, ${p.text(NUMBER.source)})`, code(expecting('expected.number'))]);
			when.push([`${typed} IS NULL OR NOT isfinite(${typed})`, code(expecting('expected.finite'))]);
			range(typed, column);
			break;
		}
		case 'integer': {
			const big = `TRY_CAST(${t} AS HUGEINT)`;
			typed = `TRY_CAST(${t} AS INTEGER)`;
			when.push([`NOT regexp_full_match(${t}, ${p.text(INTEGER.source)})`, code(expecting('expected.whole'))]);
			when.push([`${big} IS NULL OR abs(${big}) > 9007199254740991`, code(expecting('expected.safe'))]);
			range(big, column);
			break;
		}
		case 'date': {
			typed = `TRY_CAST(${t} AS DATE)`;
			// The pattern fixes the form; the cast refuses days a month does not have (2025-02-30).
			const ok = `regexp_full_match(${t}, ${p.text(DATE.source)}) AND ${typed} IS NOT NULL`;
			when.push([`NOT coalesce(${ok}, false)`, code(expecting('expected.date'))]);
			break;
		}
		case 'boolean': {
			typed = `(${t} IN ('true', '1'))`;
			when.push([`${t} NOT IN ('true', '1', 'false', '0')`, code(expecting('expected.boolean'))]);
			break;
		}
		case 'text': {
			typed = t;
			if (column.values) {
				when.push([
					`NOT list_contains(${p.texts(column.values)}, ${t})`,
					code(expecting('expected.one.of', { values: column.values.join(', ') }))
				]);
			}
			if (column.pattern) {
				const hint = column.patternHint
					? { expected: column.patternHint }
					: expecting('expected.pattern', { pattern: String(column.pattern) });
				when.push([`NOT regexp_matches(${t}, ${p.text(column.pattern.source)})`, code(hint)]);
			}
			if (column.country) when.push([`${t} NOT IN (SELECT code FROM ${knownCodes})`, code(expecting('expected.iso3'))]);
			break;
		}
	}
	const fail = `CASE WHEN ${t} = '' THEN ${empty} ${when.map(([c, k]) => `WHEN ${c} THEN ${k}`).join(' ')} END`;
	return { typed: `CASE WHEN ${t} = '' THEN NULL ELSE CAST(${typed} AS ${sqlType(column)}) END`, fail };
}
