/**
 * Parquet bytes → Arrow IPC stream bytes, typed by the shared schema. DuckDB-WASM cannot read
 * Parquet without downloading an extension, so the browser decodes with hyparquet and hands
 * DuckDB Arrow instead.
 */
import { parquetMetadata, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Bool, DateDay, Dictionary, Float64, Int8, Int16, Int32, Table, Utf8, makeData, makeVector, tableToIPC, vectorFromArray, type Data } from 'apache-arrow';
import type { ColumnSpec, TableSpec } from '../schema/columns';

const MS_PER_DAY = 86_400_000;

/** Validity bitmap (bit set = value present) and null count, or none when every value is present. */
function validity(values: readonly unknown[]): { nullBitmap?: Uint8Array; nullCount: number } {
	let nullCount = 0;
	for (const v of values) if (v === null || v === undefined) nullCount++;
	if (nullCount === 0) return { nullCount };
	const nullBitmap = new Uint8Array((values.length + 7) >> 3);
	values.forEach((v, i) => {
		if (v !== null && v !== undefined) nullBitmap[i >> 3] |= 1 << (i & 7);
	});
	return { nullBitmap, nullCount };
}

function dayNumber(v: unknown): number {
	if (v instanceof Date) return Math.floor(v.getTime() / MS_PER_DAY);
	if (typeof v === 'string') return Math.floor(Date.parse(`${v.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
	return Number(v);
}

/**
 * One column as Arrow data, built straight into typed arrays (Arrow's generic builders take tens
 * of seconds on millions of rows). Text is dictionary-encoded: the codes and vocabularies of the
 * published tables repeat endlessly, and DuckDB reads dictionaries as VARCHAR.
 */
function columnData(column: ColumnSpec, values: readonly unknown[], dictionaryId: number): Data {
	const length = values.length;
	const valid = validity(values);
	switch (column.type) {
		case 'double':
			return makeData({ type: new Float64(), length, ...valid, data: Float64Array.from(values, (v) => (v === null || v === undefined ? 0 : Number(v))) });
		case 'integer':
			return makeData({ type: new Int32(), length, ...valid, data: Int32Array.from(values, (v) => (v === null || v === undefined ? 0 : Number(v))) });
		case 'date':
			return makeData({ type: new DateDay(), length, ...valid, data: Int32Array.from(values, (v) => (v === null || v === undefined ? 0 : dayNumber(v))) });
		case 'boolean': {
			const bits = new Uint8Array((length + 7) >> 3);
			values.forEach((v, i) => {
				if (v === true) bits[i >> 3] |= 1 << (i & 7);
			});
			return makeData({ type: new Bool(), length, ...valid, data: bits });
		}
		case 'text': {
			// Arrow writes no dictionary for an empty column, and DuckDB then refuses the stream.
			if (length === 0) return vectorFromArray([], new Utf8()).data[0];
			const index = new Map<string, number>();
			const codes = Int32Array.from(values, (v) => {
				if (v === null || v === undefined) return 0;
				const text = String(v);
				let code = index.get(text);
				if (code === undefined) index.set(text, (code = index.size));
				return code;
			});
			const dictionary = vectorFromArray([...index.keys()], new Utf8());
			// The narrowest index type that holds every code.
			if (index.size <= 127) return makeData({ type: new Dictionary(new Utf8(), new Int8(), dictionaryId), length, ...valid, data: Int8Array.from(codes), dictionary });
			if (index.size <= 32767) return makeData({ type: new Dictionary(new Utf8(), new Int16(), dictionaryId), length, ...valid, data: Int16Array.from(codes), dictionary });
			return makeData({ type: new Dictionary(new Utf8(), new Int32(), dictionaryId), length, ...valid, data: codes, dictionary });
		}
	}
}

/** Decodes every column of rows [from, to) of the file into plain arrays, in row order. */
async function readColumns(
	bytes: ArrayBuffer,
	names: readonly string[],
	from = 0,
	to = Number(parquetMetadata(bytes).num_rows)
): Promise<{ rows: number; columns: Map<string, unknown[]> }> {
	const rows = to - from;
	const columns = new Map<string, unknown[]>(names.map((n) => [n, new Array<unknown>(rows)]));
	await parquetRead({
		file: bytes,
		compressors,
		columns: [...names],
		rowStart: from,
		rowEnd: to,
		onChunk: ({ columnName, columnData, rowStart }) => {
			const target = columns.get(columnName);
			if (!target) return;
			// A row group may start before `from` or run past `to`: keep only the rows asked for.
			for (let i = Math.max(0, from - rowStart); i < columnData.length && rowStart + i < to; i++) target[rowStart + i - from] = columnData[i];
		}
	});
	return { rows, columns };
}

/** Columns of plain values (dates as ISO text or Date) → Arrow IPC stream with the schema's column types. */
export function columnsToArrowIpc(table: TableSpec, columns: ReadonlyMap<string, readonly unknown[]>): Uint8Array {
	const vectors = Object.fromEntries(table.columns.map((c, i) => [c.name, makeVector(columnData(c, columns.get(c.name) ?? [], i))]));
	return tableToIPC(new Table(vectors), 'stream');
}

/**
 * Parquet file of a published table → Arrow IPC stream with the schema's column types. `constant`
 * gives the value of columns the file does not hold (a Hive partition's column, from its path).
 */
export async function parquetToArrowIpc(bytes: ArrayBuffer, table: TableSpec, constant: Readonly<Record<string, string>> = {}): Promise<Uint8Array> {
	const names = table.columns.map((c) => c.name);
	const { rows, columns } = await readColumns(bytes, names.filter((n) => !Object.hasOwn(constant, n)));
	for (const [name, value] of Object.entries(constant)) columns.set(name, new Array<unknown>(rows).fill(value));
	return columnsToArrowIpc(table, columns);
}

/** Rows per Arrow stream of a large file: whole row groups, about this many rows (the build writes groups of about 100,000: one each, so what DuckDB holds uncompressed at once stays small). */
export const CHUNK_ROWS = 100_000;

/**
 * A large Parquet file as Arrow IPC streams of whole row groups, about CHUNK_ROWS rows each, one at
 * a time: the tab holds one chunk's decoded values and DuckDB one chunk's stream, never the whole
 * file's (the whole trade_annual at once peaked at over 1 GB in the tab).
 */
export async function* parquetToArrowIpcChunks(bytes: ArrayBuffer, table: TableSpec, rowsPerChunk = CHUNK_ROWS): AsyncGenerator<Uint8Array> {
	const names = table.columns.map((c) => c.name);
	const groups = parquetMetadata(bytes).row_groups.map((g) => Number(g.num_rows));
	// An empty file is still a table: one empty stream.
	if (groups.length === 0) yield columnsToArrowIpc(table, new Map());
	let [from, rows] = [0, 0];
	for (const [i, n] of groups.entries()) {
		rows += n;
		if (rows < rowsPerChunk && i < groups.length - 1) continue;
		const { columns } = await readColumns(bytes, names, from, from + rows);
		yield columnsToArrowIpc(table, columns);
		[from, rows] = [from + rows, 0];
	}
}
