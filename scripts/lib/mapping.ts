/**
 * Raw-table mappings from data/mappings: reads a mapping file and its lookup tables, then checks and
 * compiles it with the shared rules of src/lib/schema/mapping.ts.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { tableByName } from '../../src/lib/schema/tables';
import { compileMapping, type LoadedMapping } from '../../src/lib/schema/mapping';
import { lookupSource, parseMappingDoc } from '../../src/lib/schema/mapping-doc';
import type { Problem } from '../../src/lib/schema/validate';

export { applyMapping, type LoadedMapping } from '../../src/lib/schema/mapping';

/**
 * Reads and checks a mapping file: its shape (mapping-doc.ts), then its lookup tables, then its
 * names. A malformed one gives problems naming the mapping file and the field, never an exception.
 */
export async function loadMapping(
	path: string,
	label: string,
	mappingDir: string
): Promise<{ loaded?: LoadedMapping; problems: Problem[] }> {
	let json: unknown;
	try {
		json = JSON.parse(await readFile(path, 'utf8'));
	} catch (e) {
		return { problems: [{ file: label, line: 1, field: '*', value: '', expected: `valid JSON (${(e as Error).message})` }] };
	}
	const parsed = parseMappingDoc(json, label);
	if (!parsed.mapping) return { problems: parsed.problems };
	const problems: Problem[] = [];
	const lookups = new Map<string, Map<string, string>>();
	for (const [name, spec] of Object.entries(parsed.mapping.lookups ?? {})) {
		const { file, key, value } = lookupSource(spec);
		try {
			const rows = parse(await readFile(join(mappingDir, file), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
			if (rows.length > 0 && (!(key in rows[0]) || !(value in rows[0]))) throw new Error(`no column ${!(key in rows[0]) ? key : value}`);
			lookups.set(name, new Map(rows.map((r) => [r[key], r[value]])));
		} catch (e) {
			problems.push({
				file: label,
				line: 1,
				field: `lookups.${name}`,
				value: file,
				expected: `a readable CSV with columns ${key},${value} (${(e as Error).message})`
			});
		}
	}
	const compiled = compileMapping(json, label, lookups, tableByName);
	problems.push(...compiled.problems);
	return problems.length > 0 ? { problems } : compiled;
}
