/**
 * What `npm run bench` measures on a built site served locally, in Chromium: the story page's cold
 * loads and interactive queries, the explorer's changes of view and permalinks, and how long a
 * Parquet file takes to load into DuckDB-WASM by its number of rows.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { oneRowAnswered, openConsole, runInConsole } from './sql-console';

const FIGURE = 'figure[data-chart="bilateral-trade"]';

export interface Load {
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
export async function timedChange(page: Page, action: string, value: string, selector = FIGURE): Promise<number> {
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

export async function coldLoad(origin: string, queries: number): Promise<{ load: Load; latencies: number[] }> {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Every response of the page and its workers: when it ended (epoch ms) and its bytes on the wire.
		const responses: { url: string; end: number; bytes: number }[] = [];
		context.on('requestfinished', async (request) => {
			const [sizes, timing] = [await request.sizes(), request.timing()];
			responses.push({
				url: request.url(),
				end: timing.startTime + timing.responseEnd,
				bytes: sizes.responseBodySize + sizes.responseHeadersSize
			});
		});
		const page = await context.newPage();
		const html = await (await fetch(origin + '/')).text();
		await page.goto(origin + '/', { waitUntil: 'load' });
		await page.waitForSelector(`${FIGURE} fieldset:not([disabled])`);
		const jsBeforeQuery = responses.filter((r) => /\.m?js(\?|$)/.test(r.url)).reduce((n, r) => n + r.bytes, 0);
		const clickAt = await page.evaluate(() => performance.now());
		const fromClick = await timedChange(page, 'side', 'CAN');
		const paint = await page.evaluate(() => ({
			origin: performance.timeOrigin,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
		}));
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
		for (let i = 0; i < queries; i++) {
			const [action, value] = changes[i % changes.length];
			latencies.push(await timedChange(page, action, value));
		}
		await context.close();
		return {
			load: {
				firstPaintMs: timing.paint,
				firstChartInHtml:
					html.includes('data-chart="headline-figures"') && html.includes('data-chart="bilateral-trade"') && html.includes('<svg'),
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
export async function explorerRun(origin: string, queries: number): Promise<{ first: number; latencies: number[] }> {
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
		for (let i = 0; i < queries; i++) {
			const [action, value] = changes[i % changes.length];
			latencies.push(await timedChange(page, action, value, EXPLORER));
		}
		return { first, latencies };
	} finally {
		await browser.close();
	}
}

/**
 * A permalink to a view the page was not prerendered with, opened cold: ms from navigation until the
 * chart is drawn from DuckDB-WASM's answer (engine start and the view's Parquet part included).
 */
export async function permalinkRun(origin: string, link: string, titleStart: string): Promise<{ paint: number; drawn: number }> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(origin + link, { waitUntil: 'commit' });
		await page.waitForFunction(
			(start) => {
				const figure = document.querySelector('figure[data-chart="explore"]');
				return figure?.querySelector('.title')?.textContent?.startsWith(start) && figure.getAttribute('aria-busy') === 'false';
			},
			titleStart,
			{ polling: 'raf', timeout: 60_000 }
		);
		return await page.evaluate(() => ({
			drawn: performance.now(),
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN
		}));
	} finally {
		await browser.close();
	}
}

/** Rows, bytes and ms of each Parquet file loaded into DuckDB-WASM so far (the engine's performance measures). */
async function fileLoads(page: Page): Promise<{ file: string; ms: number; rows: number; bytes: number }[]> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('measure')
			.filter((m) => m.name.startsWith('trade-lens:load '))
			.map((m) => ({
				file: m.name.slice('trade-lens:load '.length),
				ms: m.duration,
				...(m as PerformanceMeasure & { detail: { rows: number; bytes: number } }).detail
			}))
	);
}

/**
 * Loads one file into a warm engine in a cold browser and returns its ms: a reporter's part through
 * the explorer's reporter control, or the whole of trade_annual through the SQL console.
 */
export async function fileLoadRun(
	origin: string,
	target: { reporter: string; file: string } | { whole: true }
): Promise<{ file: string; ms: number; rows: number; bytes: number }> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		let file: string;
		if ('reporter' in target) {
			// Warm: the engine starts and loads what partners report of the economy (its partner file)…
			const link = `/explore?reporter=${target.reporter}&flow=exports&measure=value&side=partner`;
			await page.goto(origin + link, { waitUntil: 'load' });
			await page.waitForSelector('fieldset:not([disabled]) select[data-control="from"]');
			await page.waitForFunction(
				() =>
					document.querySelector('figure[data-chart="explore"]')?.getAttribute('aria-busy') === 'false' &&
					performance.getEntriesByType('measure').length > 0,
				undefined,
				{ timeout: 60_000 }
			);
			// …then its own figures: its reporter file loads into a warm engine.
			await timedChange(page, 'side', 'reporter', 'figure[data-chart="explore"]');
			file = target.file;
		} else {
			await openConsole(page, origin);
			// Warm: the engine starts on a query that reads no table.
			await runInConsole(page, 'SELECT 42 AS answer');
			await oneRowAnswered(page, 60_000);
			await runInConsole(page, 'SELECT count(*) FROM trade_annual');
			file = 'trade_annual.parquet';
		}
		await page.waitForFunction((name) => performance.getEntriesByName(`trade-lens:load ${name}`).length > 0, file, { timeout: 120_000 });
		const load = (await fileLoads(page)).find((l) => l.file === file);
		if (!load) throw new Error(`no load measured for ${file}`);
		return load;
	} finally {
		await browser.close();
	}
}
