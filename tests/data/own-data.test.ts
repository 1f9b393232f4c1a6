/**
 * A person's own file: read (CSV and Parquet), mapped with the pipeline's rules, refused with the
 * line and column named, and queried in DuckDB-WASM (the browser's binary) beside the published data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/lib/data/engine';
import { exploreSeries, ownSeries, type ExploreQuery } from '../../src/lib/data/explore-queries';
import { putOwnRows } from '../../src/lib/data/own-table';
import type { WasmEngine } from '../../src/lib/data/wasm-engine';
import { translator } from '../../src/lib/i18n/translate';
import { describeOwnProblem, guessChoices, mapOwnFile, type OwnChoices } from '../../src/lib/own-data/own-mapping';
import { readOwnFile, type OwnFile } from '../../src/lib/own-data/read-own-file';
import { ROOT } from '../helpers/project';
import { openNodeWasmEngine } from '../helpers/wasm-node';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const bytesOf = async (name: string) => new Uint8Array(await readFile(join(FIXTURES, name))).buffer;
const textBytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const problemsOf = (file: OwnFile, choices: OwnChoices) =>
	mapOwnFile(file, choices).problems.map((p) => describeOwnProblem(file, p, translator('en')));

describe('reading a file', () => {
	it('reads a CSV with its header and each row’s line', async () => {
		const file = await readOwnFile('own-trade.csv', await bytesOf('own-trade.csv'));
		expect(file.kind).toBe('csv');
		expect(file.header).toEqual(['Reporter', 'Partner', 'Flow', 'Year', 'Trade value (US$ millions)', 'Unit']);
		expect(file.records).toHaveLength(11);
		expect(file.records[0]).toEqual({
			at: 2,
			record: { Reporter: 'CAN', Partner: 'CHN', Flow: 'Export', Year: '2018', 'Trade value (US$ millions)': '27800', Unit: 'USD' }
		});
	});

	it('reads a Parquet file to the same records', async () => {
		const csv = await readOwnFile('own-trade.csv', await bytesOf('own-trade.csv'));
		const parquet = parquetWriteBuffer({
			columnData: [
				{ name: 'reporter', data: csv.records.map((r) => r.record.Reporter), type: 'STRING' },
				{ name: 'partner', data: csv.records.map((r) => r.record.Partner), type: 'STRING' },
				{ name: 'flow', data: csv.records.map((r) => r.record.Flow), type: 'STRING' },
				{ name: 'year', data: csv.records.map((r) => Number(r.record.Year)), type: 'INT32' },
				{ name: 'value', data: csv.records.map((r) => Number(r.record['Trade value (US$ millions)']) * 1e6), type: 'DOUBLE' }
			]
		});
		const file = await readOwnFile('own-trade.parquet', parquet);
		expect(file.kind).toBe('parquet');
		expect(file.header).toEqual(['reporter', 'partner', 'flow', 'year', 'value']);
		expect(file.records[0]).toEqual({
			at: 1,
			record: { reporter: 'CAN', partner: 'CHN', flow: 'Export', year: '2018', value: '27800000000' }
		});
		const choices = guessChoices(file.header);
		expect(choices.fields.unit).toEqual({ fixed: 'USD' });
		expect(mapOwnFile(file, choices).rows).toEqual(mapOwnFile(csv, guessChoices(csv.header)).rows);
	});

	it('names the line of a CSV that does not parse', async () => {
		await expect(readOwnFile('broken.csv', textBytes('reporter,partner,value\nCAN,CHN,1\nCAN,"USA,2\n'))).rejects.toThrow(
			/^broken\.csv could not be read as CSV: .*line 3/
		);
		await expect(readOwnFile('short.csv', textBytes('reporter,partner,value\nCAN,CHN\n'))).rejects.toThrow(
			/^short\.csv could not be read as CSV: .*line 2/
		);
	});

	it('refuses empty, headless and non-text files with a plain message', async () => {
		await expect(readOwnFile('empty.csv', new ArrayBuffer(0))).rejects.toThrow('empty.csv is empty.');
		await expect(readOwnFile('header.csv', textBytes('a,b\n'))).rejects.toThrow('header.csv has a header but no rows.');
		await expect(readOwnFile('blank.csv', textBytes('a,,c\n1,2,3\n'))).rejects.toThrow(
			'blank.csv, line 1: column 2 has no name; the first line must name every column.'
		);
		await expect(readOwnFile('latin.csv', new Uint8Array([0x61, 0x0a, 0xe9, 0x0a]).buffer)).rejects.toThrow('latin.csv is not UTF-8 text');
		await expect(readOwnFile('fake.parquet', textBytes('PAR1 nothing here'))).rejects.toThrow(
			/^fake\.parquet could not be read as Parquet/
		);
	});
});

describe('mapping a file', () => {
	it('guesses each field from the column names, and the scale from “millions”', async () => {
		const file = await readOwnFile('own-trade.csv', await bytesOf('own-trade.csv'));
		expect(guessChoices(file.header)).toEqual({
			fields: {
				reporter: { column: 'Reporter' },
				partner: { column: 'Partner' },
				flow: { column: 'Flow' },
				period: { column: 'Year' },
				value: { column: 'Trade value (US$ millions)' },
				unit: { column: 'Unit' }
			},
			scale: 1e6
		});
	});

	it('maps every row to reporter, partner, flow, year and US$', async () => {
		const file = await readOwnFile('own-trade.csv', await bytesOf('own-trade.csv'));
		const { rows, problems } = mapOwnFile(file, guessChoices(file.header));
		expect(problems).toEqual([]);
		expect(rows).toHaveLength(11);
		expect(rows[0]).toEqual({
			reporter: 'CAN',
			partner: 'CHN',
			flow: 'exports',
			year: 2018,
			value: 27_800_000_000,
			currency: 'USD',
			source_id: 'own_file'
		});
	});

	it('reads ISO alpha-2 codes and a fixed reporter', async () => {
		const file = await readOwnFile('partners.csv', textBytes('country,year,exports\nCN,2019,1.5\nUS,2019,20\n'));
		const choices = guessChoices(file.header);
		choices.fields.reporter = { fixed: 'CAN' };
		choices.fields.partner = { column: 'country' };
		choices.fields.flow = { fixed: 'exports' };
		choices.fields.value = { column: 'exports' };
		choices.scale = 1e9;
		const { rows, problems } = mapOwnFile(file, choices);
		expect(problems).toEqual([]);
		expect(rows.map((r) => [r.reporter, r.partner, r.flow, r.year, r.value])).toEqual([
			['CAN', 'CHN', 'exports', 2019, 1.5e9],
			['CAN', 'USA', 'exports', 2019, 2e10]
		]);
	});

	it('names the line and the person’s column of every row that does not map', async () => {
		const file = await readOwnFile('own-trade-bad.csv', await bytesOf('own-trade-bad.csv'));
		expect(problemsOf(file, guessChoices(file.header))).toEqual([
			'line 3, column "Trade value (US$ millions)": got "about 25000", expected a number',
			'line 4, column "Flow": got "Re-export", expected one of exports, imports, Export',
			'line 5, column "Unit": got "CAD", expected one of USD',
			'line 6, column "Partner": got "XYZ", expected an ISO 3166 alpha-3 code or a project code (see src/lib/schema/extra-codes.ts)',
			'line 7, the row: got "CAN exports CHN 2018", expected one row per reporter, partner, flow and year (the same as line 2)'
		]);
	});

	it('words the same problems in French, from the validator’s and the mapping’s own messages', async () => {
		const file = await readOwnFile('own-trade-bad.csv', await bytesOf('own-trade-bad.csv'));
		const fr = translator('fr');
		const NB = '\u00a0';
		expect(mapOwnFile(file, guessChoices(file.header)).problems.map((p) => describeOwnProblem(file, p, fr))).toEqual([
			`ligne 3, colonne «${NB}Trade value (US$ millions)${NB}»${NB}: reçu "about 25000", attendu${NB}: un nombre`,
			`ligne 4, colonne «${NB}Flow${NB}»${NB}: reçu "Re-export", attendu${NB}: l’une des valeurs exports, imports, Export`,
			`ligne 5, colonne «${NB}Unit${NB}»${NB}: reçu "CAD", attendu${NB}: l’une des valeurs USD`,
			`ligne 6, colonne «${NB}Partner${NB}»${NB}: reçu "XYZ", attendu${NB}: un code ISO 3166 alpha-3 ou un code du projet (voir src/lib/schema/extra-codes.ts)`,
			`ligne 7, la ligne${NB}: reçu "CAN exports CHN 2018", attendu${NB}: une seule ligne par déclarant, partenaire, flux et année (la même que la ligne 2)`
		]);
	});

	it('asks for a column for every field', async () => {
		const file = await readOwnFile('two.csv', textBytes('a,b\n1,2\n'));
		expect(problemsOf(file, guessChoices(file.header))).toEqual([
			'line 1, column "reporter": empty, expected a column of the file chosen for this field',
			'line 1, column "partner": empty, expected a column of the file chosen for this field',
			'line 1, column "period": empty, expected a column of the file chosen for this field',
			'line 1, column "value": empty, expected a column of the file chosen for this field'
		]);
	});
});

describe('exploring it in DuckDB-WASM beside the published figures', () => {
	let wasm: WasmEngine;
	const view: ExploreQuery = {
		reporter: 'CAN',
		partners: ['CHN', 'USA'],
		flow: 'exports',
		measure: 'value',
		side: 'reporter',
		from: 2017,
		to: 2020,
		base: 2018,
		currency: 'USD'
	};
	beforeAll(async () => {
		wasm = await openNodeWasmEngine(join(ROOT, 'static', 'data'));
	});

	it('says plainly that no file was read yet', async () => {
		await expect(runQuery(wasm, ownSeries, view)).rejects.toThrow('No file of your own has been read yet.');
	});

	it('puts the rows in and runs the explorer’s SQL over them', async () => {
		const file = await readOwnFile('own-trade.csv', await bytesOf('own-trade.csv'));
		const pairs = await putOwnRows(wasm, mapOwnFile(file, guessChoices(file.header)).rows);
		expect(pairs.map((p) => [p.reporter, p.partner, p.firstYear, p.lastYear])).toEqual([
			['CAN', 'CHN', 2018, 2020],
			['CAN', 'USA', 2018, 2020],
			['CAN', 'WLD', 2018, 2020]
		]);
		const own = await runQuery(wasm, ownSeries, view);
		expect(own.filter((r) => r.partner === 'CHN').map((r) => [r.year, r.value])).toEqual([
			[2018, 27.8e9],
			[2019, 25e9],
			[2020, 24.5e9]
		]);
		const share = await runQuery(wasm, ownSeries, { ...view, measure: 'share', partners: ['USA'] });
		expect(share.map((r) => Number(r.value?.toFixed(2)))).toEqual([74.44, 76.23, 76.92]);
		const balance = await runQuery(wasm, ownSeries, { ...view, flow: 'balance', partners: ['CHN'] });
		expect(balance.map((r) => r.value)).toEqual([-43.2e9, -45.5e9, null]);
		// The published figures are untouched.
		expect((await runQuery(wasm, exploreSeries, view)).length).toBeGreaterThan(0);
	});

	it('a second file replaces the first', async () => {
		const file = await readOwnFile('one.csv', textBytes('reporter,partner,flow,year,value,unit\nCHN,CAN,imports,2020,5,USD\n'));
		const pairs = await putOwnRows(wasm, mapOwnFile(file, guessChoices(file.header)).rows);
		expect(pairs.map((p) => `${p.reporter}-${p.partner}`)).toEqual(['CHN-CAN']);
		expect(await runQuery(wasm, ownSeries, view)).toEqual([]);
	});
});
