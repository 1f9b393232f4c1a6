/**
 * The query engine on DuckDB-WASM. Tables are fetched on first use, checked against the manifest's
 * SHA-256, decoded from Parquet to Arrow and inserted; queries run as prepared statements.
 * The DuckDB side is an adapter, so the browser (async worker) and the Node parity test
 * (blocking bindings) run the same loading and conversion code on the same wasm binary.
 */
import type { RecordBatch, Table } from 'apache-arrow';
import type { Manifest, ManifestTable } from '../schema/manifest';
import type { TableSpec } from '../schema/columns';
import { tableByName } from '../schema/tables';
import { OWN_TABLE } from '../schema/own-trade';
import { arrowRows } from './arrow-rows';
import type { QueryEngine, SqlParam, TablePart } from './engine';
import { DataLoadError } from './load-errors';
import { columnsToArrowIpc, parquetToArrowIpc, parquetToArrowIpcChunks } from './parquet-to-arrow';
import { remembered } from './remembered';

export interface WasmConnection {
	/** Creates `table` from an Arrow IPC stream, or with `append`, adds the stream's rows to it. */
	insertArrowIpc(table: string, ipc: Uint8Array, append?: boolean): Promise<void>;
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

/** A console query stopped: `reason` is its message key's last word (the page words it). */
export class ConsoleCancelled extends Error {
	constructor(readonly reason: 'cancelled' | 'timeout') {
		super(`console query ${reason}`);
	}
}

/** Fetches a file of the published data by name (`manifest.json`, `figures.parquet`). */
export type DataFetcher = (file: string) => Promise<Response>;

/**
 * Statements run once on a new connection: never download or load extensions; keep the tables in
 * an in-memory database that compresses them as it checkpoints (every 16 MB written: dictionaries
 * for the codes, bit-packing for the years). The whole trade_annual takes 33 MB there, not 400.
 */
export const SETUP_SQL = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	"ATTACH ':memory:' AS trade_lens (COMPRESS)",
	'USE trade_lens'
];

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every file load is timed as a performance measure named this and the file (for `npm run bench`). */
export const LOAD_MEASURE = 'trade-lens:load ';

export class WasmEngine implements QueryEngine {
	/** Each table's load, made once; a failed one is tried again by a later query. */
	readonly #tables = new Map<string, () => Promise<void>>();
	/** Each part's load, the same way. */
	readonly #parts = new Map<string, () => Promise<void>>();
	/** Tables loaded whole, and tables holding only the parts listed. */
	readonly #whole = new Set<string>();
	readonly #partial = new Set<string>();
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
			throw new DataLoadError('manifest', 'load.manifest.fetch', {}, { cause });
		}
		if (!response.ok) throw new DataLoadError('manifest', 'load.manifest.status', { status: response.status });
		try {
			return (await response.json()) as Manifest;
		} catch (cause) {
			throw new DataLoadError('manifest', 'load.manifest.json', {}, { cause });
		}
	}

	useTables(names: readonly string[]): Promise<void> {
		return Promise.all(names.map((n) => this.#load(n))).then(() => undefined);
	}

	/** Loads only these parts (each once); a table already loaded whole needs none. */
	useParts(parts: readonly TablePart[]): Promise<void> {
		return Promise.all(parts.map((p) => this.#loadPart(p))).then(() => undefined);
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
			load = remembered(() => this.#loadWhole(name));
			this.#tables.set(name, load);
		}
		return load();
	}

	#loadPart(part: TablePart): Promise<void> {
		if (this.#whole.has(part.table)) return Promise.resolve();
		const id = `${part.table}/${part.column}/${part.key}`;
		let load = this.#parts.get(id);
		if (!load) {
			load = remembered(() => this.#fetchPart(part));
			this.#parts.set(id, load);
		}
		return load();
	}

	/** Fetches a file named by the manifest, checks its SHA-256 and decodes it to Arrow IPC. */
	async #fetchIpc(entry: { file: string; sha256: string }, spec: TableSpec, constant: Readonly<Record<string, string>> = {}): Promise<Uint8Array> {
		const bytes = await this.#fetchChecked(entry);
		try {
			return await parquetToArrowIpc(bytes, spec, constant);
		} catch (cause) {
			throw new DataLoadError('corrupt', 'load.corrupt', { file: entry.file }, { cause });
		}
	}

	/** Fetches a file named by the manifest and checks its SHA-256. */
	async #fetchChecked(entry: { file: string; sha256: string }): Promise<ArrayBuffer> {
		let response: Response;
		try {
			response = await this.fetchData(entry.file);
		} catch (cause) {
			throw new DataLoadError('missing', 'load.missing.fetch', { file: entry.file }, { cause });
		}
		if (!response.ok) throw new DataLoadError('missing', 'load.missing.status', { file: entry.file, status: response.status });
		const bytes = await response.arrayBuffer();
		if ((await sha256Hex(bytes)) !== entry.sha256) {
			throw new DataLoadError('checksum', 'load.checksum', { file: entry.file });
		}
		return bytes;
	}

	async #tableEntry(name: string): Promise<{ spec: TableSpec; entry: ManifestTable }> {
		const spec = tableByName(name);
		if (!spec) throw new Error(`unknown table ${name}`);
		const entry = (await this.manifest()).tables.find((t) => t.name === name);
		if (!entry) throw new DataLoadError('missing', 'load.table', { file: name });
		return { spec, entry };
	}

	/** Times a file's load, fetch to insert, as a performance measure (read by `npm run bench`). */
	#timed(file: { file: string; rows: number; bytes: number }, started: number): void {
		performance.measure(`${LOAD_MEASURE}${file.file}`, { start: started, detail: { rows: file.rows, bytes: file.bytes } });
	}

	async #loadWhole(name: string): Promise<void> {
		const started = performance.now();
		// DuckDB starts while the file is fetched and decoded.
		const connection = this.connection();
		const { spec, entry } = await this.#tableEntry(name);
		const bytes = await this.#fetchChecked(entry);
		await this.#serially(async () => {
			const db = await connection;
			// Parts loaded before are replaced by the whole table, built a chunk at a time.
			await db.query(`DROP TABLE IF EXISTS ${name}`, []);
			let append = false;
			try {
				for await (const ipc of parquetToArrowIpcChunks(bytes, spec)) {
					await db.insertArrowIpc(name, ipc, append);
					append = true;
				}
			} catch (cause) {
				await db.query(`DROP TABLE IF EXISTS ${name}`, []);
				throw cause instanceof DataLoadError ? cause : new DataLoadError('corrupt', 'load.corrupt', { file: entry.file }, { cause });
			}
			this.#whole.add(name);
		});
		this.#timed(entry, started);
	}

	async #fetchPart(part: TablePart): Promise<void> {
		const started = performance.now();
		const connection = this.connection();
		const { spec, entry } = await this.#tableEntry(part.table);
		if (!entry.parts) return this.#load(part.table);
		const splitBy = spec.splitBy ?? [];
		if (!splitBy.includes(part.column) || !/^[A-Z0-9]{2,8}$/.test(part.key)) throw new Error(`unknown part ${part.column}=${part.key} of ${part.table}`);
		const found = entry.parts.find((p) => p.column === part.column && p.key === part.key);
		// No file: no rows have that value. The table must exist all the same, empty if need be.
		const ipc = found ? await this.#fetchIpc(found, spec, found.in_path ? { [found.column]: found.key } : {}) : columnsToArrowIpc(spec, new Map());
		await this.#serially(async () => {
			if (this.#whole.has(part.table)) return;
			const db = await connection;
			const stage = `part_${part.table}_${part.column}_${part.key}`;
			await db.query(`DROP TABLE IF EXISTS ${stage}`, []);
			await db.insertArrowIpc(stage, ipc);
			if (!this.#partial.has(part.table)) {
				await db.query(`CREATE TABLE ${part.table} AS SELECT * FROM ${stage} LIMIT 0`, []);
				await db.query('CREATE TABLE IF NOT EXISTS loaded_parts (tbl VARCHAR, col VARCHAR, key VARCHAR)', []);
				this.#partial.add(part.table);
			}
			// A row is in two parts (its reporter's and its partner's): insert it only if neither came before.
			const seen = splitBy.map((c) => `${c} IN (SELECT key FROM loaded_parts WHERE tbl = '${part.table}' AND col = '${c}')`).join(' OR ');
			await db.query(`INSERT INTO ${part.table} SELECT * FROM ${stage} WHERE NOT (${seen})`, []);
			await db.query('INSERT INTO loaded_parts VALUES ($1, $2, $3)', [part.table, part.column, part.key]);
			await db.query(`DROP TABLE ${stage}`, []);
		});
		if (found) this.#timed(found, started);
	}

	/** Changes to loaded tables run one at a time, so parts loading together never insert a row twice. */
	#queue: Promise<unknown> = Promise.resolve();
	#serially<T>(work: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(work, work);
		this.#queue = run.catch(() => undefined);
		return run;
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
