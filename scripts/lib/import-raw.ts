/**
 * Reads one raw official table through its mapping in TypeScript: every record mapped, validated,
 * and yielded or reported. The data build imports with DuckDB (raw-import.ts); this is the
 * reference its SQL is tested against (tests/data/import-agreement.test.ts), row by row.
 */
import type { RowOf, TableSpec } from '../../src/lib/schema/columns';
import { validateRecord } from '../../src/lib/schema/validate';
import { readCsv } from './csv-input';
import { applyMapping, type LoadedMapping } from './mapping';
import type { ProblemLog } from './problems';

export async function* importRaw(
	loaded: LoadedMapping,
	path: string,
	label: string,
	log: ProblemLog,
	counter: { read: number } = { read: 0 }
): AsyncGenerator<{ row: RowOf<TableSpec>; line: number }> {
	for await (const { line, record } of readCsv(path, { label, expectedColumns: loaded.mapping.columns_in_file }, log)) {
		counter.read++;
		const at = { file: label, line };
		const mapped = applyMapping(loaded, record, at);
		log.addAll(mapped.problems);
		for (const rec of mapped.records) {
			const { row, problems } = validateRecord(loaded.table, rec, at);
			if (row) yield { row, line };
			else log.addAll(problems);
		}
	}
}
