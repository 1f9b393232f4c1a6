/**
 * DuckDB-WASM in the browser, self-hosted: the wasm and worker files are bundled assets of this
 * site. Import this module dynamically, in the browser only.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { SqlParam } from './engine';
import { DataLoadError } from './load-errors';
import { SETUP_SQL, type WasmConnection } from './wasm-engine';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** Starting takes about a second on a laptop; past this, something is wrong (a file failed to load). */
const START_TIMEOUT_MS = 20_000;

/** Times a step of the engine's start as a performance measure (read by `npm run bench`). */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
	const started = performance.now();
	try {
		return await run();
	} finally {
		performance.measure(`trade-lens:duckdb ${name}`, { start: started });
	}
}

async function start(): Promise<duckdb.AsyncDuckDBConnection> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	if (!bundle.mainWorker) throw new Error('no worker for this browser');
	const worker = new Worker(bundle.mainWorker);
	const failed = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (e) => reject(new Error(e.message || 'worker failed')));
		setTimeout(() => reject(new Error(`not ready after ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
		// The worker does not always report a wasm file that fails to load: check it is there, meanwhile.
		void fetch(bundle.mainModule, { method: 'HEAD' }).then(
			(probe) => probe.ok || reject(new Error(`${bundle.mainModule}: HTTP ${probe.status}`)),
			(error: unknown) => reject(error instanceof Error ? error : new Error(String(error)))
		);
	});
	const ready = (async () => {
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		await step('instantiate', () => db.instantiate(bundle.mainModule));
		await step('open', () => db.open({}));
		const conn = await step('connect', () => db.connect());
		await step('setup', async () => {
			for (const sql of SETUP_SQL) await conn.query(sql);
		});
		return conn;
	})();
	try {
		return await Promise.race([ready, failed]);
	} catch (error) {
		worker.terminate();
		throw error;
	}
}

export async function openBrowserDuckDB(): Promise<WasmConnection> {
	let conn: duckdb.AsyncDuckDBConnection;
	try {
		conn = await start();
	} catch (cause) {
		throw new DataLoadError('engine', 'load.engine', {}, { cause });
	}
	// Each statement with parameters is prepared once and kept: a query asked again costs one round
	// trip to the worker, not three (prepare, query, close). One without parameters is sent as it is.
	const prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
	return {
		async insertArrowIpc(table, ipc, append = false) {
			await conn.insertArrowFromIPCStream(ipc, { name: table, create: !append });
		},
		async stream(sql: string) {
			return conn.send(sql, true);
		},
		async cancel() {
			return conn.cancelSent();
		},
		async query(sql: string, params: readonly SqlParam[]) {
			if (params.length === 0) return conn.query(sql);
			let statement = prepared.get(sql);
			if (!statement) prepared.set(sql, (statement = conn.prepare(sql)));
			try {
				return await (await statement).query(...params);
			} catch (error) {
				// A statement that failed to prepare, or whose tables changed under it, is prepared anew next time.
				prepared.delete(sql);
				void statement.then((s) => s.close()).catch(() => undefined);
				throw error;
			}
		}
	};
}
