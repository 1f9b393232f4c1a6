/**
 * Parquet bytes → Arrow IPC stream bytes, typed by the shared schema. DuckDB-WASM cannot read
 * Parquet without downloading an extension, so the browser decodes with hyparquet and hands
 * DuckDB Arrow instead.
 */
import { parquetMetadata, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Bool, DateDay, Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import type { ColumnSpec, TableSpec } from '../schema/columns';

function arrowType(column: ColumnSpec): DataType {
	switch (column.type) {
		case 'text':
			return new Utf8();
		case 'double':
			return new Float64();
		case 'integer':
			return new Int32();
		case 'date':
			return new DateDay();
		case 'boolean':
			return new Bool();
	}
}

/** Decodes every column of the file into plain arrays, in row order. */
async function readColumns(bytes: ArrayBuffer, names: readonly string[]): Promise<{ rows: number; columns: Map<string, unknown[]> }> {
	const rows = Number(parquetMetadata(bytes).num_rows);
	const columns = new Map<string, unknown[]>(names.map((n) => [n, new Array<unknown>(rows)]));
	await parquetRead({
		file: bytes,
		compressors,
		columns: [...names],
		onChunk: ({ columnName, columnData, rowStart }) => {
			const target = columns.get(columnName);
			if (!target) return;
			for (let i = 0; i < columnData.length; i++) target[rowStart + i] = columnData[i];
		}
	});
	return { rows, columns };
}

/** Columns of plain values (dates as ISO text or Date) → Arrow IPC stream with the schema's column types. */
export function columnsToArrowIpc(table: TableSpec, columns: ReadonlyMap<string, readonly unknown[]>): Uint8Array {
	const vectors = Object.fromEntries(
		table.columns.map((c) => {
			const values = (columns.get(c.name) ?? []).map((v) => (v === undefined ? null : c.type === 'date' && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v));
			return [c.name, vectorFromArray(values, arrowType(c))];
		})
	);
	return tableToIPC(new Table(vectors), 'stream');
}

/** Parquet file of a published table → Arrow IPC stream with the schema's column types. */
export async function parquetToArrowIpc(bytes: ArrayBuffer, table: TableSpec): Promise<Uint8Array> {
	const { columns } = await readColumns(bytes, table.columns.map((c) => c.name));
	return columnsToArrowIpc(table, columns);
}
