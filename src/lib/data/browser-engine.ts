/** The one DuckDB-WASM engine of a browser tab, started on first use. */
import { WasmEngine } from './wasm-engine';

let engine: Promise<WasmEngine> | undefined;

export function browserEngine(base = ''): Promise<WasmEngine> {
	engine ??= import('./browser-duckdb')
		.then(({ openBrowserDuckDB }) => openBrowserDuckDB())
		.then((connection) => new WasmEngine(connection, (file) => fetch(`${base}/data/${file}`)));
	// A failed start may be retried by the next interaction.
	engine.catch(() => (engine = undefined));
	return engine;
}
