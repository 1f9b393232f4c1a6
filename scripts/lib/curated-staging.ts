/** The curated CSVs (sources, figures, tariff events, reference series), validated row by row and staged as reference rows. */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableSpec } from '../../src/lib/schema/columns';
import { TABLES, aliases, figures, sources, tableByName, tariffEvents } from '../../src/lib/schema/tables';
import { validateRecord } from '../../src/lib/schema/validate';
import { readCsv } from './csv-input';
import type { ProblemLog } from './problems';
import { StageWriter, type Origin } from './staging';

interface CuratedInput {
	table: TableSpec;
	path: string;
}

/** data/sources.csv, data/figures.csv, data/tariff_events.csv, data/aliases.csv and data/reference/<table>[.<part>].csv. */
async function curatedInputs(root: string, log: ProblemLog): Promise<CuratedInput[]> {
	const inputs: CuratedInput[] = [
		{ table: sources, path: join(root, 'data', 'sources.csv') },
		{ table: figures, path: join(root, 'data', 'figures.csv') },
		{ table: tariffEvents, path: join(root, 'data', 'tariff_events.csv') },
		{ table: aliases, path: join(root, 'data', 'aliases.csv') }
	];
	const refDir = join(root, 'data', 'reference');
	const files = existsSync(refDir) ? (await readdir(refDir)).filter((f) => f.endsWith('.csv')).sort() : [];
	for (const file of files) {
		const table = tableByName(file.split('.')[0]);
		const label = `data/reference/${file}`;
		if (!table)
			log.add({
				file: label,
				line: 0,
				field: '*',
				value: file,
				expected: `a file named after a published table (${TABLES.map((t) => t.name).join(', ')})`
			});
		else inputs.push({ table, path: join(refDir, file) });
	}
	return inputs;
}

/** Every curated file staged as reference rows. */
export async function stageCurated(db: DuckDBConnection, root: string, log: ProblemLog, progress: (s: string) => void): Promise<void> {
	for (const input of await curatedInputs(root, log)) {
		const label = relative(root, input.path);
		if (!existsSync(input.path)) {
			log.add({ file: label, line: 0, field: '*', value: '', expected: 'the file to exist' });
			continue;
		}
		const n = await stageCsv(db, input.table, input.path, label, 'reference', log);
		progress(`  read ${label}: ${n} rows`);
	}
}

async function stageCsv(
	db: DuckDBConnection,
	table: TableSpec,
	path: string,
	label: string,
	origin: Origin,
	log: ProblemLog
): Promise<number> {
	let read = 0;
	const writer = await StageWriter.open(db, table);
	for await (const { line, record } of readCsv(path, { label, expectedColumns: table.columns.map((c) => c.name) }, log)) {
		read++;
		const { row, problems } = validateRecord(table, record, { file: label, line });
		if (row) writer.append(row, origin, label, line);
		else log.addAll(problems);
	}
	writer.close();
	return read;
}
