/** manifest.json: what static/data/ holds, with sizes and checksums, and the schema it follows. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { TableSpec } from '../../src/lib/schema/columns';
import { sqlType } from '../../src/lib/schema/columns';
import { SCHEMA_VERSION } from '../../src/lib/schema/tables';
import type { Manifest, ManifestTable } from '../../src/lib/schema/manifest';

/** A file's SHA-256 and size; a large one is read as a stream (a buffer holds at most 2 GiB). */
export async function sha256File(path: string): Promise<{ sha256: string; bytes: number }> {
	if ((await stat(path)).size < 256 * 1024 * 1024) {
		const data = await readFile(path);
		return { sha256: createHash('sha256').update(data).digest('hex'), bytes: data.byteLength };
	}
	const hash = createHash('sha256');
	let bytes = 0;
	for await (const chunk of createReadStream(path)) {
		hash.update(chunk as Buffer);
		bytes += (chunk as Buffer).byteLength;
	}
	return { sha256: hash.digest('hex'), bytes };
}

export function manifestTable(
	table: TableSpec,
	file: string,
	rows: number,
	bytes: number,
	sha256: string,
	sources: string[]
): ManifestTable {
	return {
		name: table.name,
		title: table.title,
		description: table.description,
		file,
		rows,
		bytes,
		sha256,
		key: [...table.key],
		order_by: [...table.orderBy],
		columns: table.columns.map((c) => ({ name: c.name, type: sqlType(c), nullable: c.nullable === true, description: c.description })),
		sources
	};
}

export function makeManifest(tables: ManifestTable[], raw: Manifest['raw']): Manifest {
	return { schema_version: SCHEMA_VERSION, raw, tables };
}
