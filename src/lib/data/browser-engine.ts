/**
 * The one DuckDB-WASM engine of a browser tab, started on first use. Everything it needs (DuckDB,
 * Arrow, the Parquet reader) is imported here dynamically, so none of it loads before a person
 * interacts with a chart.
 */
import type { WasmEngine } from './wasm-engine';

let engine: Promise<WasmEngine> | undefined;

export function browserEngine(base = ''): Promise<WasmEngine> {
	engine ??= Promise.all([import('./browser-duckdb'), import('./wasm-engine')]).then(
		([{ openBrowserDuckDB }, { WasmEngine }]) => new WasmEngine(openBrowserDuckDB, (file) => fetch(`${base}/data/${file}`))
	);
	// A failed download of the engine's code may be retried by the next interaction.
	engine.catch(() => (engine = undefined));
	return engine;
}
