/**
 * Reads one raw official table into its staging table with DuckDB: the file by DuckDB's own CSV
 * reader (every column declared as text, so each bad cell can be reported as written), the
 * mapping compiled to SQL (mapping-sql.ts), every problem of every row reported with its line,
 * and only good rows staged.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { LoadedMapping } from '../../src/lib/schema/mapping';
import { expecting, type Problem } from '../../src/lib/schema/validate';
import { headerProblem, readHeader } from './csv-input';
import { TRIM_CHARS, trimSql } from './cell-sql';
import { compileMappingSql } from './mapping-sql';
import type { ProblemLog } from './problems';
import { quoteIdent as q, quoteText, stageName, type Origin } from './staging';

/** Problems kept per file for the report (all are counted). */
const KEEP = 200;

type Row = Record<string, unknown>;

async function rows(db: DuckDBConnection, sql: string): Promise<Row[]> {
	return (await db.runAndReadAll(sql)).getRowObjectsJson() as Row[];
}

/** DuckDB's rejects: rows its CSV reader could not split into the header's columns. */
async function rejectProblems(db: DuckDBConnection, label: string, width: number): Promise<{ problems: Problem[]; lines: number[] }> {
	const found = await rows(db, 'SELECT line, column_name, error_type, csv_line, error_message FROM _rejects ORDER BY line');
	const problems = found.map((r) => {
		const count = /Found: (\d+)/.exec(String(r.error_message));
		const columns = r.error_type === 'MISSING COLUMNS' || r.error_type === 'TOO MANY COLUMNS';
		return {
			file: label,
			line: Number(r.line),
			field: '*',
			value: String(r.csv_line ?? ''),
			expected: columns && count ? `${width} fields as in the header, found ${count[1]}` : `well-formed CSV (${String(r.error_message)})`
		};
	});
	return { problems, lines: found.map((r) => Number(r.line)) };
}

/** A data row's line in the file: one past the header, moved on by the rows DuckDB rejected before it. */
function lineOf(line: number, rejected: readonly number[]): number {
	let at = line;
	for (const r of rejected) if (r <= at) at++;
	return at;
}

export async function importRawSql(
	db: DuckDBConnection,
	loaded: LoadedMapping,
	path: string,
	label: string,
	log: ProblemLog,
	tables: { knownCodes: string; alpha2: string },
	origin: Origin = 'raw'
): Promise<{ read: number } | null> {
	let t = Date.now();
	const lap = (what: string) => {
		if (process.env.TRADE_LENS_TIMING) console.log(`    ${label} ${what}: ${Date.now() - t} ms`);
		t = Date.now();
	};
	const expected = loaded.mapping.columns_in_file;
	const header = await readHeader(path);
	const wrong = headerProblem(label, header, expected);
	if (wrong) {
		log.add(wrong);
		return null;
	}
	const columns = `{${header!.map((c) => `${quoteText(c)}: 'VARCHAR'`).join(', ')}}`;
	try {
		await db.run('DROP TABLE IF EXISTS _rejects; DROP TABLE IF EXISTS _scans');
		await db.run(
			`CREATE OR REPLACE TEMP TABLE source AS
			 SELECT row_number() OVER () AS _row, ${header!.map((c) => `${trimSql(`coalesce(${q(c)}, '')`, '$2')} AS ${q(c)}`).join(', ')}
			 FROM read_csv($1, header = true, columns = ${columns}, auto_detect = false,
			   delim = ',', quote = '"', escape = '"', strict_mode = true, store_rejects = true,
			   rejects_table = '_rejects', rejects_scan = '_scans')`,
			[path, TRIM_CHARS]
		);
	} catch (e) {
		log.add({ file: label, line: 0, field: '*', value: '', expected: `a readable UTF-8 CSV file (${(e as Error).message.split('\n')[0]})` });
		return null;
	}
	lap('read');
	const rejects = await rejectProblems(db, label, header!.length);
	log.addAll(rejects.problems);
	// Quoted values that hold line breaks move the lines after them on.
	const breaks = header!.map((c) => `(len(${q(c)}) - len(replace(${q(c)}, chr(10), '')))`).join(' + ');
	const [{ n: multiline }] = await rows(db, `SELECT count(*) FILTER (WHERE ${breaks} > 0)::INTEGER AS n FROM source`);
	const line = Number(multiline) > 0 ? `(s._row + 1 + coalesce(sum(${breaks}) OVER (ORDER BY s._row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))` : '(s._row + 1)';
	await db.run(`CREATE OR REPLACE TEMP TABLE source_lines AS SELECT s._row, ${line}::INTEGER AS _line FROM source s`);

	lap('lines');
	const compiled = await compileMappingSql(db, loaded, tables.knownCodes, tables.alpha2);
	await db.run(`CREATE OR REPLACE TEMP TABLE mapped AS ${compiled.sql}`, compiled.params.values, compiled.params.types);

	lap('mapped');
	// Every problem counted; the first ones of the file kept with their lines and values.
	const ruleFails = compiled.failures.filter((f) => !f.fail.startsWith('_fc'));
	const cellFails = compiled.failures.filter((f) => f.fail.startsWith('_fc'));
	const count = (list: typeof compiled.failures, extra = '') => [...list.map((f) => `(${f.fail} IS NOT NULL)::INTEGER`), ...(extra ? [extra] : [])].join(' + ') || '0';
	const [{ n: total }] = await rows(
		db,
		`SELECT coalesce(sum(CASE _bad WHEN 1 THEN ${count(ruleFails)} ELSE ${count(cellFails, '(_fo IS NOT NULL)::INTEGER')} END), 0)::BIGINT AS n FROM mapped WHERE _bad > 0`
	);
	if (Number(total) > 0) {
		const bad = await rows(db, `SELECT m.*, l._line FROM mapped m JOIN source_lines l USING (_row) WHERE _bad > 0 ORDER BY _row LIMIT ${KEEP}`);
		const problems: Problem[] = [];
		for (const r of bad) {
			const at = { file: label, line: lineOf(Number(r._line), rejects.lines) };
			for (const f of r._bad === 1 ? ruleFails : cellFails) {
				if (r[f.fail] === null || r[f.fail] === undefined) continue;
				const check = compiled.checks.list[Number(r[f.fail])];
				problems.push({ ...at, field: f.field, value: String(r[f.text] ?? ''), ...check });
			}
			if (r._bad === 2 && r._fo !== null) {
				problems.push({ ...at, field: 'period_end', value: String(r.period_end), ...expecting('expected.after.start', { start: String(r.period_start) }) });
			}
		}
		log.addAll(problems.slice(0, KEEP));
		log.addCount(label, Number(total) - Math.min(problems.length, KEEP));
	}

	lap('problems');
	const cols = loaded.table.columns.map((c) => `m.${q(c.name)}`).join(', ');
	await db.run(
		`INSERT INTO ${stageName(loaded.table)} SELECT ${cols}, $1, $2, l._line FROM mapped m JOIN source_lines l USING (_row) WHERE _bad = 0`,
		[origin, label]
	);
	lap('staged');
	const [{ n: read }] = await rows(db, 'SELECT (SELECT count(*) FROM source) + (SELECT count(*) FROM _rejects) AS n');
	await db.run('DROP TABLE mapped; DROP TABLE source; DROP TABLE source_lines');
	return { read: Number(read) };
}
