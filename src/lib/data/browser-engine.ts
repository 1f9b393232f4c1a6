/**
 * The one DuckDB-WASM engine of a browser tab, started on first use. Everything it needs (DuckDB,
 * Arrow, the Parquet reader) is imported here dynamically, so none of it is in a page's first
 * bytes: a page starts it when it will need it (the explorer once it is live, the story chart and
 * the checker when a reader reaches for them, a slide of an explorer view when it is shown).
 */
import { remembered } from './remembered';
import type { WasmEngine } from './wasm-engine';

/** A failed download of the engine's code is tried again by the next interaction. */
export const browserEngine: () => Promise<WasmEngine> = remembered(() =>
	Promise.all([import('./browser-duckdb'), import('./wasm-engine')]).then(
		([{ openBrowserDuckDB }, { WasmEngine }]) => new WasmEngine(openBrowserDuckDB, (file) => fetch(`/data/${file}`))
	)
);

/**
 * Starts DuckDB-WASM (its code, then its worker and database) without waiting for it, when a reader
 * reaches for a view that will need it. A failure is left for the query that follows to report.
 */
export function startEngine(): void {
	void browserEngine()
		.then((engine) => engine.connection())
		.catch(() => undefined);
}
