/** Streams a CSV file (plain or .gz) as records keyed by header, with their line numbers. */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import type { Problem } from '../../src/lib/schema/validate';
import type { ProblemLog } from './problems';

export interface CsvRecord {
	line: number;
	record: Record<string, string>;
}

export interface CsvOptions {
	/** Name used in problem reports (a path relative to the project or raw directory). */
	label: string;
	/** Columns the header must hold, in any order. */
	expectedColumns: readonly string[];
}

/** The problem with a file's header (null: none), when it must hold exactly the expected columns. */
export function headerProblem(label: string, header: readonly string[] | null, expected: readonly string[]): Problem | null {
	if (header === null) return { file: label, line: 1, field: 'header', value: '', expected: `a header row with ${expected.join(',')}` };
	const missing = expected.filter((c) => !header.includes(c));
	const extra = header.filter((c) => !expected.includes(c));
	if (missing.length === 0 && extra.length === 0) return null;
	return {
		file: label,
		line: 1,
		field: 'header',
		value: header.join(','),
		expected: `the columns ${expected.join(',')}${missing.length ? ` (missing: ${missing.join(', ')})` : ''}${extra.length ? ` (unexpected: ${extra.join(', ')})` : ''}`
	};
}

/** The first record of a CSV file (plain or .gz), trimmed, or null for an empty file. */
export async function readHeader(path: string): Promise<string[] | null> {
	const input = createReadStream(path);
	const parser = parse({ bom: true, relax_column_count: true, to_line: 1, skip_empty_lines: true });
	const source = path.endsWith('.gz') ? input.pipe(createGunzip()) : input;
	source.on('error', (e: Error) => parser.destroy(e));
	source.pipe(parser);
	try {
		for await (const record of parser as AsyncIterable<string[]>) {
			input.destroy();
			return record.map((h) => h.trim());
		}
	} catch {
		return null;
	} finally {
		input.destroy();
	}
	return null;
}

/**
 * Yields every record whose column count matches the header; reports header mismatches,
 * wrong column counts and unparseable CSV to the log instead of throwing.
 */
export async function* readCsv(path: string, options: CsvOptions, log: ProblemLog): AsyncGenerator<CsvRecord> {
	const { label, expectedColumns } = options;
	const input = createReadStream(path);
	const parser = parse({ bom: true, relax_column_count: true, info: true, raw: true, skip_empty_lines: true });
	const source = path.endsWith('.gz') ? input.pipe(createGunzip()) : input;
	source.on('error', (e: Error) => parser.destroy(e));
	source.pipe(parser);

	let header: string[] | null = null;
	try {
		for await (const chunk of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
			const { record, info } = chunk;
			if (header === null) {
				header = record.map((h) => h.trim());
				const wrong = headerProblem(label, header, expectedColumns);
				if (wrong) {
					log.add(wrong);
					return;
				}
				continue;
			}
			if (record.length !== header.length) {
				log.add({
					file: label,
					line: info.lines,
					field: '*',
					// The record as written, without its line ending.
					value: chunk.raw.replace(/\r?\n$/, ''),
					expected: `${header.length} fields as in the header, found ${record.length}`
				});
				continue;
			}
			const out: Record<string, string> = {};
			for (let i = 0; i < header.length; i++) out[header[i]] = record[i];
			yield { line: info.lines, record: out };
		}
	} catch (error) {
		const e = error as Error & { lines?: number; code?: string };
		log.add({ file: label, line: e.lines ?? 0, field: '*', value: e.code ?? 'CSV', expected: `well-formed CSV (${e.message})` });
	}
	if (header === null) log.add(headerProblem(label, null, expectedColumns)!);
}
