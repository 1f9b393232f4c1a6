/**
 * The query engine on DuckDB-WASM. Tables are fetched on first use, checked against the manifest's
 * SHA-256, decoded from Parquet to Arrow and inserted; queries run as prepared statements.
 * The DuckDB side is an adapter, so the browser (async worker) and the Node parity test
 * (blocking bindings) run the same loading and conversion code on the same wasm binary.
 */
import type { Table } from 'apache-arrow';
import type { Manifest } from '../schema/manifest';
import { tableByName } from '../schema/tables';
import { arrowRows } from './arrow-rows';
import type { QueryEngine, SqlParam } from './engine';
import { DataLoadError } from './load-errors';
import { parquetToArrowIpc } from './parquet-to-arrow';

export interface WasmConnection {
	insertArrowIpc(table: string, ipc: Uint8Array): Promise<void>;
	query(sql: string, params: readonly SqlParam[]): Promise<Table>;
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
	readonly #loading = new Map<string, Promise<void>>();
	#manifest: Promise<Manifest> | undefined;
	#connection: Promise<WasmConnection> | undefined;

	/**
	 * `connect` starts DuckDB; it runs on first use, while the first table is fetched and decoded,
	 * and again after a failure.
	 */
	constructor(
		private readonly connect: () => Promise<WasmConnection>,
		private readonly fetchData: DataFetcher
	) {}

	connection(): Promise<WasmConnection> {
		if (!this.#connection) {
			this.#connection = this.connect();
			this.#connection.catch(() => (this.#connection = undefined));
		}
		return this.#connection;
	}

	manifest(): Promise<Manifest> {
		if (!this.#manifest) {
			this.#manifest = this.#fetchManifest();
			// A failed fetch is not remembered: the next query asks again.
			this.#manifest.catch(() => (this.#manifest = undefined));
		}
		return this.#manifest;
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

	#load(name: string): Promise<void> {
		let loading = this.#loading.get(name);
		if (!loading) {
			loading = this.#fetchAndInsert(name);
			// A failed load may be retried by a later query.
			loading.catch(() => this.#loading.delete(name));
			this.#loading.set(name, loading);
		}
		return loading;
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

	async all(sql: string, params: readonly SqlParam[]): Promise<Record<string, unknown>[]> {
		return arrowRows(await (await this.connection()).query(sql, params));
	}
}
