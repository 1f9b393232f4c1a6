/**
 * Writing the checked staging tables as Parquet: each table sorted once into a temporary table,
 * then written whole, split per value of its splitBy columns (the browser's parts), and
 * Hive-partitioned for other engines. The same rows always give the same bytes.
 */
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableSpec } from '../../src/lib/schema/columns';
import type { ManifestPart, ManifestTable } from '../../src/lib/schema/manifest';
import { TABLES } from '../../src/lib/schema/tables';
import { manifestTable, sha256File } from './manifest';
import { stopwatch } from './stopwatch';
import { keyJoin, queryRows, quoteIdent as q, quoteText, siblingConnection, stageName } from './staging';

const PARQUET = 'FORMAT parquet, COMPRESSION zstd';

/**
 * Raw rows, plus the reference rows no raw row supersedes (same key). Only raw rows whose first key
 * column a reference row shares can supersede one: the anti-join hashes those, not millions.
 */
function finalSelect(table: TableSpec): string {
	const cols = table.columns.map((c) => q(c.name)).join(', ');
	const stage = stageName(table);
	return `SELECT ${cols} FROM ${stage} WHERE _origin = 'raw'
	        UNION ALL
	        SELECT ${table.columns.map((c) => `s.${q(c.name)}`).join(', ')} FROM (SELECT * FROM ${stage} WHERE _origin = 'reference') s
	        ANTI JOIN (SELECT ${table.key.map(q).join(', ')} FROM ${stage} WHERE _origin = 'raw'
	                     AND ${q(table.key[0])} IN (SELECT ${q(table.key[0])} FROM ${stage} WHERE _origin = 'reference')) r ON ${keyJoin(table, 's', 'r')}`;
}

/**
 * A total order, so the sort has one answer: the table's order, which is enough where it holds the
 * key (keys are checked unique), else followed by every other column.
 */
function fullOrder(table: TableSpec): string {
	const total = table.key.every((k) => table.orderBy.includes(k));
	return [...table.orderBy, ...(total ? [] : table.columns.map((c) => c.name).filter((c) => !table.orderBy.includes(c)))].map(q).join(', ');
}

export async function writeTables(db: DuckDBConnection, dir: string, timing: (what: string) => void = () => {}): Promise<ManifestTable[]> {
	const tables: ManifestTable[] = [];
	for (const table of TABLES) {
		const file = `${table.name}.parquet`;
		const path = join(dir, file);
		const order = fullOrder(table);
		const split = Boolean(table.splitBy || table.hiveBy);
		if (split) {
			// Sorted once into _final, whose scan keeps that order, so nothing below sorts it again.
			await db.run(`CREATE OR REPLACE TABLE _final AS SELECT * FROM (${finalSelect(table)}) ORDER BY ${order}`);
			// Checked and copied: the staging rows are no longer needed, and their memory is.
			await db.run(`DROP TABLE ${stageName(table)}`);
			await db.run(`COPY (SELECT * FROM _final) TO ${quoteText(path)} (${PARQUET}, ROW_GROUP_SIZE 100000)`);
		} else {
			// Written whole straight from staging: no second copy of the rows.
			await db.run(
				`COPY (SELECT * FROM (${finalSelect(table)}) ORDER BY ${order}) TO ${quoteText(path)} (${PARQUET}, ROW_GROUP_SIZE 100000)`
			);
			await db.run(`DROP TABLE ${stageName(table)}`);
		}
		const written = `read_parquet(${quoteText(path)})`;
		const [{ n }] = await queryRows(db, `SELECT count(*)::INTEGER AS n FROM ${written}`);
		const srcs = await queryRows(db, `SELECT DISTINCT source_id FROM ${written} ORDER BY 1`);
		const { sha256, bytes } = await sha256File(path);
		const entry = manifestTable(
			table,
			file,
			Number(n),
			bytes,
			sha256,
			srcs.map((r) => String(r.source_id))
		);
		timing(`write ${table.name}`);
		if (split) {
			const splits = await writeSplits(db, table, dir, order);
			if (splits.parts.length > 0) entry.parts = splits.parts;
			if (splits.hive) entry.hive = splits.hive;
			timing(`write ${table.name} parts`);
		}
		tables.push(entry);
	}
	await db.run('DROP TABLE IF EXISTS _final');
	return tables;
}

/** A partitioned COPY: which column, from which sorted table, to which directory, with or without the column in the files. */
interface PartitionedCopy {
	column: string;
	from: string;
	target: string;
	hive: boolean;
}

const copySql = (c: PartitionedCopy) =>
	`COPY (SELECT * FROM ${c.from}) TO ${quoteText(c.target)} (${PARQUET}, PARTITION_BY (${q(c.column)}), ${
		c.hive ? 'OVERWRITE_OR_IGNORE' : "WRITE_PARTITION_COLUMNS true, FILENAME_PATTERN 'part', OVERWRITE"
	})`;

/**
 * The browser's parts (one file per value of each splitBy column, `trade_annual/partner/CAN.parquet`)
 * and the Hive-partitioned copy (`trade_annual/reporter=CAN/data_0.parquet`, the partition column in
 * the directory names only, as DuckDB, Spark, Polars and Trino expect). A partitioned COPY runs on
 * one thread (with more, DuckDB writes a file per thread in each partition), so the copies run side
 * by side on connections of their own, each reading a table already sorted by its column: DuckDB
 * then finishes one partition's file before it starts the next (read in any other order, it may
 * close a partition's file and open another, and does so unpredictably).
 */
async function writeSplits(
	db: DuckDBConnection,
	table: TableSpec,
	dir: string,
	order: string
): Promise<{ parts: ManifestPart[]; hive?: { column: string; files: number } }> {
	const copies: PartitionedCopy[] = [];
	const sorted = new Map<string, string>([[table.orderBy[0], '_final']]);
	const sortedBy = async (column: string) => {
		if (!sorted.has(column)) {
			const name = `_by_${column}`;
			await db.run(`CREATE OR REPLACE TABLE ${q(name)} AS SELECT * FROM _final ORDER BY ${q(column)}, ${order}`);
			sorted.set(column, q(name));
		}
		return sorted.get(column)!;
	};
	await mkdir(join(dir, table.name), { recursive: true });
	// The Hive files serve as the parts of their column too: the browser takes the value from the path.
	const own = (table.splitBy ?? []).filter((c) => c !== table.hiveBy);
	for (const column of own) copies.push({ column, from: await sortedBy(column), target: join(dir, table.name, `.${column}`), hive: false });
	if (table.hiveBy) copies.push({ column: table.hiveBy, from: await sortedBy(table.hiveBy), target: join(dir, table.name), hive: true });

	const [{ threads }] = await queryRows(db, "SELECT current_setting('threads') AS threads");
	await db.run('SET threads = 1');
	const lap = stopwatch('  ');
	try {
		const connections = await Promise.all(copies.map(() => siblingConnection(db)));
		await Promise.all(
			copies.map((c, i) => {
				const copied = stopwatch('  ');
				return connections[i].run(copySql(c)).then(() => copied(`copy ${c.column}${c.hive ? ' (hive)' : ''}`));
			})
		);
		for (const c of connections) c.closeSync();
	} finally {
		await db.run(`SET threads = ${Number(threads)}`);
	}
	for (const name of sorted.values()) if (name !== '_final') await db.run(`DROP TABLE ${name}`);

	lap('copies');
	const parts: ManifestPart[] = [];
	for (const column of table.splitBy ?? [])
		parts.push(...(column === table.hiveBy ? await hiveParts(db, table, dir, column) : await nameParts(db, table, dir, column)));
	lap('parts named and hashed');
	const hive = table.hiveBy ? { column: table.hiveBy, files: parts.filter((p) => p.in_path).length } : undefined;
	return { parts, hive };
}

/** The values of a split column with their row counts; a value that is not a code is refused rather than made a path. */
async function partitionKeys(db: DuckDBConnection, table: TableSpec, column: string): Promise<{ code: string; rows: number }[]> {
	const keys = await queryRows(db, `SELECT ${q(column)} AS key, count(*)::INTEGER AS n FROM _final GROUP BY 1 ORDER BY 1`);
	return keys.map(({ key, n }) => {
		const code = String(key);
		if (!/^[A-Z0-9]{2,8}$/.test(code)) throw new Error(`cannot split ${table.name} by ${column} value ${JSON.stringify(code)}`);
		return { code, rows: Number(n) };
	});
}

/** The one file DuckDB wrote for a partition. */
async function onlyFile(dir: string, column: string, code: string): Promise<string> {
	const written = await readdir(join(dir, `${column}=${code}`));
	if (written.length !== 1) throw new Error(`expected one file for ${column}=${code}, found ${written.length}`);
	return written[0];
}

/** The Hive partitions as parts: `reporter=CAN/data_0.parquet`, the value in the path only. */
async function hiveParts(db: DuckDBConnection, table: TableSpec, dir: string, column: string): Promise<ManifestPart[]> {
	// Each partition on its own: the files are read and hashed side by side.
	return Promise.all(
		(await partitionKeys(db, table, column)).map(async ({ code, rows }): Promise<ManifestPart> => {
			const file = `${table.name}/${column}=${code}/${await onlyFile(join(dir, table.name), column, code)}`;
			return { column, key: code, file, in_path: true, rows, ...(await sha256File(join(dir, file))) };
		})
	);
}

/** Each partition's one file renamed after its value (`partner/CAN.parquet`), with its rows and checksum. */
async function nameParts(db: DuckDBConnection, table: TableSpec, dir: string, column: string): Promise<ManifestPart[]> {
	const staging = join(dir, table.name, `.${column}`);
	await mkdir(join(dir, table.name, column), { recursive: true });
	const parts = await Promise.all(
		(await partitionKeys(db, table, column)).map(async ({ code, rows }): Promise<ManifestPart> => {
			const file = `${table.name}/${column}/${code}.parquet`;
			await rename(join(staging, `${column}=${code}`, await onlyFile(staging, column, code)), join(dir, file));
			return { column, key: code, file, rows, ...(await sha256File(join(dir, file))) };
		})
	);
	await rm(staging, { recursive: true });
	return parts;
}
