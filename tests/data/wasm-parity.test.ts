/** DuckDB-WASM (same binary as the browser) against DuckDB in Node, on the built Parquet. */
import { translator } from '../../src/lib/i18n/translate';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeEngine } from '../../src/lib/data/node-engine';
import { publicOpinion } from '../../src/lib/data/queries';
import { QUERY_SAMPLES } from '../../src/lib/data/query-samples';
import { runQuery, toNumber, type QueryEngine } from '../../src/lib/data/engine';
import { exploreSeries, exploreQuery, partnerRanking, type ExploreQuery } from '../../src/lib/data/explore-queries';
import { describeLoadError } from '../../src/lib/data/load-errors';
import { describeConsoleError } from '../../src/lib/data/console-sql';
import type { DataFetcher, WasmEngine } from '../../src/lib/data/wasm-engine';
import type { Manifest } from '../../src/lib/schema/manifest';
import { ROOT } from '../helpers/project';
import { fileFetcher, openNodeWasmEngine } from '../helpers/wasm-node';

const DATA = join(ROOT, 'static', 'data');
let node: NodeEngine;
let wasm: WasmEngine;
beforeAll(async () => {
	node = await NodeEngine.open(DATA);
	wasm = await openNodeWasmEngine(DATA);
});
afterAll(() => node.close());

/**
 * First, on the shared engine: parts of trade_annual, then the console's whole table, which replaces
 * them. The parity samples after it (explore-pairs reads every row) reuse the loaded table.
 */
describe('the console’s whole table on DuckDB-WASM', () => {
	it('replaces the parts loaded before', async () => {
		const view = exploreQuery({ reporter: 'CAN', partners: ['CHN', 'USA'], flow: 'total', from: 1980, to: 2025, base: 1990 });
		const count = async () => toNumber((await wasm.all('SELECT count(*) AS n FROM trade_annual', []))[0].n);
		await runQuery(wasm, exploreSeries, view);
		await wasm.console('SELECT count(*) FROM trade_annual', ['trade_annual'], 10, 30_000);
		const [{ n }] = await node.all(`SELECT count(*)::INTEGER AS n FROM read_parquet('${join(DATA, 'trade_annual.parquet')}')`, []);
		expect(await count()).toBe(toNumber(n));
		expect(await runQuery(wasm, exploreSeries, { ...view, side: 'partner' })).toEqual(
			await runQuery(node, exploreSeries, { ...view, side: 'partner' })
		);
		expect(await count()).toBe(toNumber(n));
	});
});

describe('Node and WASM give identical rows', () => {
	it.each(QUERY_SAMPLES.map((s) => [s.label, s] as const))('%s', async (_label, sample) => {
		const [fromNode, fromWasm] = [await sample.run(node), await sample.run(wasm)];
		expect(fromNode.length).toBeGreaterThan(0);
		expect(fromWasm).toEqual(fromNode);
	});
});

/** Serves the real files, except for one replaced response. */
function tampered(file: string, replace: (bytes: Buffer) => Response): DataFetcher {
	const real = fileFetcher(DATA);
	return async (name) => (name === file ? replace(await readFile(join(DATA, name))) : real(name));
}

describe('data-load failures give a clear message', () => {
	it('a missing Parquet file', async () => {
		const engine = await openNodeWasmEngine(
			DATA,
			tampered('opinion.parquet', () => new Response('', { status: 404 }))
		);
		const error = await runQuery(engine, publicOpinion, undefined).catch((e: unknown) => e);
		expect(describeLoadError(error, translator('en'))).toBe('The data file opinion.parquet is missing (HTTP 404).');
	});

	it('a file that does not match the manifest checksum', async () => {
		const engine = await openNodeWasmEngine(
			DATA,
			tampered('opinion.parquet', (b) => new Response(Buffer.concat([b, Buffer.from([0])])))
		);
		const error = await runQuery(engine, publicOpinion, undefined).catch((e: unknown) => e);
		expect(describeLoadError(error, translator('en'))).toBe(
			"The data file opinion.parquet does not match the manifest's checksum: it may be stale or damaged."
		);
	});

	it('a corrupt Parquet file whose checksum the manifest agrees with', async () => {
		const garbage = Buffer.from('PAR1 this is not parquet PAR1');
		const manifest = JSON.parse(await readFile(join(DATA, 'manifest.json'), 'utf8')) as { tables: { name: string; sha256: string }[] };
		const { createHash } = await import('node:crypto');
		for (const t of manifest.tables) if (t.name === 'opinion') t.sha256 = createHash('sha256').update(garbage).digest('hex');
		const real = fileFetcher(DATA);
		const engine = await openNodeWasmEngine(DATA, async (name) =>
			name === 'opinion.parquet' ? new Response(garbage) : name === 'manifest.json' ? Response.json(manifest) : real(name)
		);
		const error = await runQuery(engine, publicOpinion, undefined).catch((e: unknown) => e);
		expect(describeLoadError(error, translator('en'))).toBe('The data file opinion.parquet could not be read as Parquet.');
	});

	it('a missing manifest; a later query succeeds once the file is back', async () => {
		let broken = true;
		const real = fileFetcher(DATA);
		const engine = await openNodeWasmEngine(DATA, async (name) =>
			broken && name === 'manifest.json' ? new Response('', { status: 404 }) : real(name)
		);
		const error = await runQuery(engine, publicOpinion, undefined).catch((e: unknown) => e);
		expect(describeLoadError(error, translator('en'))).toBe('The data manifest is missing (HTTP 404).');
		broken = false;
		// The failed manifest is not cached for ever: the engine asks again.
		await expect(runQuery(engine, publicOpinion, undefined)).resolves.toHaveLength(31);
	});
});

describe('a view reads only the part of trade_annual it needs', () => {
	const view: ExploreQuery = {
		reporter: 'CAN',
		partners: ['CHN', 'USA'],
		flow: 'total',
		measure: 'value',
		side: 'reporter',
		from: 1980,
		to: 2025,
		base: 1990,
		currency: 'USD'
	};
	const count = async (engine: QueryEngine) => toNumber((await engine.all('SELECT count(*) AS n FROM trade_annual', []))[0].n);

	it('fetches one reporter’s file (and the small countries table, for groups), and its mirror is one partner’s file', async () => {
		const fetched: string[] = [];
		const real = fileFetcher(DATA);
		const engine = await openNodeWasmEngine(DATA, (file) => (fetched.push(file), real(file)));
		expect(await runQuery(engine, exploreSeries, view)).toEqual(await runQuery(node, exploreSeries, view));
		expect(fetched.sort()).toEqual(['countries.parquet', 'manifest.json', 'trade_annual/reporter=CAN/data_0.parquet']);
		expect(await runQuery(engine, exploreSeries, { ...view, side: 'partner' })).toEqual(
			await runQuery(node, exploreSeries, { ...view, side: 'partner' })
		);
		expect(fetched.slice(3)).toEqual(['trade_annual/partner/CAN.parquet']);
	});

	it('parts loaded in any order, together, hold each row once and answer as the whole table does', async () => {
		const engine = await openNodeWasmEngine(DATA);
		const views = [
			{ ...view, side: 'partner' as const },
			view,
			{ ...view, reporter: 'CHN', partners: ['CAN'] },
			{ ...view, reporter: 'CHN', partners: ['CAN'], side: 'partner' as const },
			{ ...view, reporter: 'USA', partners: ['CAN'], side: 'partner' as const }
		];
		// Two at once, as rapid changes of view would ask.
		await Promise.all(views.slice(0, 2).map((v) => runQuery(engine, exploreSeries, v)));
		for (const v of views) {
			expect(await runQuery(engine, exploreSeries, v)).toEqual(await runQuery(node, exploreSeries, v));
			expect(
				await runQuery(engine, partnerRanking, { reporter: v.reporter, flow: 'exports', side: v.side, year: 2025, currency: 'USD' })
			).toEqual(await runQuery(node, partnerRanking, { reporter: v.reporter, flow: 'exports', side: v.side, year: 2025, currency: 'USD' }));
		}
		const [{ n: expected }] = await node.all(
			"SELECT count(*)::INTEGER AS n FROM trade_annual WHERE reporter IN ('CAN', 'CHN') OR partner IN ('CAN', 'CHN', 'USA')",
			[]
		);
		expect(await count(engine)).toBe(toNumber(expected));
		// An economy that is only ever a partner has no reporter file: no rows, no error.
		const manifest = JSON.parse(await readFile(join(DATA, 'manifest.json'), 'utf8')) as Manifest;
		const parts = manifest.tables.find((t) => t.name === 'trade_annual')?.parts ?? [];
		const onlyPartner = parts.find((p) => p.column === 'partner' && !parts.some((r) => r.column === 'reporter' && r.key === p.key));
		if (onlyPartner) expect(await runQuery(engine, exploreSeries, { ...view, reporter: onlyPartner.key, partners: ['CAN'] })).toEqual([]);
	});
});

describe('the SQL console on DuckDB-WASM', () => {
	it('runs a read-only query on the tables it names: first rows kept, all rows counted', async () => {
		const engine = await openNodeWasmEngine(DATA);
		const result = await engine.console('SELECT figure_id, value FROM figures ORDER BY figure_id', ['figures'], 10, 60_000);
		expect(result.columns).toEqual(['figure_id', 'value']);
		expect(result.rows).toHaveLength(10);
		expect(result.total).toBe(135);
	});

	it('locks itself down: no files, no other hosts, no settings changed back', async () => {
		const engine = await openNodeWasmEngine(DATA);
		await engine.console('SELECT 1 AS x', [], 10, 60_000);
		await expect(engine.console("SELECT * FROM read_csv('/etc/hostname')", [], 10, 60_000)).rejects.toThrow(/disabled|external access/i);
		await expect(engine.console('SET enable_external_access = true', [], 10, 60_000)).rejects.toThrow(/lock/i);
		// Published tables still load after the lock.
		await expect(runQuery(engine, publicOpinion, undefined)).resolves.toHaveLength(31);
	});

	it('reports a syntax error with its position', async () => {
		const engine = await openNodeWasmEngine(DATA);
		const error = await engine.console('SELECT value FROM figures WHERE', ['figures'], 10, 60_000).catch((e: unknown) => e);
		expect(describeConsoleError(error, translator('en'))).toEqual({ message: 'Parser error: syntax error at end of input', position: 31 });
	});
});
