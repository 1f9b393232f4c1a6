/**
 * The Parquet that `npm run data` built into static/data/, read back with DuckDB in Node and
 * checked against the articles; plus reproducibility and the data dictionary.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildData } from '../../scripts/lib/build';
import { dataDictionary } from '../../scripts/lib/dictionary';
import type { Manifest } from '../../src/lib/schema/manifest';
import { TABLES } from '../../src/lib/schema/tables';
import { ROOT, SHARED_ARTICLES, fingerprint, scratchProject } from '../helpers/project';

const DATA = join(ROOT, 'static', 'data');
let db: DuckDBConnection;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
	return (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}
const table = (name: string) => `read_parquet('${join(DATA, `${name}.parquet`)}')`;

beforeAll(async () => {
	if (!existsSync(join(DATA, 'manifest.json'))) throw new Error('static/data is not built: run npm run data first (npm test does)');
	db = await (await DuckDBInstance.create()).connect();
});

describe('static/data as built', () => {
	it('has every table of the schema with the manifest’s row counts, sizes and checksums', async () => {
		const manifest = JSON.parse(await readFile(join(DATA, 'manifest.json'), 'utf8')) as Manifest;
		expect(manifest.tables.map((t) => t.name)).toEqual(TABLES.map((t) => t.name));
		const prints = await fingerprint(DATA);
		for (const t of manifest.tables) {
			expect(prints[t.file]).toBe(t.sha256);
			const [{ n }] = await rows(`SELECT count(*)::INT AS n FROM ${table(t.name)}`);
			expect(n).toBe(t.rows);
			expect(t.columns.map((c) => c.name)).toEqual(TABLES.find((s) => s.name === t.name)!.columns.map((c) => c.name));
		}
	});

	it('splits trade_annual by reporter (its Hive partitions) and by partner: each split holds every row once, each file one value', async () => {
		const manifest = JSON.parse(await readFile(join(DATA, 'manifest.json'), 'utf8')) as Manifest;
		const entry = manifest.tables.find((t) => t.name === 'trade_annual')!;
		const prints = await fingerprint(DATA);
		for (const column of ['reporter', 'partner']) {
			const parts = entry.parts!.filter((p) => p.column === column);
			expect(parts.length).toBeGreaterThan(1);
			// Reporter parts are the Hive partitions, the value in the path; partner parts hold the column.
			const hive = column === 'reporter';
			const read = (files: string) => `read_parquet([${files}]${hive ? ', hive_partitioning = true' : ''})`;
			const files = read(parts.map((p) => `'${join(DATA, p.file)}'`).join(', '));
			// Every part's rows and values, in one scan of all its files.
			const perFile = new Map(
				(
					await rows(
						`SELECT filename AS f, count(*)::INT AS n, list(DISTINCT ${column}) AS keys
						 FROM ${files.replace(/\)$/, ', filename = true)')} GROUP BY filename`
					)
				).map((r) => [String(r.f), [r.n, r.keys]])
			);
			expect(perFile.size).toBe(parts.length);
			for (const p of parts) {
				expect(p.file).toBe(hive ? `trade_annual/reporter=${p.key}/data_0.parquet` : `trade_annual/${column}/${p.key}.parquet`);
				expect(p.in_path === true).toBe(hive);
				expect(prints[p.file]).toBe(p.sha256);
				expect(perFile.get(join(DATA, p.file)), p.file).toEqual([p.rows, [p.key]]);
			}
			// The same rows, each as often: the count and the sum of every row's hash agree (a row lost,
			// doubled or changed changes one of them; far cheaper than EXCEPT ALL on 2.6M rows).
			const cols = entry.columns.map((c) => c.name).join(', ');
			const multiset = (from: string) => `SELECT count(*)::BIGINT::VARCHAR || ':' || sum(hash(${cols})::HUGEINT)::VARCHAR FROM ${from}`;
			const [{ whole, split }] = await rows(`SELECT (${multiset(table('trade_annual'))}) AS whole, (${multiset(files)}) AS split`);
			expect(split).toBe(whole);
		}
	});

	it('stores DATE and DOUBLE columns as such', async () => {
		const types = await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${table('figures')})`);
		expect(types).toContainEqual({ column_name: 'period_start', column_type: 'DATE' });
		expect(types).toContainEqual({ column_name: 'value', column_type: 'DOUBLE' });
	});

	it('holds one row for each numeric claim: 40 or more, from all five articles', async () => {
		const bySource = await rows(
			`SELECT source_id, count(*)::INT AS n FROM ${table('figures')} WHERE locator LIKE '¶%' GROUP BY 1 ORDER BY 1`
		);
		expect(bySource).toHaveLength(5);
		expect(bySource.reduce((a, r) => a + Number(r.n), 0)).toBeGreaterThanOrEqual(40);
	});

	it.each([
		['cn-imports-from-ca-2025-value', 41_700_000_000, 'USD', 'exact'],
		['cn-imports-from-ca-2025-change', -10.4, 'pct', 'exact'],
		['ca-exports-share-usa-2024', 75, 'pct', 'about'],
		['ca-exports-share-chn-2024', 4, 'pct', 'less_than'],
		['pew-can-fav-chn-2024', 21, 'pct', 'exact'],
		['pew-can-fav-chn-2025', 34, 'pct', 'exact'],
		['pew-can-fav-usa-2024', 54, 'pct', 'exact'],
		['pew-can-fav-usa-2025', 34, 'pct', 'exact'],
		['ev-quota-initial', 49_000, 'vehicles', 'up_to'],
		['ev-quota-year5', 70_000, 'vehicles', 'up_to'],
		['ev-mfn-rate', 6.1, 'pct', 'exact'],
		['canola-seed-ad-rate-2025', 75.8, 'pct', 'exact'],
		['canola-seed-combined-rate-expected', 15, 'pct', 'about'],
		['vehicles-sold-canada-annual', 1_800_000, 'vehicles', 'about']
	])('%s is %d %s (%s), as the articles say', async (id, value, unit, qualifier) => {
		const [r] = await rows(`SELECT value, unit, qualifier FROM ${table('figures')} WHERE figure_id = '${id}'`);
		expect(r).toEqual({ value, unit, qualifier });
	});

	it('keeps both sides where articles differ, with a note saying why', async () => {
		const canola = await rows(
			`SELECT figure_id, value, note FROM ${table('figures')} WHERE measure = 'tariff_rate' AND product LIKE '1205%' ORDER BY value`
		);
		const values = canola.map((r) => r.value);
		expect(values).toContain(75.8);
		expect(values).toContain(84);
		expect(canola.find((r) => r.value === 84)!.note).toBeTruthy();
		const manufactured = await rows(
			`SELECT count(*)::INT AS n FROM ${table('figures')} WHERE claim ILIKE '%manufactur%' AND measure = 'export_share'`
		);
		expect(manufactured[0].n).toBeGreaterThanOrEqual(1);
	});

	it('serves the series the story quotes: both sides of Canada–China trade, Canada’s exports, Canada’s Pew series', async () => {
		const series = await rows(
			`SELECT reporter, partner, flow, source_id, min(year)::INT AS first, max(year)::INT AS last, count(*)::INT AS n
			 FROM ${table('trade_annual')} WHERE (reporter = 'CAN' AND partner IN ('CHN', 'USA')) OR (reporter = 'CHN' AND partner = 'CAN') GROUP BY ALL ORDER BY ALL`
		);
		expect(series).toContainEqual({
			reporter: 'CAN',
			partner: 'CHN',
			flow: 'exports',
			source_id: 'imf_dots',
			first: 1960,
			last: 2020,
			n: 61
		});
		expect(series).toContainEqual({
			reporter: 'CHN',
			partner: 'CAN',
			flow: 'imports',
			source_id: 'imf_dots',
			first: 1961,
			last: 2020,
			n: 44
		});
		expect(series).toContainEqual({
			reporter: 'CAN',
			partner: 'USA',
			flow: 'exports',
			source_id: 'statcan_cimt',
			first: 2024,
			last: 2026,
			n: 3
		});
		const pew = await rows(
			`SELECT target, year::INT AS year, pct_favourable, source_id FROM ${table('opinion')} WHERE survey_country = 'CAN' AND year >= 2024 ORDER BY ALL`
		);
		expect(pew).toEqual([
			{ target: 'CHN', year: 2024, pct_favourable: 21, source_id: 'pew_2025_press_report' },
			{ target: 'CHN', year: 2025, pct_favourable: 34, source_id: 'pew_2025_press_report' },
			{ target: 'USA', year: 2024, pct_favourable: 54, source_id: 'pew_2025_press_report' },
			{ target: 'USA', year: 2025, pct_favourable: 34, source_id: 'pew_2025_press_report' }
		]);
	});

	it('gives Canada’s 2024 export shares the articles quote: about 75% to the US, under 4% to China', async () => {
		const [r] = await rows(
			`SELECT 100 * sum(value) FILTER (partner = 'USA') / sum(value) FILTER (partner = 'WLD') AS usa,
			        100 * sum(value) FILTER (partner = 'CHN') / sum(value) FILTER (partner = 'WLD') AS chn
			 FROM ${table('trade_annual')} WHERE reporter = 'CAN' AND flow = 'exports' AND year = 2024 AND source_id = 'statcan_cimt'`
		);
		expect(Number(r.usa)).toBeCloseTo(76.3, 1);
		expect(Number(r.chn)).toBeCloseTo(3.84, 2);
	});

	it('has the tariff steps of the articles', async () => {
		const t = await rows(
			`SELECT CAST(event_date AS VARCHAR) AS d, imposing, product_group, rate_pct, status FROM ${table('tariff_events')} ORDER BY d, imposing, product_group`
		);
		expect(t).toContainEqual({ d: '2024-10-01', imposing: 'CAN', product_group: 'electric_vehicles', rate_pct: 100, status: 'in_force' });
		expect(t).toContainEqual({ d: '2025-08-14', imposing: 'CHN', product_group: 'canola_seed', rate_pct: 75.8, status: 'in_force' });
		expect(t).toContainEqual({ d: '2026-03-01', imposing: 'CHN', product_group: 'canola_seed', rate_pct: 15, status: 'expected' });
	});

	it('cites a source with licence and attribution on every row of every table', async () => {
		for (const t of TABLES.filter((t) => t.name !== 'sources')) {
			const [r] = await rows(
				`SELECT count(*)::INT AS n FROM ${table(t.name)} x LEFT JOIN ${table('sources')} s USING (source_id) WHERE s.attribution IS NULL OR s.licence IS NULL`
			);
			expect(r.n, t.name).toBe(0);
		}
	});

	it('static/data/README.md is the data dictionary the schema gives', async () => {
		expect(await readFile(join(DATA, 'README.md'), 'utf8')).toBe(dataDictionary());
	});
});

describe('reproducibility', () => {
	it('the same inputs give byte-identical Parquet and manifest', async () => {
		// The project's own full build, again, gives every file of static/data (built by `npm run data`) to the byte.
		const { root } = await scratchProject();
		const again = join(root, 'full');
		expect((await buildData({ root: ROOT, outDir: again })).ok).toBe(true);
		const prints = await fingerprint(again);
		expect(Object.keys(prints).length).toBeGreaterThan(500);
		expect(prints).toEqual(await fingerprint(DATA));
	});
});

describe.runIf(existsSync(SHARED_ARTICLES))('figures against the articles', () => {
	it('each figure’s as_written stands in the paragraph its locator names', async () => {
		const files = await readdir(SHARED_ARTICLES);
		const paragraphs = new Map<string, string[]>();
		for (const f of files) {
			const text = await readFile(join(SHARED_ARTICLES, f), 'utf8');
			paragraphs.set(
				f.replace(/\.txt$/, ''),
				text.split('\n').filter((l) => l.trim() !== '')
			);
		}
		const figures = await rows(
			`SELECT figure_id, source_id, locator, as_written, claim FROM ${table('figures')} WHERE source_id IN (SELECT source_id FROM ${table('sources')} WHERE kind = 'article')`
		);
		for (const f of figures) {
			const paras = paragraphs.get(String(f.source_id))!;
			const n = Number(String(f.locator).slice(1));
			expect(paras[n - 1], `${f.figure_id} ${f.locator}`).toContain(String(f.as_written));
		}
	});

	it('no claim copies a run of six words from its article', async () => {
		const figures = await rows(
			`SELECT figure_id, source_id, claim FROM ${table('figures')} WHERE source_id IN (SELECT source_id FROM ${table('sources')} WHERE kind = 'article')`
		);
		const words = (s: string) =>
			s
				.toLowerCase()
				.replace(/[^\p{L}\p{N}%$. ]+/gu, ' ')
				.split(/\s+/)
				.filter(Boolean);
		for (const f of figures) {
			const article = words(await readFile(join(SHARED_ARTICLES, `${f.source_id}.txt`), 'utf8')).join(' ');
			const claim = words(String(f.claim));
			for (let i = 0; i + 6 <= claim.length; i++) {
				expect(article.includes(claim.slice(i, i + 6).join(' ')), `${f.figure_id}: "${claim.slice(i, i + 6).join(' ')}"`).toBe(false);
			}
		}
	});
});
