/**
 * Reads one raw official table into its staging table with DuckDB: the file by DuckDB's own CSV
 * reader (every column declared as text, so each bad cell can be reported as written), the
 * mapping compiled to SQL (mapping-sql.ts) and run as one streaming pass, every problem of every
 * row reported with its line, and only good rows staged.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { templateColumns, type LoadedMapping } from '../../src/lib/schema/mapping';
import { expecting, type Problem } from '../../src/lib/schema/validate';
import { TRIM_CHARS, trimSql } from './cell-sql';
import { headerProblem, readHeader } from './csv-input';
import { placeLines, readRejects, recordLine } from './csv-lines';
import { compileMappingSql, type MappingSql } from './mapping-sql';
import type { ProblemLog } from './problems';
import { queryRows, quoteIdent as q, quoteText, stageName, type Origin } from './staging';
import { stopwatch } from './stopwatch';

/** Problems kept per file for the report (all are counted). */
const KEEP = 200;

type Row = Record<string, unknown>;

/**
 * Reads the file into the table _read: the columns the mapping uses, as written, `_row` numbering
 * the records in file order and `_breaks` counting the line breaks inside quoted values. Reading
 * runs on one thread (a .gz file cannot be split, and the sequence must follow the file), so it only
 * reads and numbers; a table rather than a subquery also gives the planner the true row count, so
 * joins with lookups hash the lookup, not the file.
 */
async function readFile(db: DuckDBConnection, path: string, header: readonly string[], used: ReadonlySet<string>): Promise<void> {
	const columns = `{${header.map((c) => `${quoteText(c)}: 'VARCHAR'`).join(', ')}}`;
	const count = header.map((c) => `coalesce(len(${q(c)}) - len(replace(${q(c)}, chr(10), '')), 0)`).join(' + ');
	const breaks = `CASE WHEN ${header.map((c) => `contains(${q(c)}, chr(10))`).join(' OR ')} THEN ${count} ELSE 0 END`;
	const kept = header.filter((c) => used.has(c)).map((c) => q(c));
	await db.run('DROP TABLE IF EXISTS _rejects; DROP TABLE IF EXISTS _scans; CREATE OR REPLACE TEMP SEQUENCE _rows START 1');
	await db.run(
		`CREATE OR REPLACE TEMP TABLE _read AS SELECT nextval('_rows') AS _row, (${breaks})::INTEGER AS _breaks, ${kept.join(', ')}
		 FROM read_csv($1, header = true, columns = ${columns}, auto_detect = false, parallel = false,
		   delim = ',', quote = '"', escape = '"', strict_mode = true, store_rejects = true,
		   rejects_table = '_rejects', rejects_scan = '_scans')`,
		[path]
	);
}

/** The file's rows as the mapping reads them: the used columns trimmed (only those: trimming copies every value). */
function sourceSql(header: readonly string[], used: ReadonlySet<string>, where = ''): string {
	const trimmed = header.filter((c) => used.has(c)).map((c) => `${trimSql(`coalesce(${q(c)}, '')`, quoteText(TRIM_CHARS))} AS ${q(c)}`);
	return `(SELECT _row, _breaks, ${trimmed.join(', ')} FROM _read${where})`;
}

/** The file columns a mapping reads: in its rules, its unpivot, its templates and its drop_where. */
function columnsRead(loaded: LoadedMapping): Set<string> {
	const m = loaded.mapping;
	const used = new Set<string>(m.unpivot?.columns ?? []);
	for (const rule of [...Object.values(m.columns), ...Object.values(m.derive ?? {})]) {
		if ('from' in rule) used.add(rule.from);
		if ('template' in rule) for (const c of templateColumns(rule.template)) used.add(c);
	}
	for (const entry of loaded.drop) for (const r of entry) used.add(r.column);
	return used;
}

/** Records the sequence numbered: every record DuckDB split into the header's columns. */
async function recordsRead(db: DuckDBConnection): Promise<number> {
	try {
		const [{ n }] = await queryRows(db, "SELECT currval('_rows') AS n");
		return Number(n);
	} catch {
		return 0; // no record at all
	}
}

/** The staged rows that have problems: the first ones' record numbers (lines are still record number + 1 here). */
async function badRecords(db: DuckDBConnection, stage: string, label: string): Promise<number[]> {
	const found = await queryRows(
		db,
		`SELECT DISTINCT _line - 1 AS r FROM ${stage} WHERE _file = ${quoteText(label)} AND _problems > 0 ORDER BY 1 LIMIT ${KEEP}`
	);
	return found.map((r) => Number(r.r));
}

/** The problems of these records, their texts read again from the file for them only. */
async function reportProblems(
	db: DuckDBConnection,
	loaded: LoadedMapping,
	source: (where: string) => string,
	records: readonly number[],
	lineOf: (row: number) => number,
	label: string,
	tables: { knownCodes: string; alpha2: string }
): Promise<Problem[]> {
	await db.run('CREATE OR REPLACE TEMP TABLE _bad (_row BIGINT)');
	for (const r of records) await db.run('INSERT INTO _bad VALUES ($1)', [r]);
	const again = await compileMappingSql(db, loaded, { source: source(' WHERE _row IN (SELECT _row FROM _bad)'), texts: true, ...tables });
	const bad = (await db.runAndReadAll(`${again.sql} ORDER BY _row`, again.params.values, again.params.types)).getRowObjectsJson() as Row[];
	const problems: Problem[] = [];
	for (const r of bad) {
		const at = { file: label, line: lineOf(Number(r._row)) };
		const ruleFailed = again.failures.some((f) => f.kind === 'rule' && r[f.fail] !== null);
		for (const f of again.failures.filter((f) => f.kind === (ruleFailed ? 'rule' : 'cell'))) {
			if (r[f.fail] === null || r[f.fail] === undefined) continue;
			problems.push({
				...at,
				field: f.field,
				value: f.text === "''" ? '' : String(r[f.text] ?? ''),
				...again.checks.list[Number(r[f.fail])]
			});
		}
		if (!ruleFailed && r._fo !== null) {
			problems.push({
				...at,
				field: 'period_end',
				value: String(r.period_end),
				...expecting('expected.after.start', { start: String(r.period_start) })
			});
		}
	}
	return problems;
}

/** How many problems a row holds: its rule failures where a rule failed, else its cell failures. */
function problemCount(compiled: MappingSql): string {
	const count = (kind: 'rule' | 'cell') =>
		[
			...compiled.failures.filter((f) => f.kind === kind).map((f) => `(${f.fail} IS NOT NULL)::INTEGER`),
			...(kind === 'cell' ? ['(_fo IS NOT NULL)::INTEGER'] : [])
		].join(' + ') || '0';
	const ruleFailed =
		compiled.failures
			.filter((f) => f.kind === 'rule')
			.map((f) => `${f.fail} IS NOT NULL`)
			.join(' OR ') || 'false';
	return `CASE WHEN ${ruleFailed} THEN ${count('rule')} ELSE ${count('cell')} END`;
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
	const lap = stopwatch(`${label} `);
	const header = await readHeader(path);
	const wrong = headerProblem(label, header, loaded.mapping.columns_in_file);
	if (wrong) {
		log.add(wrong);
		return null;
	}
	const used = columnsRead(loaded);
	const source = (where: string) => sourceSql(header!, used, where);
	const compiled = await compileMappingSql(db, loaded, { source: source(''), texts: false, ...tables });
	const stage = stageName(loaded.table);
	const columns = loaded.table.columns.map((c) => q(c.name)).join(', ');
	try {
		await readFile(db, path, header!, used);
		lap('read');
		// Every row goes in with its count of problems; the ones that have any are reported, then deleted.
		const p = compiled.params;
		const origin$ = p.text(origin);
		const file$ = p.text(label);
		await db.run(
			`INSERT INTO ${stage} SELECT ${columns}, ${origin$}, ${file$}, (_row + 1)::INTEGER, ${problemCount(compiled)}, _breaks FROM (${compiled.sql})`,
			p.values,
			p.types
		);
	} catch (e) {
		log.add({
			file: label,
			line: 0,
			field: '*',
			value: '',
			expected: `a readable UTF-8 CSV file (${(e as Error).message.split('\n')[0]})`
		});
		return null;
	}
	lap('mapped and staged');
	const read = await recordsRead(db);
	const rejected = await readRejects(db, label, header!.length);
	const [{ total }] = await queryRows(
		db,
		`SELECT coalesce(sum(_problems), 0)::BIGINT AS total FROM ${stage} WHERE _file = ${quoteText(label)}`
	);
	const bad = Number(total) > 0 ? await badRecords(db, stage, label) : [];
	const lineAt = await placeLines(db, stage, label, rejected);
	log.addAll(rejected.map((r) => ({ ...r.problem, line: lineAt(r.line) })));
	if (Number(total) > 0) {
		const problems = await reportProblems(db, loaded, source, bad, (row) => lineAt(recordLine(row, rejected)), label, tables);
		log.addAll(problems.slice(0, KEEP));
		log.addCount(label, Number(total) - Math.min(problems.length, KEEP));
		await db.run(`DELETE FROM ${stage} WHERE _file = $1 AND _problems > 0`, [label]);
	}
	await db.run('DROP TABLE _read');
	lap('problems');
	return { read: read + rejected.length };
}
