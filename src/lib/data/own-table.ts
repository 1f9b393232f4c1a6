/**
 * A person's own file, mapped and checked, becomes the own_trade table of the browser's DuckDB:
 * never uploaded, replaced by the next file, queried by the same SQL as the published figures.
 */
import { OWN_TABLE, ownTrade } from '../schema/own-trade';
import type { RowOf } from '../schema/columns';
import { runQuery } from './engine';
import { ownPairs, type TradePair } from './explore-queries';
import { columnsToArrowIpc } from './parquet-to-arrow';
import type { WasmEngine } from './wasm-engine';

/** Puts the rows in, replacing an earlier file, and says which pairs and years they hold. */
export async function putOwnRows(engine: WasmEngine, rows: readonly RowOf<typeof ownTrade>[]): Promise<TradePair[]> {
	const columns = new Map(ownTrade.columns.map((c) => [c.name, rows.map((r) => r[c.name])]));
	await engine.putLocalTable(OWN_TABLE, columnsToArrowIpc(ownTrade, columns));
	return runQuery(engine, ownPairs, undefined);
}
