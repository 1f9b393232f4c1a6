/**
 * The query engine on DuckDB-WASM. Tables are fetched on first use, checked against the manifest's
 * SHA-256, decoded from Parquet to Arrow and inserted; queries run as prepared statements.
 * The DuckDB side is an adapter, so the browser (async worker) and the Node parity test
 * (blocking bindings) run the same loading and conversion code on the same wasm binary.
 */
import type { RecordBatch, Table } from 'apache-arrow';
import type { Manifest } from '../schema/manifest';
import { tableByName } from '../schema/tables';
import { OWN_TABLE } from '../schema/own-trade';
import { arrowRows } from './arrow-rows';
import type { QueryEngine, SqlParam } from './engine';
import { DataLoadError } from './load-errors';
import { parquetToArrowIpc } from './parquet-to-arrow';
import { remembered } from './remembered';

export interface WasmConnection {
	insertArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
	query(sql: string, params: readonly SqlParam[]): Promise<Table>;
	/** Runs a statement as a stream of record batches (for the SQL console). */
	stream(sql: string): Promise<AsyncIterable<RecordBatch>>;
	/** Cancels the statement being streamed; false when there was none. */
	cancel(): Promise<boolean>;
}

/** Settings for the SQL console: no files, no other hosts, and no way to change that back. */
export const LOCKDOWN_SQL = ['SET enable_external_access = false', 'SET lock_configuration = true'];

export interface ConsoleResult {
	columns: string[];
	/** The first rows, up to the limit asked for. */
	rows: Record<string, unknown>[];
	/** How many rows the statement returned in all. */
	total: number;
}

export class ConsoleCancelled extends Error {
	constructor(readonly reason: 'cancelled' | 'timeout') {
		super(reason === 'timeout' ? 'The query ran past the time limit and was stopped.' : 'The query was cancelled.');
	}
}

/** Fetches a file of the published data by name (`manifest.json`, `figures.parquet`). */
export type DataFetcher = (file: string) => Promise<Response>;

/** Statements run once on a new connection: never download or load extensions. */
export const SETUP_SQL = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class WasmEngine implements QueryEngine {
	/** Each table's load, made once; a failed one is tried again by a later query. */
	readonly #tables = new Map<string, () => Promise<void>>();
	/** DuckDB starts on first use (while the first table is fetched and decoded), again after a failure. */
	readonly connection: () => Promise<WasmConnection>;
	/** Fetched once; a failed fetch is asked for again by the next query. */
	readonly manifest: () => Promise<Manifest> = remembered(() => this.#fetchManifest());

	constructor(
		connect: () => Promise<WasmConnection>,
		private readonly fetchData: DataFetcher
	) {
		this.connection = remembered(connect);
	}

	async #fetchManifest(): Promise<Manifest> {
		let response: Response;
		try {
			response = await this.fetchData('manifest.json');
		} catch (cause) {
			throw new DataLoadError('manifest', 'The data manifest could not be fetched: check the connection and reload.', { cause });
		}
		if (!response.ok) throw new DataLoadError('manifest', `The data manifest is missing (HTTP ${response.status}).`);
		try {
			return (await response.json()) as Manifest;
		} catch (cause) {
			throw new DataLoadError('manifest', 'The data manifest is not valid JSON.', { cause });
		}
	}

	useTables(names: readonly string[]): Promise<void> {
		return Promise.all(names.map((n) => this.#load(n))).then(() => undefined);
	}

	/**
	 * Puts a table made in the browser (a person's own file) under `name`, replacing an earlier one.
	 * It is never fetched; a query naming it before it is put fails with a plain message.
	 */
	async putLocalTable(name: typeof OWN_TABLE, ipc: Uint8Array): Promise<void> {
		const connection = await this.connection();
		await connection.query(`DROP TABLE IF EXISTS ${name}`, []);
		await connection.insertArrowIpc(name, ipc);
		this.#tables.set(name, () => Promise.resolve());
	}

	#load(name: string): Promise<void> {
		if (name === OWN_TABLE && !this.#tables.has(name)) return Promise.reject(new Error('No file of your own has been read yet.'));
		let load = this.#tables.get(name);
		if (!load) {
			load = remembered(() => this.#fetchAndInsert(name));
			this.#tables.set(name, load);
		}
		return load();
	}

	async #fetchAndInsert(name: string): Promise<void> {
		// DuckDB starts while the file is fetched and decoded.
		const connection = this.connection();
		const spec = tableByName(name);
		if (!spec) throw new Error(`unknown table ${name}`);
		const entry = (await this.manifest()).tables.find((t) => t.name === name);
		if (!entry) throw new DataLoadError('missing', `The table ${name} is not in the data manifest.`);
		let response: Response;
		try {
			response = await this.fetchData(entry.file);
		} catch (cause) {
			throw new DataLoadError('missing', `The data file ${entry.file} could not be fetched.`, { cause });
		}
		if (!response.ok) throw new DataLoadError('missing', `The data file ${entry.file} is missing (HTTP ${response.status}).`);
		const bytes = await response.arrayBuffer();
		if ((await sha256Hex(bytes)) !== entry.sha256) {
			throw new DataLoadError('checksum', `The data file ${entry.file} does not match the manifest's checksum: it may be stale or damaged.`);
		}
		let ipc: Uint8Array;
		try {
			ipc = await parquetToArrowIpc(bytes, spec);
		} catch (cause) {
			throw new DataLoadError('corrupt', `The data file ${entry.file} could not be read as Parquet.`, { cause });
		}
		await (await connection).insertArrowIpc(name, ipc);
	}

	#locked = false;
	#cancelled: ConsoleCancelled['reason'] | null = null;

	/**
	 * Runs a console statement (already checked read-only) on the published tables it names: keeps
	 * the first `limit` rows and counts the rest, and stops at `timeoutMs` or on `cancelConsole()`.
	 */
	async console(sql: string, tables: readonly string[], limit: number, timeoutMs: number): Promise<ConsoleResult> {
		await this.useTables(tables);
		const connection = await this.connection();
		if (!this.#locked) {
			for (const statement of LOCKDOWN_SQL) await connection.query(statement, []);
			this.#locked = true;
		}
		this.#cancelled = null;
		const timer = setTimeout(() => void this.cancelConsole('timeout'), timeoutMs);
		try {
			const batches = await connection.stream(sql);
			const rows: Record<string, unknown>[] = [];
			let columns: string[] = [];
			let total = 0;
			for await (const batch of batches) {
				columns = batch.schema.fields.map((f) => f.name);
				total += batch.numRows;
				if (rows.length < limit) rows.push(...arrowRows(batch).slice(0, limit - rows.length));
			}
			if (this.#cancelled) throw new ConsoleCancelled(this.#cancelled);
			return { columns, rows, total };
		} catch (error) {
			if (this.#cancelled) throw new ConsoleCancelled(this.#cancelled);
			throw error;
		} finally {
			clearTimeout(timer);
		}
	}

	async cancelConsole(reason: ConsoleCancelled['reason'] = 'cancelled'): Promise<void> {
		this.#cancelled = reason;
		await (await this.connection()).cancel();
	}

	async all(sql: string, params: readonly SqlParam[]): Promise<Record<string, unknown>[]> {
		return arrowRows(await (await this.connection()).query(sql, params));
	}
}
