/**
 * Staging tables in an in-memory DuckDB: validated rows go in, checked tables come out as Parquet.
 * Besides the table's columns each row has its origin, file and line, and (for raw imports) how
 * many problems it has (such rows are reported, then deleted) and how many line breaks its
 * quoted values hold (which move the lines after it on).
 */
import {
	BOOLEAN,
	DATE,
	DOUBLE,
	DuckDBAppender,
	DuckDBConnection,
	DuckDBDataChunk,
	DuckDBDateValue,
	DuckDBInstance,
	INTEGER,
	VARCHAR,
	type DuckDBType,
	type DuckDBValue
} from '@duckdb/node-api';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ColumnSpec, TableSpec } from '../../src/lib/schema/columns';
import { sqlType } from '../../src/lib/schema/columns';
import type { CellValue } from '../../src/lib/schema/validate';
import { quoteIdent } from '../../src/lib/data/sql-text';
import { alpha2Pairs, knownCodes } from '../../src/lib/schema/countries';

export type Origin = 'reference' | 'raw';

export { quoteIdent, quoteText } from '../../src/lib/data/sql-text';

const DAY_MS = 86_400_000;
function dateValue(iso: string): DuckDBDateValue {
	const [y, m, d] = iso.split('-').map(Number);
	return new DuckDBDateValue(Date.UTC(y, m - 1, d) / DAY_MS);
}

function duckType(column: ColumnSpec): DuckDBType {
	switch (column.type) {
		case 'text':
			return VARCHAR;
		case 'double':
			return DOUBLE;
		case 'integer':
			return INTEGER;
		case 'date':
			return DATE;
		case 'boolean':
			return BOOLEAN;
	}
}

function toDuck(column: ColumnSpec, value: CellValue): DuckDBValue {
	if (value === null) return null;
	return column.type === 'date' ? dateValue(value as string) : value;
}

export const stageName = (table: TableSpec) => `stage_${table.name}`;

/** DuckDB's vector size: rows go in whole data chunks of at most this many. */
const CHUNK_ROWS = 2048;

/** Appends one table's staging rows, a data chunk at a time; rows carry their origin, file and line. */
export class StageWriter {
	readonly #appender: DuckDBAppender;
	readonly #types: DuckDBType[];
	#columns: DuckDBValue[][];
	rows = 0;

	private constructor(
		private readonly table: TableSpec,
		appender: DuckDBAppender
	) {
		this.#appender = appender;
		this.#types = [...table.columns.map(duckType), VARCHAR, VARCHAR, INTEGER, INTEGER, INTEGER];
		this.#columns = this.#types.map(() => []);
	}

	static async open(db: DuckDBConnection, table: TableSpec): Promise<StageWriter> {
		return new StageWriter(table, await db.createAppender(stageName(table)));
	}

	append(row: Readonly<Record<string, CellValue>>, origin: Origin, file: string, line: number): void {
		const { columns } = this.table;
		for (let i = 0; i < columns.length; i++) this.#columns[i].push(toDuck(columns[i], row[columns[i].name] ?? null));
		this.#columns[columns.length].push(origin);
		this.#columns[columns.length + 1].push(file);
		this.#columns[columns.length + 2].push(line);
		this.#columns[columns.length + 3].push(0);
		this.#columns[columns.length + 4].push(0);
		this.rows++;
		if (this.#columns[0].length >= CHUNK_ROWS) this.#flush();
	}

	#flush(): void {
		const count = this.#columns[0].length;
		if (count === 0) return;
		const chunk = DuckDBDataChunk.create(this.#types, count);
		this.#columns.forEach((values, i) => chunk.setColumnValues(i, values));
		this.#appender.appendDataChunk(chunk);
		this.#columns = this.#types.map(() => []);
	}

	close(): void {
		this.#flush();
		this.#appender.closeSync();
	}
}

/** Tables every import joins with: the codes the schema accepts, and ISO alpha-2 → alpha-3. */
export const STAGING_LOOKUPS = { knownCodes: '_known_codes', alpha2: '_alpha2' } as const;

async function loadLookups(db: DuckDBConnection): Promise<void> {
	await db.run(`CREATE TABLE ${STAGING_LOOKUPS.knownCodes} (code VARCHAR PRIMARY KEY)`);
	const codes = await db.createAppender(STAGING_LOOKUPS.knownCodes);
	for (const code of knownCodes()) {
		codes.appendVarchar(code);
		codes.endRow();
	}
	codes.closeSync();
	await db.run(`CREATE TABLE ${STAGING_LOOKUPS.alpha2} (k VARCHAR PRIMARY KEY, v VARCHAR)`);
	const pairs = await db.createAppender(STAGING_LOOKUPS.alpha2);
	for (const [a2, a3] of alpha2Pairs()) {
		pairs.appendVarchar(a2);
		pairs.appendVarchar(a3);
		pairs.endRow();
	}
	pairs.closeSync();
}

const instances = new WeakMap<DuckDBConnection, DuckDBInstance>();

/** Another connection to the staging database (its tables, not its TEMP ones), to run a statement beside the first. */
export async function siblingConnection(db: DuckDBConnection): Promise<DuckDBConnection> {
	const instance = instances.get(db);
	if (!instance) throw new Error('not a staging connection');
	return instance.connect();
}

/** DuckDB's memory limit in the data build (the build's whole peak stays near 1 GB with Node's own). */
export const STAGING_MEMORY = process.env.TRADE_LENS_DUCKDB_MEMORY ?? '480MB';

export async function openStaging(tables: readonly TableSpec[]): Promise<DuckDBConnection> {
	// Past the memory limit DuckDB spills to its temporary directory rather than growing.
	const instance = await DuckDBInstance.create(':memory:', {
		threads: '2',
		memory_limit: STAGING_MEMORY,
		temp_directory: join(tmpdir(), `trade-lens-duckdb-${process.pid}`)
	});
	const db = await instance.connect();
	instances.set(db, instance);
	await loadLookups(db);
	for (const table of tables) {
		const columns = table.columns.map((c) => `${quoteIdent(c.name)} ${sqlType(c)}`);
		await db.run(
			`CREATE TABLE ${stageName(table)} (${columns.join(', ')}, _origin VARCHAR, _file VARCHAR, _line INTEGER, _problems INTEGER, _breaks INTEGER)`
		);
	}
	return db;
}

/** Two aliases' rows with the same key (NULL equal to NULL). */
export const keyJoin = (table: TableSpec, a: string, b: string) =>
	table.key.map((k) => `${a}.${quoteIdent(k)} IS NOT DISTINCT FROM ${b}.${quoteIdent(k)}`).join(' AND ');

/** Rows of a query as plain objects (BIGINT as number, DATE as ISO text), with any values bound to $1, $2… */
export async function queryRows(db: DuckDBConnection, sql: string, values: (string | number)[] = []): Promise<Record<string, unknown>[]> {
	const reader = await db.runAndReadAll(sql, values);
	return reader.getRowObjectsJson() as Record<string, unknown>[];
}
