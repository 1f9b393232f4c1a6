/**
 * DuckDB-WASM in Node for the parity test: the blocking bindings run the same wasm binary as the
 * browser; WasmEngine's fetching, checksum, Parquet→Arrow and row conversion code is shared.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { SETUP_SQL, WasmEngine, type DataFetcher, type WasmConnection } from '../../src/lib/data/wasm-engine';

const dist = dirname(createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));

export async function openNodeWasmConnection(): Promise<WasmConnection> {
	const bundles = {
		mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
		eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
	};
	const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	db.open({});
	const conn = db.connect();
	for (const sql of SETUP_SQL) conn.query(sql);
	return {
		insertArrowIpc: async (table, ipc, append = false) => conn.insertArrowFromIPCStream(ipc, { name: table, create: !append }),
		stream: async (sql) => {
			const reader = await conn.send(sql);
			return (async function* () {
				yield* reader;
			})();
		},
		cancel: async () => conn.cancelSent(),
		query: async (sql, params) => {
			const statement = conn.prepare(sql);
			try {
				return statement.query(...params);
			} finally {
				statement.close();
			}
		}
	};
}

/** Serves files of a data directory as the site would. */
export function fileFetcher(dataDir: string): DataFetcher {
	return async (file) => {
		try {
			return new Response(await readFile(join(dataDir, file)));
		} catch {
			return new Response('not found', { status: 404 });
		}
	};
}

export async function openNodeWasmEngine(dataDir: string, fetcher: DataFetcher = fileFetcher(dataDir)): Promise<WasmEngine> {
	return new WasmEngine(openNodeWasmConnection, fetcher);
}
