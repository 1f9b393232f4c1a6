/**
 * The data build: validate the curated CSVs, import the official tables of data/raw (and of a
 * further raw directory) through their mappings with DuckDB, build the reference tables, check
 * everything, and only then write Parquet and manifest.json into the output directory, swapped in
 * whole.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { TABLES, sources, tradeAnnual, tradeMonthly } from '../../src/lib/schema/tables';
import type { Manifest, RawInput } from '../../src/lib/schema/manifest';
import { runChecks, type ImpliedLevel } from './checks';
import { stageCurated } from './curated-staging';
import { dataDictionary } from './dictionary';
import { indicatorChecks, stageIndicators } from './indicators';
import { makeManifest } from './manifest';
import { ProblemLog } from './problems';
import { stageRaw } from './raw-staging';
import { codesCovered, stageReferenceTables } from './reference-tables';
import { openStaging, queryRows, stageName } from './staging';
import { stopwatch } from './stopwatch';
import { writeTables } from './write-parquet';

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
		// Computed before the checks, which check its keys, sources and codes like any table's.
		progress(`  ${await stageIndicators(db)} indicator rows computed from trade_annual`);
		timing('indicators');

		const checking = Date.now();
		const checks = await runChecks(db);
		log.addAll(checks.problems);
		log.addAll(await codesCovered(db));
		log.addAll(await indicatorChecks(db));
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
