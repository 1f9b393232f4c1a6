/**
 * Turns one record of text fields (a CSV row, a mapped raw row, a dropped file's row) into a typed
 * row of a published table, or into the list of what is wrong with it.
 */
import type { ColumnSpec, RowOf, TableSpec } from './columns';
import { isKnownCode } from './countries';
// Types only: the message keys are the contract between the layers; the words are chosen at the edge.
import type { MessageKey, MessageParams, Translate } from '../i18n/translate';

/** What a value should have been, as a message, so each language can word it. */
export interface Expectation {
	key: MessageKey;
	params?: MessageParams;
}

/** A failed expectation, as its message key and parameters. */
export function expecting(key: MessageKey, params?: MessageParams): { expectation: Expectation } {
	return { expectation: params ? { key, params } : { key } };
}

export interface Problem {
	/** File the record came from. */
	file: string;
	/** 1-based line number in that file (1 is the header). */
	line: number;
	/** Column (field) at fault; "*" for the whole row. */
	field: string;
	/** The offending value as read. */
	value: string;
	/** What was expected instead, as a message of the project's… */
	expectation?: Expectation;
	/** …or in the words a mapping document or a column's hint gives. */
	expected?: string;
}

/** What a problem expected, in the reader's language (or as its source wrote it). */
export const expectedText = (p: Pick<Problem, 'expected' | 'expectation'>, t: Translate): string =>
	p.expectation ? t(p.expectation.key, p.expectation.params) : (p.expected ?? '');

export function formatProblem(p: Problem, t: Translate): string {
	const shown = p.value.length > 60 ? `${p.value.slice(0, 57)}...` : p.value;
	return `${p.file}:${p.line}: field "${p.field}": got ${JSON.stringify(shown)}, expected ${expectedText(p, t)}`;
}

export type CellValue = string | number | boolean | null;
type CellResult = { ok: true; value: CellValue } | { ok: false; expected?: string; expectation?: Expectation };

/** The forms a number, a whole number and a date take in text; the data build's SQL uses the same patterns (RE2 reads them alike). */
export const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
export const INTEGER = /^[-+]?\d+$/;
export const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkRange(n: number, column: { min?: number; max?: number }): ReturnType<typeof expecting> | null {
	if (column.min !== undefined && n < column.min) return expecting('expected.min', { min: column.min });
	if (column.max !== undefined && n > column.max) return expecting('expected.max', { max: column.max });
	return null;
}

const fails = (key: MessageKey, params?: MessageParams): CellResult => ({ ok: false, ...expecting(key, params) });

export function isIsoDate(text: string): boolean {
	const m = DATE.exec(text);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Parses one cell by its column specification. Empty text is null. */
export function parseCell(column: ColumnSpec, raw: string): CellResult {
	const text = raw.trim();
	if (text === '') {
		return column.nullable ? { ok: true, value: null } : fails('expected.required');
	}
	switch (column.type) {
		case 'double': {
			if (!NUMBER.test(text)) return fails('expected.number');
			const n = Number(text);
			if (!Number.isFinite(n)) return fails('expected.finite');
			const range = checkRange(n, column);
			return range ? { ok: false, ...range } : { ok: true, value: n };
		}
		case 'integer': {
			if (!INTEGER.test(text)) return fails('expected.whole');
			const n = Number(text);
			if (!Number.isSafeInteger(n)) return fails('expected.safe');
			const range = checkRange(n, column);
			return range ? { ok: false, ...range } : { ok: true, value: n };
		}
		case 'date':
			return isIsoDate(text) ? { ok: true, value: text } : fails('expected.date');
		case 'boolean':
			if (text === 'true' || text === '1') return { ok: true, value: true };
			if (text === 'false' || text === '0') return { ok: true, value: false };
			return fails('expected.boolean');
		case 'text':
			if (column.values && !column.values.includes(text)) {
				return column.valuesHint
					? { ok: false, expected: column.valuesHint }
					: fails('expected.one.of', { values: column.values.join(', ') });
			}
			if (column.pattern && !column.pattern.test(text)) {
				return column.patternHint
					? { ok: false, expected: column.patternHint }
					: fails('expected.pattern', { pattern: String(column.pattern) });
			}
			if (column.country && !isKnownCode(text)) {
				return fails('expected.iso3');
			}
			return { ok: true, value: text };
	}
}

export interface Located {
	file: string;
	line: number;
}

/**
 * Validates a record against a table. Every problem is returned, not only the first;
 * the row is returned only when there are none.
 */
export function validateRecord<T extends TableSpec>(
	table: T,
	record: Readonly<Record<string, string | undefined>>,
	at: Located
): { row: RowOf<T> | null; problems: Problem[] } {
	const problems: Problem[] = [];
	const row: Record<string, CellValue> = {};
	for (const column of table.columns) {
		const raw = record[column.name];
		if (raw === undefined) {
			problems.push({ ...at, field: column.name, value: '', ...expecting('expected.present') });
			continue;
		}
		const result = parseCell(column, raw);
		if (result.ok) row[column.name] = result.value;
		else problems.push({ ...at, field: column.name, value: raw, expected: result.expected, expectation: result.expectation });
	}
	const start = row['period_start'];
	const end = row['period_end'];
	if (typeof start === 'string' && typeof end === 'string' && end < start) {
		problems.push({ ...at, field: 'period_end', value: end, ...expecting('expected.after.start', { start }) });
	}
	return { row: problems.length === 0 ? (row as RowOf<T>) : null, problems };
}
