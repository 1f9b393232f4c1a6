/**
 * npm run bench [-- --runs 5 --queries 20 --raw <dir> --current]
 * Builds the data and the site as a fresh clone has them (every official table of data/raw), and
 * with `--raw <dir>` once more with that directory's further files, and measures each build in
 * Chromium: medians of `--runs` cold loads of the story page and the explorer, permalinks to other
 * views, and how long a Parquet file takes to load into DuckDB-WASM by its rows. After a --raw build
 * it rebuilds the fresh-clone data and site. `--current` measures the build already in build/ and
 * nothing else.
 */
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './lib/build';
import { startPreview } from './lib/preview-server';
import { coldLoad, explorerRun, fileLoadRun, permalinkRun, type Load } from './lib/site-bench';
import { atlasRun } from './lib/atlas-bench';
import { checkRun } from './lib/check-bench';
import { FCP_FLOOR_PAGE, FCP_FLOOR_PATH, changeRun, duckdbRun, firstPaint, memoryRun, type FirstPaint } from './lib/instant-bench';
import { launchChromium } from './lib/chromium';
import { median, quantile } from './lib/stats';
import type { Manifest } from '../src/lib/schema/manifest';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '5' },
		queries: { type: 'string', default: '20' },
		port: { type: 'string', default: '0' },
		raw: { type: 'string' },
		current: { type: 'boolean', default: false },
		only: { type: 'string' }
	}
});
const RUNS = Number(values.runs);
const QUERIES = Number(values.queries);
const extraRaw = values.raw ? resolve(values.raw) : undefined;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;
/** Runs `f` n times, one after another (cold loads must not overlap), and collects the results. */
async function times<T>(n: number, f: () => Promise<T>): Promise<T[]> {
	const results: T[] = [];
	for (let i = 0; i < n; i++) results.push(await f());
	return results;
}

async function build(raw: string | undefined): Promise<void> {
	const started = Date.now();
	const result = await buildData({ root, extraRaw: raw });
	if (!result.ok) throw new Error(`data build failed:\n${result.problems.join('\n')}`);
	const site = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
		cwd: root,
		encoding: 'utf8'
	});
	if (site.status !== 0) throw new Error(`vite build failed:\n${site.stderr}`);
	console.error(`built ${raw ? 'with --raw' : 'fresh-clone'} data and site in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Three reporters' parts (small, middling, largest) and the whole table: load time against rows. */
function loadTargets(manifest: Manifest): ({ reporter: string; file: string } | { whole: true })[] {
	const parts = (manifest.tables.find((t) => t.name === 'trade_annual')?.parts ?? [])
		.filter((p) => p.column === 'reporter')
		.sort((a, b) => a.rows - b.rows);
	const picks = [...new Set([parts[Math.floor(parts.length * 0.1)], parts[Math.floor(parts.length / 2)], parts.at(-1)])].filter(
		(p) => p !== undefined
	);
	return [...picks.map((p) => ({ reporter: p.key, file: p.file })), { whole: true as const }];
}

async function measure(label: string): Promise<void> {
	const manifest = JSON.parse(await readFile(join(root, 'static', 'data', 'manifest.json'), 'utf8')) as Manifest;
	const annual = manifest.tables.find((t) => t.name === 'trade_annual');
	console.log(
		`\n## ${label}: trade_annual ${annual?.rows.toLocaleString('en-CA')} rows, ${kb(annual?.bytes ?? 0)}; ${annual?.parts?.length ?? 0} part files`
	);
	const server = await startPreview(root, Number(values.port), { [FCP_FLOOR_PATH]: FCP_FLOOR_PAGE });
	try {
		if (values.only === 'check') return await measureChecker(server.origin);
		await measureInstant(server.origin);
		if (values.only === 'instant') return;
		const story = await times(RUNS, () => coldLoad(server.origin, QUERIES));
		const m = (key: keyof Omit<Load, 'firstChartInHtml'>) => median(story.map((l) => l.load[key]));
		const warm = story.flatMap((s) => s.latencies);
		console.log(`Story page, ${RUNS} cold loads in Chromium on ${server.origin} (medians):`);
		console.log(`  charts prerendered in the HTML:           ${story.every((l) => l.load.firstChartInHtml) ? 'yes' : 'NO'}`);
		console.log(`  first chart painted (first contentful):   ${ms(m('firstPaintMs'))}`);
		console.log(`  bytes before the first chart:             ${kb(m('bytesBeforeFirstPaint'))}`);
		console.log(`  DuckDB-WASM first answer, from the click: ${ms(m('duckdbFromClickMs'))}`);
		console.log(`  DuckDB-WASM first answer, from navigation:${ms(m('duckdbFromNavigationMs')).padStart(7)}`);
		console.log(
			`  bytes in all (after the first query):     ${kb(m('bytesAll'))}, of which wasm ${kb(m('wasmBytes'))} (served uncompressed here)`
		);
		console.log(`  JavaScript bytes (incl. worker):          ${kb(m('jsBytes'))}`);
		console.log(`  JavaScript bytes before the first query:  ${kb(m('jsBeforeQuery'))}`);
		console.log(`  interactive queries, warm (${warm.length}):        p50 ${ms(quantile(warm, 0.5))}, p95 ${ms(quantile(warm, 0.95))}`);

		const explorer = await times(RUNS, () => explorerRun(server.origin, QUERIES));
		const changes = explorer.flatMap((e) => e.latencies);
		const link = '/explore?reporter=CHN&partners=USA,CAN&flow=imports&measure=value&side=partner&from=2000&to=2020&base=2000';
		const permalinks = await times(RUNS, () => permalinkRun(server.origin, link, 'China’s imports from'));
		console.log(`Explorer (/explore), ${RUNS} cold loads (medians):`);
		console.log(`  prerendered default view painted:            ${ms(median(permalinks.map((p) => p.paint)))}`);
		console.log(`  a permalink to another view, drawn by DuckDB: ${ms(median(permalinks.map((p) => p.drawn)))} from navigation (${link})`);
		console.log(`  first change of view, engine start included: ${ms(median(explorer.map((e) => e.first)))}`);
		console.log(
			`  later changes of view (${changes.length}):           p50 ${ms(quantile(changes, 0.5))}, p95 ${ms(quantile(changes, 0.95))}`
		);

		await measureAtlas(server.origin);
		await measureChecker(server.origin);

		console.log(`Loading a Parquet file into a warm DuckDB-WASM (fetch, checksum, decode, insert), ${RUNS} cold browsers (medians):`);
		for (const target of loadTargets(manifest)) {
			const loads = await times(RUNS, () => fileLoadRun(server.origin, target));
			const { file, rows, bytes } = loads[0];
			console.log(
				`  ${file.padEnd(36)} ${rows.toLocaleString('en-CA').padStart(10)} rows ${kb(bytes).padStart(11)}  ${ms(median(loads.map((l) => l.ms))).padStart(8)}`
			);
		}
	} finally {
		await server.stop();
	}
}

/** The Map and Table tabs, DuckDB warm: input → repainted view, against a trivial page's floor. */
async function measureAtlas(origin: string): Promise<void> {
	const runs = await times(RUNS, () => atlasRun(origin, QUERIES));
	const all = (key: 'floor' | 'tabSwitch' | 'yearChange' | 'tableSearch' | 'playFrames') => runs.flatMap((r) => r[key]);
	const floor = quantile(all('floor'), 0.5);
	const row = (label: string, xs: number[], target: string) =>
		console.log(
			`  ${label.padEnd(40)} p50 ${ms(quantile(xs, 0.5)).padStart(6)} (${(quantile(xs, 0.5) / floor).toFixed(1)}× floor), p95 ${ms(quantile(xs, 0.95)).padStart(6)}   target ${target}`
		);
	console.log(`Explorer tabs on the full data, DuckDB warm, input → repainted view, ${RUNS} cold browsers × ${QUERIES} changes:`);
	console.log(`  floor: a trivial page's slider recolouring one SVG path, same origin and run: p50 ${ms(floor)}`);
	row('tab switch (Chart, Map, Table)', all('tabSwitch'), 'p50 ≤ 50 ms');
	row('map year change (slider input)', all('yearChange'), 'p50 ≤ 50 ms');
	row('table search (every economy × every year)', all('tableSearch'), 'no lag');
	const frames = all('playFrames');
	console.log(
		`  playing the years: frame interval p50 ${ms(quantile(frames, 0.5))} (${(1000 / quantile(frames, 0.5)).toFixed(0)} fps), p95 ${ms(quantile(frames, 0.95))} (${(1000 / quantile(frames, 0.95)).toFixed(0)} fps)   target ≥ 20 fps`
	);
	console.log(
		`  first map paint prerendered: ${runs.every((r) => r.mapPrerendered) ? 'yes' : 'NO'}; WebAssembly fetched before the first interaction: ${runs.every((r) => r.wasmBeforeInteraction === 0) ? 'none' : 'SOME'}`
	);
}

/**
 * Every target of "Instant", with its ratio to the floor where it has one: first paint of each page
 * and the embeds' bytes before it, changes of view input → repaint, DuckDB's first answer (first and
 * second visit), a permalink drawn cold, and memory with the whole trade_annual loaded.
 */
async function measureInstant(origin: string): Promise<void> {
	// Every embed the build holds (the registry's charts, prerendered).
	const embeds = (await readdir(join(root, 'build', 'embed'))).filter((f) => f.endsWith('.html')).map((f) => `/embed/${f.slice(0, -5)}`);
	const pages = ['/', '/explore', '/explore?tab=map', '/explore?tab=table', ...embeds.sort()];
	const browser = await launchChromium();
	const paints = new Map<string, FirstPaint[]>();
	let changes: { floor: number[]; story: number[]; explorer: number[] };
	const duckdb: { cold: number; second: number; steps: Record<string, number> }[] = [];
	try {
		// Cold loads taken in turn across the pages, so a slow moment of the machine falls on all alike.
		for (let run = 0; run < RUNS; run++)
			for (const path of [FCP_FLOOR_PATH, ...pages])
				paints.set(path, [...(paints.get(path) ?? []), await firstPaint(browser, origin, path)]);
		changes = await changeRun(browser, origin, QUERIES);
		for (let run = 0; run < RUNS; run++) duckdb.push(await duckdbRun(browser, origin));
	} finally {
		await browser.close();
	}
	const link = '/explore?reporter=DEU&partners=CHN,USA,FRA&flow=exports&measure=value&from=1990&to=2020';
	const permalinks = await times(RUNS, () => permalinkRun(origin, link, 'Germany'));
	const memory = await times(Math.min(RUNS, 3), () => memoryRun(origin));

	const fcp = (path: string) => median((paints.get(path) ?? []).map((p) => p.fcp));
	const floor = fcp(FCP_FLOOR_PATH);
	const ratio = (x: number) => `${(x / floor).toFixed(1)}×`;
	const row = (label: string, value: string, target: string, ok: boolean) =>
		console.log(`  ${label.padEnd(58)} ${value.padEnd(26)} target ${target}${ok ? '' : '   (not met)'}`);
	console.log(
		`Instant: the issue's targets, ${RUNS} cold loads each (medians); the floor is a trivial page with one SVG path, same server, same run:`
	);
	console.log(`  floor page, first contentful paint: ${ms(floor)}`);
	for (const path of pages)
		row(`first contentful paint ${path}`, `${ms(fcp(path))} (${ratio(fcp(path))} floor)`, '≤ 1.5× floor', fcp(path) <= 1.5 * floor);
	const embedBytes = Math.max(
		...pages.filter((p) => p.startsWith('/embed/')).map((p) => median((paints.get(p) ?? []).map((x) => x.bytesBeforePaint)))
	);
	row('embed page, bytes before first paint (largest embed)', kb(embedBytes), '≤ 40 KB compressed', embedBytes <= 40 * 1024);
	const changeFloor = quantile(changes.floor, 0.5);
	console.log(
		`  floor page, input → repaint (a slider recolouring one SVG path): p50 ${ms(changeFloor)}, p95 ${ms(quantile(changes.floor, 0.95))}`
	);
	for (const [label, xs] of [
		['story chart change of view, warm, input → repaint', changes.story],
		['explorer change of view, warm, input → repaint', changes.explorer]
	] as const) {
		const [p50, p95] = [quantile(xs, 0.5), quantile(xs, 0.95)];
		row(
			label,
			`p50 ${ms(p50)} (${(p50 / changeFloor).toFixed(1)}× floor), p95 ${ms(p95)}`,
			'p50 ≤ 16 ms, p95 ≤ 33 ms',
			p50 <= 16 && p95 <= 33
		);
	}
	const [cold, second] = [median(duckdb.map((d) => d.cold)), median(duckdb.map((d) => d.second))];
	row('DuckDB first answer after the first interaction, cold', ms(cold), '≤ 1.0 s', cold <= 1000);
	const steps = Object.keys(duckdb[0]?.steps ?? {}).map((k) => `${k} ${ms(median(duckdb.map((d) => d.steps[k] ?? 0)))}`);
	console.log(`    (the engine's start, cold: ${steps.join(', ')})`);
	row('the same on a second visit', ms(second), '≤ 300 ms', second <= 300);
	const drawn = median(permalinks.map((p) => p.drawn));
	row('explorer permalink to a non-default view, cold, full data', `${ms(drawn)} from navigation`, '≤ 1.5 s', drawn <= 1500);
	const [loaded, kept] = [median(memory.map((m) => m.loaded)) / 1024 ** 2, median(memory.map((m) => m.kept)) / 1024 ** 2];
	row('memory with the whole trade_annual loaded (tab renderer RSS)', `${kept.toFixed(0)} MB kept`, '< 500 MB', kept < 500);
	console.log(`    (${loaded.toFixed(0)} MB as the load leaves it, before its garbage is collected)`);
}

/** The article checker on a 1 MB text opened from a file: file chosen → every verdict, and the page's frames meanwhile. */
async function measureChecker(origin: string): Promise<void> {
	const runs = await times(RUNS, () => checkRun(origin, root));
	const m = (key: 'total' | 'read' | 'longestFrame' | 'p95Frame' | 'floorLongestFrame') => median(runs.map((r) => r[key]));
	console.log(
		`Article checker, a ${kb(runs[0].bytes)} article opened from a file (${runs[0].claims.toLocaleString('en-CA')} figures), ${RUNS} cold browsers (medians):`
	);
	console.log(`  file chosen → every verdict shown (DuckDB start included): ${ms(m('total'))}`);
	console.log(`  claims read in the worker:                                 ${ms(m('read'))}`);
	console.log(
		`  longest frame meanwhile: ${ms(m('longestFrame'))} (floor page: ${ms(m('floorLongestFrame'))}); p95 frame ${ms(m('p95Frame'))}   target: the page never freezes`
	);
}

if (values.current) await measure('The current build');
else {
	await build(undefined);
	await measure('Fresh-clone data (every official table of data/raw)');
	if (extraRaw) {
		try {
			await build(extraRaw);
			await measure(`With --raw ${extraRaw}`);
		} finally {
			await build(undefined);
		}
	}
}
