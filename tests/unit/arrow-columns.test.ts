/** Plain column values → Arrow IPC, built into typed arrays with text dictionary-encoded, read back whole. */
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../src/lib/schema/columns';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnsToArrowIpc, parquetToArrowIpc, parquetToArrowIpcChunks } from '../../src/lib/data/parquet-to-arrow';

const spec = {
	name: 'sample',
	title: 'Sample',
	description: 'Every column type, nullable',
	key: [],
	orderBy: [],
	columns: [
		{ name: 'code', type: 'text', nullable: true, description: '' },
		{ name: 'value', type: 'double', nullable: true, description: '' },
		{ name: 'year', type: 'integer', nullable: true, description: '' },
		{ name: 'day', type: 'date', nullable: true, description: '' },
		{ name: 'flag', type: 'boolean', nullable: true, description: '' }
	]
} as const satisfies TableSpec;

describe('columnsToArrowIpc', () => {
	it('keeps every value and every null, in order', () => {
		const columns = new Map<string, unknown[]>([
			['code', ['CAN', 'CHN', null, 'CAN', 'USA', 'CAN', 'WLD', null, 'CHN']],
			['value', [1.5, null, -2, 0, 1e12, 3, null, 4, 5]],
			['year', [1960, 2025, null, 2000, 2001, 2002, 2003, 2004, 2005]],
			[
				'day',
				[
					new Date('2025-01-31T00:00:00Z'),
					'2024-02-29',
					null,
					'1960-01-01',
					'2000-12-31',
					'2001-01-01',
					'2002-06-15',
					'2003-03-03',
					'2004-04-04'
				]
			],
			['flag', [true, false, null, true, true, false, false, true, null]]
		]);
		const table = tableFromIPC(columnsToArrowIpc(spec, columns));
		expect(table.numRows).toBe(9);
		expect(table.getChild('code')?.toArray()).toEqual(['CAN', 'CHN', null, 'CAN', 'USA', 'CAN', 'WLD', null, 'CHN']);
		expect([...(table.getChild('value') ?? [])]).toEqual([1.5, null, -2, 0, 1e12, 3, null, 4, 5]);
		expect([...(table.getChild('year') ?? [])]).toEqual([1960, 2025, null, 2000, 2001, 2002, 2003, 2004, 2005]);
		const days = [...(table.getChild('day') ?? [])].map((d) => (d === null ? null : new Date(d as number).toISOString().slice(0, 10)));
		expect(days).toEqual([
			'2025-01-31',
			'2024-02-29',
			null,
			'1960-01-01',
			'2000-12-31',
			'2001-01-01',
			'2002-06-15',
			'2003-03-03',
			'2004-04-04'
		]);
		expect([...(table.getChild('flag') ?? [])]).toEqual([true, false, null, true, true, false, false, true, null]);
	});

	it('uses wider dictionary indexes when there are many distinct texts, and writes an empty table', () => {
		const many = Array.from({ length: 40_000 }, (_, i) => `T${i}`);
		const table = tableFromIPC(columnsToArrowIpc(spec, new Map([['code', many]])));
		expect(table.getChild('code')?.get(39_999)).toBe('T39999');
		expect(tableFromIPC(columnsToArrowIpc(spec, new Map())).numRows).toBe(0);
	});
});

describe('parquetToArrowIpcChunks', () => {
	it('streams a file a few whole row groups at a time, every row once, in order', async () => {
		const path = join(await mkdtemp(join(tmpdir(), 'chunks-')), 'sample.parquet');
		const db = await (await DuckDBInstance.create(':memory:')).connect();
		await db.run(
			`COPY (SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE 'C' || (i % 3) END AS code, i * 0.5 AS value, (1990 + i)::INTEGER AS year,
			        DATE '2000-01-01' + i::INTEGER AS day, i % 2 = 0 AS flag FROM range(5000) t(i))
			 TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`
		);
		db.closeSync();
		const bytes = (await readFile(path)).buffer as ArrayBuffer;
		const chunks: number[][] = [];
		const rows: unknown[] = [];
		for await (const ipc of parquetToArrowIpcChunks(bytes, spec, 3000)) {
			const table = tableFromIPC(ipc);
			chunks.push([table.numRows]);
			rows.push(...table.toArray().map((r) => JSON.stringify(r)));
		}
		// Row groups of 2,048, 2,048 and 904 rows: the first chunk takes two groups to pass 3,000 rows, the last what is left.
		expect(chunks).toEqual([[4096], [904]]);
		const whole = tableFromIPC(await parquetToArrowIpc(bytes, spec));
		expect(rows).toEqual(whole.toArray().map((r) => JSON.stringify(r)));
		expect(whole.numRows).toBe(5000);
	});
});
