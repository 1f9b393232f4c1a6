/**
 * The official tables: each mapping document of data/mappings (and a further raw directory's
 * *.mapping.json) read, its file imported by DuckDB, identical repeats dropped, and what was read
 * recorded for the manifest. The largest file is read on a connection of its own.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableSpec } from '../../src/lib/schema/columns';
import type { RawInput } from '../../src/lib/schema/manifest';
import { loadMapping, type LoadedMapping } from './mapping';
import { sha256File } from './manifest';
import { ProblemLog } from './problems';
import { importRawSql } from './raw-import';
import { STAGING_LOOKUPS, keyJoin, queryRows, quoteIdent as q, quoteText, siblingConnection, stageName } from './staging';

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

export async function stageRaw(
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
