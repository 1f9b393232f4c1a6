/**
 * Turns one record of text fields (a CSV row, a mapped raw row, a dropped file's row) into a typed
 * row of a published table, or into the list of what is wrong with it.
 */
import type { ColumnSpec, RowOf, TableSpec } from './columns';
import { isKnownCode } from './countries';

export interface Problem {
	/** File the record came from. */
	file: string;
	/** 1-based line number in that file (1 is the header). */
	line: number;
	/** Column (field) at fault; "*" for the whole row. */
	field: string;
	/** The offending value as read. */
	value: string;
	/** What was expected instead. */
	expected: string;
}

export function formatProblem(p: Problem): string {
	const shown = p.value.length > 60 ? `${p.value.slice(0, 57)}...` : p.value;
	return `${p.file}:${p.line}: field "${p.field}": got ${JSON.stringify(shown)}, expected ${p.expected}`;
}

export type CellValue = string | number | boolean | null;
type CellResult = { ok: true; value: CellValue } | { ok: false; expected: string };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const INTEGER = /^[-+]?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkRange(n: number, column: { min?: number; max?: number }): string | null {
	if (column.min !== undefined && n < column.min) return `a number ≥ ${column.min}`;
	if (column.max !== undefined && n > column.max) return `a number ≤ ${column.max}`;
	return null;
}

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
		return column.nullable ? { ok: true, value: null } : { ok: false, expected: 'a value (the column is required)' };
	}
	switch (column.type) {
		case 'double': {
			if (!NUMBER.test(text)) return { ok: false, expected: 'a number' };
			const n = Number(text);
			if (!Number.isFinite(n)) return { ok: false, expected: 'a finite number' };
			const range = checkRange(n, column);
			return range ? { ok: false, expected: range } : { ok: true, value: n };
		}
		case 'integer': {
			if (!INTEGER.test(text)) return { ok: false, expected: 'a whole number' };
			const n = Number(text);
			if (!Number.isSafeInteger(n)) return { ok: false, expected: 'a whole number of safe size' };
			const range = checkRange(n, column);
			return range ? { ok: false, expected: range } : { ok: true, value: n };
		}
		case 'date':
			return isIsoDate(text) ? { ok: true, value: text } : { ok: false, expected: 'a calendar date as YYYY-MM-DD' };
		case 'boolean':
			if (text === 'true' || text === '1') return { ok: true, value: true };
			if (text === 'false' || text === '0') return { ok: true, value: false };
			return { ok: false, expected: 'true or false' };
		case 'text':
			if (column.values && !column.values.includes(text)) {
				return { ok: false, expected: `one of ${column.values.join(', ')}` };
			}
			if (column.pattern && !column.pattern.test(text)) {
				return { ok: false, expected: column.patternHint ?? `text matching ${column.pattern}` };
			}
			if (column.country && !isKnownCode(text)) {
				return { ok: false, expected: 'an ISO 3166 alpha-3 code or a project code (see src/lib/schema/extra-codes.ts)' };
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
			problems.push({ ...at, field: column.name, value: '', expected: 'the column to be present' });
			continue;
		}
		const result = parseCell(column, raw);
		if (result.ok) row[column.name] = result.value;
		else problems.push({ ...at, field: column.name, value: raw, expected: result.expected });
	}
	const start = row['period_start'];
	const end = row['period_end'];
	if (typeof start === 'string' && typeof end === 'string' && end < start) {
		problems.push({ ...at, field: 'period_end', value: end, expected: `a date on or after period_start (${start})` });
	}
	return { row: problems.length === 0 ? (row as RowOf<T>) : null, problems };
}
