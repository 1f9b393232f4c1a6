/** An explorer view as Parquet: loaded only when someone asks for the file. */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ExploreInput, ExploreRow } from '$lib/data/explore-queries';
import { provenance, type ViewContext } from './view-export';

/** The same rows as Parquet, with the provenance as key-value metadata. */
export function viewParquet(rows: readonly ExploreRow[], view: ExploreInput, context: ViewContext): ArrayBuffer {
	const text = (f: (r: ExploreRow) => string) => rows.map(f);
	return parquetWriteBuffer({
		columnData: [
			{ name: 'reporter', data: text(() => view.reporter), type: 'STRING' },
			{ name: 'partner', data: text((r) => r.partner), type: 'STRING' },
			{ name: 'flow', data: text(() => view.flow), type: 'STRING' },
			{ name: 'measure', data: text(() => view.measure), type: 'STRING' },
			{ name: 'side', data: text(() => view.side), type: 'STRING' },
			{ name: 'year', data: Int32Array.from(rows, (r) => r.year), type: 'INT32' },
			{ name: 'months', data: Int32Array.from(rows, (r) => r.months), type: 'INT32' },
			{ name: 'value', data: rows.map((r) => r.value), type: 'DOUBLE', nullable: true },
			{ name: 'amount', data: rows.map((r) => r.amount), type: 'DOUBLE', nullable: true },
			{ name: 'currency', data: text(() => view.currency), type: 'STRING' }
		],
		kvMetadata: provenance(view, context).map(([key, value]) => ({ key: `trade_lens.${key}`, value }))
	});
}
