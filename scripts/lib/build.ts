/**
 * The data build: validate the curated CSVs, import the official tables of data/raw (and of a
 * further raw directory) through their mappings with DuckDB, build the reference tables, check
 * everything, and only then write Parquet and manifest.json into the output directory, swapped in
 * whole.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableSpec } from '../../src/lib/schema/columns';
import { TABLES, figures, sources, tableByName, tariffEvents, tradeAnnual, tradeMonthly } from '../../src/lib/schema/tables';
import { validateRecord } from '../../src/lib/schema/validate';
import type { Manifest, RawInput } from '../../src/lib/schema/manifest';
import { runChecks, type ImpliedLevel } from './checks';
import { readCsv } from './csv-input';
import { dataDictionary } from './dictionary';
import { importRawSql } from './raw-import';
import { writeTables } from './write-parquet';
import { codesCovered, stageReferenceTables } from './reference-tables';
import { loadMapping, type LoadedMapping } from './mapping';
import { makeManifest, sha256File } from './manifest';
import { ProblemLog } from './problems';
import { stopwatch } from './stopwatch';
import {
	STAGING_LOOKUPS,
	StageWriter,
	keyJoin,
	openStaging,
	queryRows,
	quoteIdent as q,
	quoteText,
	siblingConnection,
	stageName,
	type Origin
} from './staging';

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
		if (!table)
			log.add({
				file: label,
				line: 0,
				field: '*',
				value: file,
				expected: `a file named after a published table (${TABLES.map((t) => t.name).join(', ')})`
			});
		else inputs.push({ table, path: join(refDir, file) });
	}
	return inputs;
}

/** Every curated file staged as reference rows. */
async function stageCurated(db: DuckDBConnection, root: string, log: ProblemLog, progress: (s: string) => void): Promise<void> {
	for (const input of await curatedInputs(root, log)) {
		const label = relative(root, input.path);
		if (!existsSync(input.path)) {
			log.add({ file: label, line: 0, field: '*', value: '', expected: 'the file to exist' });
			continue;
		}
		const n = await stageCsv(db, input.table, input.path, label, 'reference', log);
		progress(`  read ${label}: ${n} rows`);
	}
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
	const keys = table.key.map(q).join(', ');
	const stage = stageName(table);
	const file = quoteText(label);
	// Identical rows share their key: only rows of a repeated key are compared in full.
	const [{ Count: n }] = await queryRows(
		db,
		`WITH repeated AS (SELECT ${keys} FROM ${stage} WHERE _file = ${file} GROUP BY ALL HAVING count(*) > 1),
		      candidates AS (SELECT s.rowid AS rid, s.* FROM ${stage} s SEMI JOIN repeated r ON ${keyJoin(table, 's', 'r')}
		                     WHERE s._file = ${file}),
		      doomed AS (SELECT rid FROM (SELECT rid, row_number() OVER (PARTITION BY ${cols} ORDER BY _line, rid) AS copy FROM candidates) WHERE copy > 1)
		 DELETE FROM ${stage} WHERE rowid IN (SELECT rid FROM doomed)`
	);
	return Number(n);
}

/** The source a raw file's rows cite (the one most of them cite, where a lookup gives several). */
async function fileSource(db: DuckDBConnection, table: TableSpec, label: string): Promise<{ source_id?: string }> {
	const [top] = await queryRows(
		db,
		`SELECT source_id FROM ${stageName(table)} WHERE _file = ${quoteText(label)} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`
	);
	return top ? { source_id: String(top.source_id) } : {};
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
	progress: (s: string) => void,
	beside: () => Promise<void>
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
	const jobs: Job[] = [];
	for (const doc of docs) {
		const { loaded, problems } = await loadMapping(doc.path, doc.label, doc.dir);
		log.addAll(problems);
		if (!loaded) continue;
		const path = rawFileFor(loaded.mapping.file, rawDirs);
		if (!path) {
			log.add({
				file: doc.label,
				line: 1,
				field: 'file',
				value: loaded.mapping.file,
				expected: `a file of that name in ${rawDirs.join(' or ')}`
			});
			continue;
		}
		jobs.push({ doc, loaded, path, label: `raw/${loaded.mapping.file}`, log: new ProblemLog(), bytes: (await stat(path)).size });
	}
	// The largest file is read on a connection of its own while the curated files and the other raw
	// files are staged beside it: its reading runs on one thread, and the second core would otherwise wait.
	const largest = jobs.reduce<Job | undefined>((a, j) => (a && a.bytes >= j.bytes ? a : j), undefined);
	const side = largest ? await siblingConnection(db) : undefined;
	const results = new Map<Job, RawInput | null>();
	try {
		await Promise.all([
			largest && side ? importJob(side, largest, progress).then((r) => results.set(largest, r)) : Promise.resolve(),
			(async () => {
				await beside();
				for (const job of jobs.filter((j) => j !== largest)) results.set(job, await importJob(db, job, progress));
			})()
		]);
	} finally {
		side?.closeSync();
	}
	// Problems and inputs in the mappings' order, whichever import finished first.
	for (const job of jobs) log.absorb(job.log);
	return jobs.map((j) => results.get(j)).filter((r): r is RawInput => Boolean(r));
}

interface Job {
	doc: { path: string; label: string; dir: string };
	loaded: LoadedMapping;
	path: string;
	label: string;
	log: ProblemLog;
	bytes: number;
}

/** One raw file imported on the given connection; its problems go to its own log. */
async function importJob(db: DuckDBConnection, job: Job, progress: (s: string) => void): Promise<RawInput | null> {
	const { loaded, label, path } = job;
	const started = Date.now();
	const imported = await importRawSql(db, loaded, path, label, job.log, STAGING_LOOKUPS);
	if (!imported) return null;
	const dropped = loaded.mapping.identical_duplicates === 'drop' ? await dropIdenticalRepeats(db, loaded.table, label) : 0;
	progress(
		`  imported ${label}: ${imported.read} rows read in ${((Date.now() - started) / 1000).toFixed(1)} s${dropped ? `; ${dropped} identical repeated rows dropped` : ''}`
	);
	return {
		file: loaded.mapping.file,
		mapping: job.doc.label,
		...(await fileSource(db, loaded.table, label)),
		...(await sha256File(path)),
		rows_read: imported.read,
		identical_repeats_dropped: dropped
	};
}

/**
 * A raw monthly series also gives annual rows: each year's sum, with the months the publisher's
 * series covers that year (a year it has not finished has fewer than 12 and ends with its last
 * month). Coverage is the series' own, not the pair's: a partner with no trade in some months still
 * has a full year. Sums run in date order, so the same inputs give the same bits.
 */
async function annualFromMonthly(db: DuckDBConnection): Promise<number> {
	const monthly = stageName(tradeMonthly);
	const [{ Count: n }] = await queryRows(
		db,
		`WITH covered AS (
		   SELECT source_id, reporter, year(period_start) AS y, count(DISTINCT month(period_start))::INTEGER AS months, max(period_end) AS last
		   FROM ${monthly} WHERE _origin = 'raw' GROUP BY ALL)
		 INSERT INTO ${stageName(tradeAnnual)}
		 SELECT m.reporter, m.partner, m.flow, c.y, make_date(c.y, 1, 1), c.last,
		        sum(m.value ORDER BY m.period_start), min(m.currency), min(m.valuation), min(m.basis), min(m.partner_basis), false,
		        c.months, m.source_id, 'raw', min(m._file), min(m._line), 0, 0
		 FROM ${monthly} m JOIN covered c ON c.source_id = m.source_id AND c.reporter = m.reporter AND c.y = year(m.period_start)
		 WHERE m._origin = 'raw'
		 GROUP BY m.reporter, m.partner, m.flow, c.y, c.months, c.last, m.source_id`
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

/** Moves the new directory into place; the old one is removed only after the move. */
async function swapIn(tmp: string, out: string): Promise<void> {
	const old = `${out}.old-${process.pid}`;
	if (existsSync(out)) await rename(out, old);
	await rename(tmp, out);
	await rm(old, { recursive: true, force: true });
}

export async function buildData(options: BuildOptions): Promise<BuildResult> {
	const timing = stopwatch();
	const root = options.root;
	const outDir = options.outDir ?? join(root, 'static', 'data');
	const progress = options.log ?? (() => {});
	const log = new ProblemLog();
	const db = await openStaging(TABLES);
	try {
		const rawDirs = [options.rawDir ?? join(root, 'data', 'raw'), ...(options.extraRaw ? [options.extraRaw] : [])];
		// Kept apart while they run side by side; reported curated files first.
		const curatedLog = new ProblemLog();
		const rawLog = new ProblemLog();
		const raw = await stageRaw(db, root, rawDirs, rawLog, progress, () =>
			stageCurated(db, root, curatedLog, progress).then(() => timing('curated files'))
		);
		log.absorb(curatedLog);
		log.absorb(rawLog);
		timing('raw files');
		progress(`  ${await annualFromMonthly(db)} annual rows summed from monthly series`);
		raw.push(...(await stageReferenceTables(db, rawDirs[0], log, progress)));
		await describeSources(db, raw);
		timing('annual sums and reference tables');

		const checking = Date.now();
		const checks = await runChecks(db);
		log.addAll(checks.problems);
		log.addAll(await codesCovered(db));
		progress(`  checked in ${((Date.now() - checking) / 1000).toFixed(1)} s`);
		timing('checks');
		if (log.total > 0) {
			return { ok: false, problems: log.lines(), problemCount: log.total, impliedLevels: checks.impliedLevels };
		}

		await mkdir(dirname(outDir), { recursive: true });
		const tmp = join(dirname(outDir), `.${basename(outDir)}.tmp-${process.pid}`);
		await rm(tmp, { recursive: true, force: true });
		await mkdir(tmp);
		try {
			const writing = Date.now();
			const tables = await writeTables(db, tmp, timing);
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
