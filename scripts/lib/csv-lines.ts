/**
 * Lines of a raw CSV file as a person opening it sees them. DuckDB numbers records (its rejects'
 * `line` is the header plus the records before, rejected or not), and the import numbers the records
 * it accepted. A record's line here is the line it ends on, as csv-parse and Python's csv module
 * count: the record's number plus the line breaks inside quoted values up to and including it.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Problem } from '../../src/lib/schema/validate';
import { queryRows } from './staging';

/** A record DuckDB's CSV reader could not split into the header's columns: its record line and line breaks. */
export interface Rejected {
	line: number;
	breaks: number;
	problem: Problem;
}

/**
 * DuckDB's rejects, one per record (it gives a missing-columns record once per column it lacks; the
 * smallest count found is the record's own).
 */
export async function readRejects(db: DuckDBConnection, label: string, width: number): Promise<Rejected[]> {
	const found = await queryRows(
		db,
		`SELECT line, arg_min(error_type, error_message) AS error_type, arg_min(csv_line, error_message) AS csv_line,
		        min(TRY_CAST(regexp_extract(error_message, 'Found: (\\d+)', 1) AS INTEGER)) AS found, min(error_message) AS message
		 FROM _rejects GROUP BY line ORDER BY line`
	);
	return found.map((r) => {
		const columns = r.error_type === 'MISSING COLUMNS' || r.error_type === 'TOO MANY COLUMNS';
		const text = String(r.csv_line ?? '');
		return {
			line: Number(r.line),
			breaks: text.split('\n').length - 1,
			problem: {
				file: label,
				line: Number(r.line),
				field: '*',
				value: text,
				expected:
					columns && r.found !== null
						? `${width} fields as in the header, found ${String(r.found)}`
						: `well-formed CSV (${String(r.message)})`
			}
		};
	});
}

/** The record line of the accepted record numbered `row`: one past the header, moved on by each rejected record before it. */
export function recordLine(row: number, rejected: readonly Rejected[]): number {
	let at = row + 1;
	for (const r of rejected) if (r.line <= at) at++;
	return at;
}

/**
 * Staged rows' lines from record numbers (`_row + 1`) to the lines they end on; returns a lookup from
 * record line to that line, for the problems. Rows of one record (from an unpivot) share its line.
 */
export async function placeLines(
	db: DuckDBConnection,
	stage: string,
	file: string,
	rejected: readonly Rejected[]
): Promise<(line: number) => number> {
	// Rejected records first move the records after them on by one each, in record lines.
	for (const r of rejected.slice(0, 1000))
		await db.run(`UPDATE ${stage} SET _line = _line + 1 WHERE _file = $1 AND _line >= $2`, [file, r.line]);
	const [{ breaks }] = await queryRows(db, `SELECT coalesce(max(_breaks), 0)::INTEGER AS breaks FROM ${stage} WHERE _file = $1`, [file]);
	if (Number(breaks) === 0 && rejected.every((r) => r.breaks === 0)) return (line) => line;
	await db.run('CREATE OR REPLACE TEMP TABLE _rejected_breaks (line INTEGER, breaks INTEGER)');
	for (const r of rejected) await db.run('INSERT INTO _rejected_breaks VALUES ($1, $2)', [r.line, r.breaks]);
	await db.run(
		`CREATE OR REPLACE TEMP TABLE _line_map AS
		 SELECT line AS was, (line + sum(breaks) OVER (ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))::INTEGER AS line
		 FROM (SELECT DISTINCT _line AS line, _breaks AS breaks FROM ${stage} WHERE _file = $1 UNION ALL SELECT line, breaks FROM _rejected_breaks)`,
		[file]
	);
	const map = new Map((await queryRows(db, 'SELECT was, line FROM _line_map')).map((r) => [Number(r.was), Number(r.line)]));
	await db.run(`UPDATE ${stage} SET _line = m.line FROM _line_map m WHERE ${stage}._file = $1 AND ${stage}._line = m.was`, [file]);
	return (line) => map.get(line) ?? line;
}
