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
import { TABLES, figures, sources, tableByName, tariffEvents, tradeAnnual, tradeMonthly } from '../../src/lib/schema/tables';
import { validateRecord } from '../../src/lib/schema/validate';
import type { Manifest, ManifestPart, ManifestTable, RawInput } from '../../src/lib/schema/manifest';
import { runChecks, type ImpliedLevel } from './checks';
import { readCsv } from './csv-input';
import { dataDictionary } from './dictionary';
import { importRawSql } from './raw-import';
import { COUNTRY_FILES, PRODUCT_FILES, codesCovered, stageCountries, stageProducts } from './reference-tables';
import { loadMapping } from './mapping';
import { makeManifest, manifestTable, sha256File } from './manifest';
import { ProblemLog } from './problems';
import { STAGING_LOOKUPS, StageWriter, openStaging, queryRows, quoteIdent as q, quoteText, stageName, type Origin } from './staging';

export interface BuildOptions {
	/** Project root: holds data/ (curated inputs and mappings). */
	root: string;
	/**
	 * The official tables (default <root>/data/raw), each read through a mapping of data/mappings.
	 * A file of the same name in `extraRaw` is read instead, and that directory's own
	 * *.mapping.json documents are read too.
	 */
	rawDir?: string;
	/** A further directory of raw files (npm run data -- --raw <dir>). */
	extraRaw?: string;
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

/** data/sources.csv, data/figures.csv, data/tariff_events.csv and data/reference/<table>[.<part>].csv. */
async function curatedInputs(root: string, log: ProblemLog): Promise<CuratedInput[]> {
	const inputs: CuratedInput[] = [
		{ table: sources, path: join(root, 'data', 'sources.csv') },
		{ table: figures, path: join(root, 'data', 'figures.csv') },
		{ table: tariffEvents, path: join(root, 'data', 'tariff_events.csv') }
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

/** Where a mapping's file is: the project's data/raw, unless a further raw directory holds one of that name. */
function rawFileFor(file: string, dirs: readonly string[]): string | undefined {
	return dirs.map((d) => join(d, file)).findLast((p) => existsSync(p));
}

async function stageRaw(
	db: DuckDBConnection,
	root: string,
	rawDirs: readonly string[],
	log: ProblemLog,
	progress: (s: string) => void
): Promise<RawInput[]> {
	const docs: { path: string; label: string; dir: string }[] = [];
	const mappingDir = join(root, 'data', 'mappings');
	for (const file of (await readdir(mappingDir)).filter((f) => f.endsWith('.json')).sort()) {
		docs.push({ path: join(mappingDir, file), label: `data/mappings/${file}`, dir: mappingDir });
	}
	// A further raw directory may bring its own mappings: <dir>/*.mapping.json.
	for (const dir of rawDirs.slice(1)) {
		for (const file of (await readdir(dir)).filter((f) => f.endsWith('.mapping.json')).sort()) {
			docs.push({ path: join(dir, file), label: `${basename(dir)}/${file}`, dir });
		}
	}
	const inputs: RawInput[] = [];
	for (const doc of docs) {
		const { loaded, problems } = await loadMapping(doc.path, doc.label, doc.dir);
		log.addAll(problems);
		if (!loaded) continue;
		const rawPath = rawFileFor(loaded.mapping.file, rawDirs);
		const label = `raw/${loaded.mapping.file}`;
		if (!rawPath) {
			log.add({ file: doc.label, line: 1, field: 'file', value: loaded.mapping.file, expected: `a file of that name in ${rawDirs.join(' or ')}` });
			continue;
		}
		const started = Date.now();
		const imported = await importRawSql(db, loaded, rawPath, label, log, STAGING_LOOKUPS);
		if (!imported) continue;
		const dropped = loaded.mapping.identical_duplicates === 'drop' ? await dropIdenticalRepeats(db, loaded.table, label) : 0;
		progress(`  imported ${label}: ${imported.read} rows read in ${((Date.now() - started) / 1000).toFixed(1)} s${dropped ? `; ${dropped} identical repeated rows dropped` : ''}`);
		const source = loaded.mapping.columns.source_id;
		inputs.push({
			file: loaded.mapping.file,
			mapping: doc.label,
			...(source && 'const' in source ? { source_id: source.const } : {}),
			...(await sha256File(rawPath)),
			rows_read: imported.read,
			identical_repeats_dropped: dropped
		});
	}
	return inputs;
}

/**
 * A raw monthly series also gives annual rows: each year's sum, with the number of months it
 * holds (a year the publisher has not finished has fewer than 12 and ends with its last month).
 * Sums run in date order, so the same inputs give the same bits.
 */
async function annualFromMonthly(db: DuckDBConnection): Promise<number> {
	const [{ Count: n }] = await queryRows(
		db,
		`INSERT INTO ${stageName(tradeAnnual)}
		 SELECT reporter, partner, flow, year(period_start), make_date(year(period_start), 1, 1), max(period_end),
		        sum(value ORDER BY period_start), min(currency), min(valuation), min(basis), min(partner_basis), false,
		        count(DISTINCT month(period_start))::INTEGER, source_id, 'raw', min(_file), min(_line)
		 FROM ${stageName(tradeMonthly)} WHERE _origin = 'raw'
		 GROUP BY reporter, partner, flow, year(period_start), source_id`
	);
	return Number(n);
}

/** Each raw file's publisher, licence and attribution, from its row of data/sources.csv. */
async function describeSources(db: DuckDBConnection, raw: RawInput[]): Promise<void> {
	const rows = await queryRows(db, `SELECT source_id, publisher, licence, attribution FROM ${stageName(sources)}`);
	const byId = new Map(rows.map((r) => [String(r.source_id), r]));
	for (const input of raw) {
		const row = input.source_id ? byId.get(input.source_id) : undefined;
		if (!row) continue;
		input.publisher = row.publisher === null ? null : String(row.publisher);
		input.licence = String(row.licence);
		input.attribution = String(row.attribution);
	}
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
		if (table.hiveBy) entry.hive = await writeHive(db, table, path, dir, order);
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

/**
 * The table again as Hive-partitioned Parquet (`trade_annual/reporter=CAN/data_0.parquet`), for
 * DuckDB, Spark, Polars or Trino to read as they are (`hive_partitioning`). The partition column
 * lives in the directory names only, as those engines expect.
 */
async function writeHive(db: DuckDBConnection, table: TableSpec, whole: string, dir: string, order: string): Promise<{ column: string; files: number }> {
	const column = table.hiveBy!;
	const target = join(dir, table.name);
	await mkdir(target, { recursive: true });
	await db.run(`COPY (SELECT * FROM read_parquet(${quoteText(whole)}) ORDER BY ${q(column)}, ${order})
	              TO ${quoteText(target)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (${q(column)}), OVERWRITE_OR_IGNORE)`);
	const files = (await readdir(target, { recursive: true })).filter((f) => String(f).startsWith(`${column}=`) && String(f).endsWith('.parquet'));
	return { column, files: files.length };
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
		const rawDirs = [options.rawDir ?? join(root, 'data', 'raw'), ...(options.extraRaw ? [options.extraRaw] : [])];
		const raw = await stageRaw(db, root, rawDirs, log, progress);
		progress(`  ${await annualFromMonthly(db)} annual rows summed from monthly series`);
		progress(`  countries: ${await stageCountries(db, rawDirs[0], log)} rows`);
		const hs = await stageProducts(db, rawDirs[0], log);
		for (const [file, source_id] of [...Object.values(COUNTRY_FILES).map((f) => [f, f === COUNTRY_FILES.income ? 'wb_income_groups' : 'country_codes']), ...Object.values(PRODUCT_FILES).map((f) => [f, 'hs2022'])]) {
			const path = join(rawDirs[0], file);
			if (existsSync(path)) raw.push({ file, mapping: 'scripts/lib/reference-tables.ts', source_id, ...(await sha256File(path)), rows_read: 0, identical_repeats_dropped: 0 });
		}
		await describeSources(db, raw);
		progress(`  products: ${hs.rows} rows${hs.skipped ? `; ${hs.skipped} row(s) of ${PRODUCT_FILES.names} left out: level not 2, 4 or 6` : ''}`);

		const checking = Date.now();
		const checks = await runChecks(db);
		progress(`  checked in ${((Date.now() - checking) / 1000).toFixed(1)} s`);
		log.addAll(checks.problems);
		log.addAll(await codesCovered(db));
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
