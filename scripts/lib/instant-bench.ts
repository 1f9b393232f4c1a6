/**
 * The "instant" targets, as a reader feels them, each set against the floor where it has one: a
 * trivial page with one SVG path served by the same server in the same run. First contentful paint
 * and the bytes before it, cold; a change of view from the input event to the repainted chart,
 * warm; DuckDB-WASM's first answer after the first interaction, on a first and a second visit; an
 * explorer permalink drawn from a cold load; and the tab's memory with the whole trade_annual loaded.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { oneRowAnswered, openConsole, runInConsole } from './sql-console';
import { FLOOR_PAGE, REPAINT_TIMER, floorSamples, timed } from './repaint-timer';

/** The FCP floor: a trivial HTML page with one SVG path. */
export const FCP_FLOOR_PATH = '/__floor.html';
export const FCP_FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body>
<h1>Floor</h1><svg width="400" height="200"><path d="M10 190L100 60L200 120L390 10" fill="none" stroke="#0072b2" stroke-width="2"/></svg></body></html>`;

export interface FirstPaint {
	fcp: number;
	/** Bytes on the wire (compressed, headers included) of the document and every resource done before the first paint. */
	bytesBeforePaint: number;
}

/** One cold load (a fresh context: empty cache) of `path`: its first contentful paint and the bytes before it. */
export async function firstPaint(browser: Browser, origin: string, path: string): Promise<FirstPaint> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(origin + path, { waitUntil: 'load' });
		await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { polling: 'raf' });
		return await page.evaluate(() => {
			const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
			const before = resources.filter((r) => r.responseEnd <= fcp).reduce((n, r) => n + r.transferSize, 0);
			return { fcp, bytesBeforePaint: nav.transferSize + before };
		});
	} finally {
		await context.close();
	}
}

/** The lines' shapes of a chart, as one string: a change of view has repainted when it changes. */
const SHAPES = (figure: string) =>
	`[...document.querySelectorAll('${figure} path[data-mark="line"]')].map((p) => p.getAttribute('d')).join('|')`;

const STORY = 'figure[data-chart="bilateral-trade"]';
/** Choosing a side of bilateral-trade (`arg`), its shapes noted first; and that choice redrawn. */
const STORY_SIDE = `window.__before = ${SHAPES(STORY)}; document.querySelector('${STORY} input[value="' + arg + '"]').click();`;
const STORY_REDRAWN = `${SHAPES(STORY)} !== window.__before && document.querySelector('${STORY}').getAttribute('aria-busy') !== 'true'`;

/** The story page, its bilateral-trade controls ready. */
async function openStory(page: Page, origin: string): Promise<void> {
	await page.goto(origin + '/', { waitUntil: 'load' });
	await page.waitForSelector(`${STORY} fieldset:not([disabled])`);
}

/**
 * A change of view, warm (DuckDB started, the view's data loaded once): from the input event to the
 * frame after the chart's lines changed. Story: bilateral-trade's side choice; explorer: its first year.
 */
export async function changeRun(
	browser: Browser,
	origin: string,
	samples: number
): Promise<{ floor: number[]; story: number[]; explorer: number[] }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(REPAINT_TIMER);
	try {
		const page = await context.newPage();
		await page.route(`${origin}/__floor`, (route) => route.fulfill({ contentType: 'text/html', body: FLOOR_PAGE }));
		await page.goto(`${origin}/__floor`);
		const floor = await floorSamples(page, samples);
		await openStory(page, origin);
		const sides = ['CHN', 'both', 'CAN'];
		// Warm: each side's data asked for once.
		for (const s of sides) await timed(page, STORY_SIDE, STORY_REDRAWN, s);
		const storyTimes: number[] = [];
		for (let i = 0; i < samples; i++) storyTimes.push(await timed(page, STORY_SIDE, STORY_REDRAWN, sides[i % sides.length]));

		const explorer = 'figure[data-chart="explore"]';
		await page.goto(origin + '/explore', { waitUntil: 'load' });
		await page.waitForSelector('fieldset:not([disabled]) select[data-control="from"]');
		const from = `const s = document.querySelector('select[data-control="from"]'); window.__before = ${SHAPES(explorer)}; s.value = String(arg); s.dispatchEvent(new Event('change', { bubbles: true }));`;
		const redrawn = `${SHAPES(explorer)} !== window.__before && document.querySelector('${explorer}').getAttribute('aria-busy') !== 'true'`;
		const years = [1990, 2000, 1985];
		for (const y of years) await timed(page, from, redrawn, y);
		const explorerTimes: number[] = [];
		for (let i = 0; i < samples; i++) explorerTimes.push(await timed(page, from, redrawn, years[i % years.length]));
		return { floor, story: storyTimes, explorer: explorerTimes };
	} finally {
		await context.close();
	}
}

/** The engine's start, step by step (its performance measures), on the page. */
export type StartSteps = Record<string, number>;

async function startSteps(page: Page): Promise<StartSteps> {
	return page.evaluate(() =>
		Object.fromEntries(
			performance
				.getEntriesByType('measure')
				.filter((m) => m.name.startsWith('trade-lens:duckdb '))
				.map((m) => [m.name.slice('trade-lens:duckdb '.length), m.duration])
		)
	);
}

async function firstAnswer(page: Page, origin: string): Promise<number> {
	await openStory(page, origin);
	return timed(page, STORY_SIDE, STORY_REDRAWN, 'CHN');
}

/** DuckDB-WASM's first answer after the first interaction, input → repainted chart: cold, then on a second visit (same profile, cache warm). */
export async function duckdbRun(browser: Browser, origin: string): Promise<{ cold: number; second: number; steps: StartSteps }> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(REPAINT_TIMER);
	try {
		const page = await context.newPage();
		const cold = await firstAnswer(page, origin);
		const steps = await startSteps(page);
		const second = await firstAnswer(await context.newPage(), origin);
		return { cold, second, steps };
	} finally {
		await context.close();
	}
}

/**
 * Resident memory of the tab's renderer process, in bytes: its JS heaps, its workers' (DuckDB's wasm
 * memory among them) and its DOM. The tab's is the largest renderer; Chromium keeps others spare.
 */
async function rendererMemory(browser: Browser): Promise<number> {
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
	let largest = 0;
	for (const p of processInfo.filter((x) => x.type === 'renderer')) {
		const status = await readFile(`/proc/${p.id}/status`, 'utf8').catch(() => '');
		largest = Math.max(largest, Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024);
	}
	return largest;
}

/**
 * The tab's memory once the SQL console has loaded the whole trade_annual: as the load leaves it,
 * and what the tab keeps once its garbage is collected (the decoded chunks, the streams handed to
 * DuckDB), the figure a browser under memory pressure gets back to.
 */
export async function memoryRun(origin: string): Promise<{ loaded: number; kept: number }> {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await openConsole(page, origin);
		await runInConsole(page, 'SELECT count(*) AS n FROM trade_annual');
		await oneRowAnswered(page, 120_000);
		const loaded = await rendererMemory(browser);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		return { loaded, kept: await rendererMemory(browser) };
	} finally {
		await browser.close();
	}
}
