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

export async function openBrowserDuckDB(): Promise<WasmConnection> {
	let conn: duckdb.AsyncDuckDBConnection;
	try {
		const bundle = await duckdb.selectBundle(BUNDLES);
		if (!bundle.mainWorker) throw new Error('no worker for this browser');
		const worker = new Worker(bundle.mainWorker);
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
		await db.instantiate(bundle.mainModule);
		await db.open({});
		conn = await db.connect();
		for (const sql of SETUP_SQL) await conn.query(sql);
	} catch (cause) {
		throw new DataLoadError('engine', 'The in-browser query engine (DuckDB-WASM) could not start; the charts show their published view.', { cause });
	}
	return {
		async insertArrowIpc(table, ipc) {
			await conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
		},
		async query(sql: string, params: readonly SqlParam[]) {
			const statement = await conn.prepare(sql);
			try {
				return await statement.query(...params);
			} finally {
				await statement.close();
			}
		}
	};
}
