/** An explorer view as Parquet: loaded only when someone asks for the file. */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ExploreView } from './explore-view';
import { provenance, type ExportRecord, type ViewContext } from './view-export';

/** The same records as Parquet, with the provenance as key-value metadata. */
export function viewParquet(records: readonly ExportRecord[], view: ExploreView, context: ViewContext): ArrayBuffer {
	const text = (f: (r: ExportRecord) => string) => records.map(f);
	return parquetWriteBuffer({
		columnData: [
			{ name: 'reporter', data: text((r) => r.reporter), type: 'STRING' },
			{ name: 'partner', data: text((r) => r.partner), type: 'STRING' },
			{ name: 'flow', data: text((r) => r.flow), type: 'STRING' },
			{ name: 'measure', data: text((r) => r.measure), type: 'STRING' },
			{ name: 'side', data: text((r) => r.side), type: 'STRING' },
			{ name: 'year', data: Int32Array.from(records, (r) => r.year), type: 'INT32' },
			{ name: 'months', data: Int32Array.from(records, (r) => r.months), type: 'INT32' },
			{ name: 'value', data: records.map((r) => r.value), type: 'DOUBLE', nullable: true },
			{ name: 'amount', data: records.map((r) => r.amount), type: 'DOUBLE', nullable: true },
			{ name: 'currency', data: text((r) => r.currency), type: 'STRING' }
		],
		kvMetadata: provenance(view, context).map(([key, value]) => ({ key: `trade_lens.${key}`, value }))
	});
}
