/**
 * Reads a person's own CSV or Parquet file in the browser (it is never uploaded) into text records,
 * the shape the mapping rules take, each with the line (CSV) or row (Parquet) it came from.
 */
import { parse } from 'csv-parse/browser/esm/sync';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { translator, type MessageKey, type MessageParams, type Translate } from '$lib/i18n/translate';

export interface OwnRecord {
	/** CSV: the line of the file (the header is line 1). Parquet: the row, from 1. */
	at: number;
	record: Record<string, string>;
}

export interface OwnFile {
	name: string;
	kind: 'csv' | 'parquet';
	header: string[];
	records: OwnRecord[];
}

/** Large enough for a country's full bilateral history; larger files belong in the data build. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file that cannot be read, by message key: its `message` is the English text, `text(t)` any language's. */
export class OwnFileError extends Error {
	constructor(
		readonly key: MessageKey,
		readonly params: MessageParams
	) {
		super(translator('en')(key, params));
	}
	text(t: Translate): string {
		return t(this.key, this.params);
	}
}

const PARQUET_MAGIC = 'PAR1';

function isParquet(name: string, bytes: ArrayBuffer): boolean {
	const head = new TextDecoder().decode(new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength)));
	return head === PARQUET_MAGIC || /\.parquet$/i.test(name);
}

/** A Parquet cell as the text a CSV would hold. */
function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value);
}

async function readParquet(name: string, bytes: ArrayBuffer): Promise<OwnFile> {
	let header: string[];
	let objects: Record<string, unknown>[];
	try {
		const metadata = parquetMetadata(bytes);
		header = parquetSchema(metadata).children.map((c) => c.element.name);
		objects = await parquetReadObjects({ file: bytes, metadata, compressors });
	} catch (e) {
		throw new OwnFileError('own.error.parquet', { name, detail: (e as Error).message });
	}
	return {
		name,
		kind: 'parquet',
		header,
		records: objects.map((o, i) => ({ at: i + 1, record: Object.fromEntries(header.map((h) => [h, cellText(o[h])])) }))
	};
}

function readCsv(name: string, bytes: ArrayBuffer): OwnFile {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new OwnFileError('own.error.utf8', { name });
	}
	let rows: { record: string[]; info: { lines: number } }[];
	try {
		rows = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof rows;
	} catch (e) {
		// csv-parse names the line; its message is plain enough to show as it is.
		throw new OwnFileError('own.error.csv', { name, detail: (e as Error).message });
	}
	const [first, ...rest] = rows;
	if (!first) throw new OwnFileError('own.error.empty', { name });
	const header = first.record.map((h) => h.trim());
	const blank = header.findIndex((h) => h === '');
	if (blank >= 0) throw new OwnFileError('own.error.blank', { name, index: blank + 1 });
	const repeated = header.find((h, i) => header.indexOf(h) !== i);
	if (repeated) throw new OwnFileError('own.error.repeated', { name, column: repeated });
	return {
		name,
		kind: 'csv',
		header,
		records: rest.map(({ record, info }) => ({ at: info.lines, record: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) }))
	};
}

export async function readOwnFile(name: string, bytes: ArrayBuffer): Promise<OwnFile> {
	if (bytes.byteLength === 0) throw new OwnFileError('own.error.empty', { name });
	if (bytes.byteLength > MAX_FILE_BYTES) {
		throw new OwnFileError('own.error.size', {
			name,
			size: (bytes.byteLength / 1024 / 1024).toFixed(0),
			max: MAX_FILE_BYTES / 1024 / 1024
		});
	}
	const file = isParquet(name, bytes) ? await readParquet(name, bytes) : readCsv(name, bytes);
	if (file.records.length === 0) throw new OwnFileError('own.error.rows', { name });
	return file;
}
