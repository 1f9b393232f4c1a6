/**
 * The data build: validate the curated CSVs (and, with a raw directory, import the official
 * tables through their mappings), check everything, and only then write Parquet and
 * manifest.json into the output directory, swapped in whole.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableSpec } from '../../src/lib/schema/columns';
import { TABLES, figures, sources, tableByName } from '../../src/lib/schema/tables';
import { validateRecord } from '../../src/lib/schema/validate';
import type { Manifest, ManifestPart, ManifestTable, RawInput } from '../../src/lib/schema/manifest';
import { runChecks, type ImpliedLevel } from './checks';
import { readCsv } from './csv-input';
import { dataDictionary } from './dictionary';
import { importRaw } from './import-raw';
import { loadMapping } from './mapping';
import { makeManifest, manifestTable, sha256File } from './manifest';
import { ProblemLog } from './problems';
import { StageWriter, openStaging, queryRows, quoteIdent as q, quoteText, stageName, type Origin } from './staging';

export interface BuildOptions {
	/** Project root: holds data/ (curated inputs and mappings). */
	root: string;
	/** Directory of raw official tables to import (each named by a mapping in data/mappings). */
	rawDir?: string;
	/** Where the Parquet files and manifest go (default: <root>/static/data). */
	outDir?: string;
	/** Progress lines. */
	log?: (line: string) => void;
}

export interface BuildResult {
	ok: boolean;
	problems: string[];
	problemCount: number;
	manifest?: Manifest;
	impliedLevels: ImpliedLevel[];
}

interface CuratedInput {
	table: TableSpec;
	path: string;
}

/** data/sources.csv, data/figures.csv and data/reference/<table>[.<part>].csv. */
async function curatedInputs(root: string, log: ProblemLog): Promise<CuratedInput[]> {
	const inputs: CuratedInput[] = [
		{ table: sources, path: join(root, 'data', 'sources.csv') },
		{ table: figures, path: join(root, 'data', 'figures.csv') }
	];
	const refDir = join(root, 'data', 'reference');
	const files = existsSync(refDir) ? (await readdir(refDir)).filter((f) => f.endsWith('.csv')).sort() : [];
	for (const file of files) {
		const table = tableByName(file.split('.')[0]);
		const label = `data/reference/${file}`;
		if (!table) log.add({ file: label, line: 0, field: '*', value: file, expected: `a file named after a published table (${TABLES.map((t) => t.name).join(', ')})` });
		else inputs.push({ table, path: join(refDir, file) });
	}
	return inputs;
}

async function stageCsv(
	db: DuckDBConnection,
	table: TableSpec,
	path: string,
	label: string,
	origin: Origin,
	log: ProblemLog
): Promise<number> {
	let read = 0;
	const writer = await StageWriter.open(db, table);
	for await (const { line, record } of readCsv(path, { label, expectedColumns: table.columns.map((c) => c.name) }, log)) {
		read++;
		const { row, problems } = validateRecord(table, record, { file: label, line });
		if (row) writer.append(row, origin, label, line);
		else log.addAll(problems);
	}
	writer.close();
	return read;
}

/** Deletes the second and later copies of rows of one file that repeat another row in every column. */
async function dropIdenticalRepeats(db: DuckDBConnection, table: TableSpec, label: string): Promise<number> {
	const cols = table.columns.map((c) => q(c.name)).join(', ');
	const stage = stageName(table);
	const [{ Count: n }] = await queryRows(
		db,
		`WITH doomed AS (SELECT _line FROM (SELECT _line, row_number() OVER (PARTITION BY ${cols} ORDER BY _line) AS copy
		                 FROM ${stage} WHERE _file = ${quoteText(label)}) WHERE copy > 1)
		 DELETE FROM ${stage} WHERE _file = ${quoteText(label)} AND _line IN (SELECT _line FROM doomed)`
	);
	return Number(n);
}

async function stageRaw(
	db: DuckDBConnection,
	root: string,
	rawDir: string,
	log: ProblemLog,
	progress: (s: string) => void
): Promise<RawInput[]> {
	const mappingDir = join(root, 'data', 'mappings');
	const files = (await readdir(mappingDir)).filter((f) => f.endsWith('.json')).sort();
	const inputs: RawInput[] = [];
	for (const file of files) {
		const mappingLabel = `data/mappings/${file}`;
		const { loaded, problems } = await loadMapping(join(mappingDir, file), mappingLabel, mappingDir);
		log.addAll(problems);
		if (!loaded) continue;
		const rawPath = join(rawDir, loaded.mapping.file);
		const label = `raw/${loaded.mapping.file}`;
		if (!existsSync(rawPath)) {
			log.add({ file: mappingLabel, line: 1, field: 'file', value: loaded.mapping.file, expected: `a file of that name in ${rawDir}` });
			continue;
		}
		const writer = await StageWriter.open(db, loaded.table);
		const started = Date.now();
		const counter = { read: 0 };
		for await (const { row, line } of importRaw(loaded, rawPath, label, log, counter)) writer.append(row, 'raw', label, line);
		const read = counter.read;
		writer.close();
		const dropped = loaded.mapping.identical_duplicates === 'drop' ? await dropIdenticalRepeats(db, loaded.table, label) : 0;
		progress(`  imported ${label}: ${read} rows read in ${((Date.now() - started) / 1000).toFixed(1)} s${dropped ? `; ${dropped} identical repeated rows dropped` : ''}`);
		inputs.push({ file: loaded.mapping.file, mapping: mappingLabel, ...(await sha256File(rawPath)), rows_read: read, identical_repeats_dropped: dropped });
	}
	return inputs;
}

/** Raw rows, plus the reference rows no raw row supersedes (same key). */
function finalSelect(table: TableSpec): string {
	const cols = table.columns.map((c) => q(c.name)).join(', ');
	const stage = stageName(table);
	const same = table.key.map((k) => `r.${q(k)} IS NOT DISTINCT FROM s.${q(k)}`).join(' AND ');
	return `SELECT ${cols} FROM ${stage} WHERE _origin = 'raw'
	        UNION ALL
	        SELECT ${cols} FROM ${stage} s WHERE _origin = 'reference'
	          AND NOT EXISTS (SELECT 1 FROM ${stage} r WHERE r._origin = 'raw' AND ${same})`;
}

async function writeTables(db: DuckDBConnection, dir: string): Promise<ManifestTable[]> {
	const tables: ManifestTable[] = [];
	// One thread while writing: the same rows then always make the same row groups and bytes.
	await db.run('SET threads = 1');
	for (const table of TABLES) {
		const file = `${table.name}.parquet`;
		const path = join(dir, file);
		const order = [...table.orderBy, ...table.columns.map((c) => c.name).filter((c) => !table.orderBy.includes(c))].map(q).join(', ');
		await db.run(`COPY (SELECT * FROM (${finalSelect(table)}) ORDER BY ${order})
		              TO ${quoteText(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`);
		const [{ n }] = await queryRows(db, `SELECT count(*)::INTEGER AS n FROM read_parquet(${quoteText(path)})`);
		const srcs = await queryRows(db, `SELECT DISTINCT source_id FROM read_parquet(${quoteText(path)}) ORDER BY 1`);
		const { sha256, bytes } = await sha256File(path);
		const entry = manifestTable(table, file, Number(n), bytes, sha256, srcs.map((r) => String(r.source_id)));
		if (table.splitBy) entry.parts = await writeParts(db, table, path, dir, order);
		tables.push(entry);
	}
	return tables;
}

/**
 * One Parquet file per value of each split column, in the table's order: DuckDB writes the
 * partitions in one pass, then each file is renamed after its value.
 */
async function writeParts(db: DuckDBConnection, table: TableSpec, whole: string, dir: string, order: string): Promise<ManifestPart[]> {
	const parts: ManifestPart[] = [];
	for (const column of table.splitBy ?? []) {
		const staging = join(dir, table.name, `.${column}`);
		await mkdir(join(dir, table.name), { recursive: true });
		await db.run(`COPY (SELECT * FROM read_parquet(${quoteText(whole)}) ORDER BY ${q(column)}, ${order})
		              TO ${quoteText(staging)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (${q(column)}), WRITE_PARTITION_COLUMNS true, FILENAME_PATTERN 'part', OVERWRITE)`);
		await mkdir(join(dir, table.name, column), { recursive: true });
		const keys = await queryRows(db, `SELECT ${q(column)} AS key, count(*)::INTEGER AS n FROM read_parquet(${quoteText(whole)}) GROUP BY 1 ORDER BY 1`);
		for (const { key, n } of keys) {
			const code = String(key);
			// Keys are schema-checked codes; refuse anything else rather than make it a path.
			if (!/^[A-Z0-9]{2,8}$/.test(code)) throw new Error(`cannot split ${table.name} by ${column} value ${JSON.stringify(code)}`);
			const file = `${table.name}/${column}/${code}.parquet`;
			const written = await readdir(join(staging, `${column}=${code}`));
			if (written.length !== 1) throw new Error(`expected one file for ${column}=${code}, found ${written.length}`);
			await rename(join(staging, `${column}=${code}`, written[0]), join(dir, file));
			parts.push({ column, key: code, file, rows: Number(n), ...(await sha256File(join(dir, file))) });
		}
		await rm(staging, { recursive: true });
	}
	return parts;
}

/** Moves the new directory into place; the old one is removed only after the move. */
async function swapIn(tmp: string, out: string): Promise<void> {
	const old = `${out}.old-${process.pid}`;
	if (existsSync(out)) await rename(out, old);
	await rename(tmp, out);
	await rm(old, { recursive: true, force: true });
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
	const root = options.root;
	const outDir = options.outDir ?? join(root, 'static', 'data');
	const progress = options.log ?? (() => {});
	const log = new ProblemLog();
	const db = await openStaging(TABLES);
	try {
		for (const input of await curatedInputs(root, log)) {
			const label = relative(root, input.path);
			if (!existsSync(input.path)) {
				log.add({ file: label, line: 0, field: '*', value: '', expected: 'the file to exist' });
				continue;
			}
			const n = await stageCsv(db, input.table, input.path, label, 'reference', log);
			progress(`  read ${label}: ${n} rows`);
		}
		const raw = options.rawDir ? await stageRaw(db, root, options.rawDir, log, progress) : [];

		const checking = Date.now();
		const checks = await runChecks(db);
		progress(`  checked in ${((Date.now() - checking) / 1000).toFixed(1)} s`);
		log.addAll(checks.problems);
		if (log.total > 0) {
			return { ok: false, problems: log.lines(), problemCount: log.total, impliedLevels: checks.impliedLevels };
		}

		await mkdir(dirname(outDir), { recursive: true });
		const tmp = join(dirname(outDir), `.${basename(outDir)}.tmp-${process.pid}`);
		await rm(tmp, { recursive: true, force: true });
		await mkdir(tmp);
		try {
			const writing = Date.now();
			const tables = await writeTables(db, tmp);
			progress(`  wrote Parquet in ${((Date.now() - writing) / 1000).toFixed(1)} s`);
			const manifest = makeManifest(tables, raw);
			await writeFile(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
			await writeFile(join(tmp, 'README.md'), dataDictionary());
			await swapIn(tmp, outDir);
			return { ok: true, problems: [], problemCount: 0, manifest, impliedLevels: checks.impliedLevels };
		} finally {
			await rm(tmp, { recursive: true, force: true });
		}
	} finally {
		db.closeSync();
	}
}
