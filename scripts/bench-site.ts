/**
 * npm run bench [-- --runs 5 --queries 20]
 * Loads the built site's story page cold in Chromium several times and prints medians: first paint
 * of the prerendered charts, when DuckDB-WASM first answers, bytes moved, JavaScript bytes, and the
 * latency of interactive queries once the engine is warm. Needs `npm run build` first.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import { startPreview } from './lib/preview-server';
import { median, quantile } from './lib/stats';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, queries: { type: 'string', default: '20' }, port: { type: 'string', default: '4175' } } });
const RUNS = Number(values.runs);
const QUERIES = Number(values.queries);

const FIGURE = 'figure[data-chart="bilateral-trade"]';

interface Load {
	firstPaintMs: number;
	firstChartInHtml: boolean;
	bytesBeforeFirstPaint: number;
	duckdbFromNavigationMs: number;
	duckdbFromClickMs: number;
	bytesAll: number;
	jsBytes: number;
	wasmBytes: number;
	jsBeforeQuery: number;
}

/** Clicks a control and resolves with the ms until the chart is no longer busy (measured in the page). */
async function timedChange(page: Page, action: string, value: string, selector = FIGURE): Promise<number> {
	return page.evaluate(
		async ({ selector, action, value }) => {
			const figure = document.querySelector(selector) as HTMLElement;
			const controls = (selector.includes('"explore"') ? document : figure) as ParentNode;
			const done = new Promise<number>((resolve) => {
				let sawBusy = false;
				const observer = new MutationObserver(() => {
					const busy = figure.getAttribute('aria-busy') === 'true';
					if (busy) sawBusy = true;
					else if (sawBusy) {
						observer.disconnect();
						requestAnimationFrame(() => resolve(performance.now()));
					}
				});
				observer.observe(figure, { attributes: true, attributeFilter: ['aria-busy'] });
			});
			const t0 = performance.now();
			if (action === 'side' && controls === figure) (figure.querySelector(`input[value="${value}"]`) as HTMLInputElement).click();
			else {
				const select = controls.querySelector(`select[data-control="${action}"]`) as HTMLSelectElement;
				select.value = value;
				select.dispatchEvent(new Event('change', { bubbles: true }));
			}
			return (await done) - t0;
		},
		{ selector, action, value }
	);
}

async function coldLoad(origin: string): Promise<{ load: Load; latencies: number[] }> {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Every response of the page and its workers: when it ended (epoch ms) and its bytes on the wire.
		const responses: { url: string; end: number; bytes: number }[] = [];
		context.on('requestfinished', async (request) => {
			const [sizes, timing] = [await request.sizes(), request.timing()];
			responses.push({ url: request.url(), end: timing.startTime + timing.responseEnd, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
		});
		const page = await context.newPage();
		const html = await (await fetch(origin + '/')).text();
		await page.goto(origin + '/', { waitUntil: 'load' });
		await page.waitForSelector(`${FIGURE} fieldset:not([disabled])`);
		const jsBeforeQuery = responses.filter((r) => /\.m?js(\?|$)/.test(r.url)).reduce((n, r) => n + r.bytes, 0);
		const clickAt = await page.evaluate(() => performance.now());
		const fromClick = await timedChange(page, 'side', 'CAN');
		const paint = await page.evaluate(() => ({ origin: performance.timeOrigin, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN }));
		await page.waitForTimeout(200);
		const sum = (keep: (r: (typeof responses)[number]) => boolean) => responses.filter(keep).reduce((n, r) => n + r.bytes, 0);
		const timing = {
			paint: paint.fcp,
			beforePaint: sum((r) => r.end <= paint.origin + paint.fcp),
			all: sum(() => true),
			js: sum((r) => /\.m?js(\?|$)/.test(r.url)),
			wasm: sum((r) => /\.wasm(\?|$)/.test(r.url))
		};
		const latencies: number[] = [];
		const changes: [string, string][] = [
			['side', 'CHN'],
			['side', 'both'],
			['from', '2000'],
			['from', '1980'],
			['side', 'CAN'],
			['to', '2010'],
			['to', '2025']
		];
		for (let i = 0; i < QUERIES; i++) {
			const [action, value] = changes[i % changes.length];
			latencies.push(await timedChange(page, action, value));
		}
		await context.close();
		return {
			load: {
				firstPaintMs: timing.paint,
				firstChartInHtml: html.includes('data-chart="headline-figures"') && html.includes('data-chart="bilateral-trade"') && html.includes('<svg'),
				bytesBeforeFirstPaint: timing.beforePaint,
				duckdbFromNavigationMs: clickAt + fromClick,
				duckdbFromClickMs: fromClick,
				bytesAll: timing.all,
				jsBytes: timing.js,
				wasmBytes: timing.wasm,
				jsBeforeQuery
			},
			latencies
		};
	} finally {
		await browser.close();
	}
}

const EXPLORER = 'figure[data-chart="explore"]';

/** The explorer, cold: the first change of view (engine start included), then warm changes. */
async function explorerRun(origin: string): Promise<{ first: number; latencies: number[] }> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(origin + '/explore', { waitUntil: 'load' });
		await page.waitForSelector('fieldset:not([disabled]) select[data-control="from"]');
		const first = await timedChange(page, 'from', '1990', EXPLORER);
		const changes: [string, string][] = [
			['measure', 'share'],
			['flow', 'imports'],
			['measure', 'change'],
			['from', '2000'],
			['flow', 'total'],
			['measure', 'value'],
			['from', '1985']
		];
		const latencies: number[] = [];
		for (let i = 0; i < QUERIES; i++) {
			const [action, value] = changes[i % changes.length];
			latencies.push(await timedChange(page, action, value, EXPLORER));
		}
		return { first, latencies };
	} finally {
		await browser.close();
	}
}

const server = await startPreview(root, Number(values.port));
try {
	const loads: Load[] = [];
	const latencies: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const run = await coldLoad(server.origin);
		loads.push(run.load);
		latencies.push(...run.latencies);
		console.error(`run ${i + 1}: first paint ${run.load.firstPaintMs.toFixed(0)} ms, DuckDB answered ${run.load.duckdbFromClickMs.toFixed(0)} ms after the click`);
	}
	const m = (key: keyof Omit<Load, 'firstChartInHtml'>) => median(loads.map((l) => l[key]));
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const ms = (x: number) => `${x.toFixed(0)} ms`;
	console.log(`Story page, ${RUNS} cold loads in Chromium on ${server.origin} (medians):`);
	console.log(`  charts prerendered in the HTML:           ${loads.every((l) => l.firstChartInHtml) ? 'yes' : 'NO'}`);
	console.log(`  first chart painted (first contentful):   ${ms(m('firstPaintMs'))}`);
	console.log(`  bytes before the first chart:             ${kb(m('bytesBeforeFirstPaint'))}`);
	console.log(`  DuckDB-WASM first answer, from the click: ${ms(m('duckdbFromClickMs'))}`);
	console.log(`  DuckDB-WASM first answer, from navigation:${ms(m('duckdbFromNavigationMs')).padStart(7)}`);
	console.log(`  bytes in all (after the first query):     ${kb(m('bytesAll'))}, of which wasm ${kb(m('wasmBytes'))} (served uncompressed here)`);
	console.log(`  JavaScript bytes (incl. worker):          ${kb(m('jsBytes'))}`);
	console.log(`  JavaScript bytes before the first query:  ${kb(m('jsBeforeQuery'))}`);
	console.log(`  interactive queries, warm (${latencies.length}):        p50 ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))}`);

	const explorer: { first: number; latencies: number[] }[] = [];
	for (let i = 0; i < RUNS; i++) explorer.push(await explorerRun(server.origin));
	const changes = explorer.flatMap((e) => e.latencies);
	console.log(`Explorer (/explore), ${RUNS} cold loads (medians):`);
	console.log(`  first change of view, engine start included: ${ms(median(explorer.map((e) => e.first)))}`);
	console.log(`  later changes of view (${changes.length}):           p50 ${ms(quantile(changes, 0.5))}, p95 ${ms(quantile(changes, 0.95))}`);
} finally {
	await server.stop();
}
