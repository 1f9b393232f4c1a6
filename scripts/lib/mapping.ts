/**
 * Raw-table mappings from data/mappings: reads a mapping file and its lookup tables, then checks and
 * compiles it with the shared rules of src/lib/schema/mapping.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { tableByName } from '../../src/lib/schema/tables';
import { compileMapping, isRecord, type LoadedMapping } from '../../src/lib/schema/mapping';
import type { Problem } from '../../src/lib/schema/validate';

export { applyMapping, type LoadedMapping } from '../../src/lib/schema/mapping';

/** Reads and checks a mapping file; returns problems instead of throwing for a malformed one. */
export async function loadMapping(path: string, label: string, mappingDir: string): Promise<{ loaded?: LoadedMapping; problems: Problem[] }> {
	let json: unknown;
	try {
		json = JSON.parse(await readFile(path, 'utf8'));
	} catch (e) {
		return { problems: [{ file: label, line: 1, field: '*', value: '', expected: `valid JSON (${(e as Error).message})` }] };
	}
	const problems: Problem[] = [];
	const lookups = new Map<string, Map<string, string>>();
	const declared = isRecord(json) && isRecord(json.lookups) ? Object.entries(json.lookups) : [];
	for (const [name, file] of declared) {
		try {
			const rows = parse(await readFile(join(mappingDir, String(file)), 'utf8'), { columns: true, bom: true }) as { name: string; code: string }[];
			lookups.set(name, new Map(rows.map((r) => [r.name, r.code])));
		} catch (e) {
			problems.push({ file: label, line: 1, field: `lookups.${name}`, value: String(file), expected: `a readable CSV with columns name,code (${(e as Error).message})` });
		}
	}
	const compiled = compileMapping(json, label, lookups, tableByName);
	problems.push(...compiled.problems);
	return problems.length > 0 ? { problems } : compiled;
}
