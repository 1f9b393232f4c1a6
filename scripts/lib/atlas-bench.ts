/**
 * The explorer's Map and Table tabs in Chromium, as a reader feels them: from the input event to
 * the frame after the repainted view (a requestAnimationFrame, then a task, so the paint is done),
 * with DuckDB warm. The same measure on a trivial page (one SVG path recoloured by a slider), served
 * from the same origin in the same run, is the floor each figure is set against.
 */
import { launchChromium } from './chromium';
import { FLOOR_PAGE, REPAINT_TIMER, floorSamples, startFrames, stopFrames, timed } from './repaint-timer';

export interface AtlasTimes {
	/** The floor: a trivial page's input → repaint. */
	floor: number[];
	tabSwitch: number[];
	yearChange: number[];
	tableSearch: number[];
	/** Frame intervals (ms) while the years play. */
	playFrames: number[];
	/** The first map paint came with the HTML, before any WebAssembly was fetched. */
	mapPrerendered: boolean;
	wasmBeforeInteraction: number;
}

const SET_YEAR = `const s = document.querySelector('input[data-control="year"]'); s.value = String(arg); s.dispatchEvent(new Event('input', { bubbles: true }));`;
const YEAR_SHOWN = `document.querySelector('[data-map-year]')?.textContent === String(arg)`;

export async function atlasRun(origin: string, samples: number): Promise<AtlasTimes> {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.addInitScript(REPAINT_TIMER);
		const page = await context.newPage();
		const wasm: number[] = [];
		page.on('request', (r) => {
			if (/\.wasm(\?|$)/.test(r.url())) wasm.push(Date.now());
		});

		await page.route(`${origin}/__floor`, (route) => route.fulfill({ contentType: 'text/html', body: FLOOR_PAGE }));
		await page.goto(`${origin}/__floor`);
		const floor = await floorSamples(page, samples);

		// The prerendered map, then the first interaction: the slider, which asks DuckDB for every year.
		await page.goto(`${origin}/explore?tab=map`, { waitUntil: 'load' });
		const mapPrerendered = await page.evaluate(
			() => document.querySelectorAll('[data-panel="map"] path[data-mark="country"]').length >= 150
		);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		const wasmBeforeInteraction = wasm.length;
		await timed(page, SET_YEAR, YEAR_SHOWN, 2019);
		await page.waitForSelector('figure[data-chart="explore-map"][aria-busy="false"]', { timeout: 60_000 });
		await page.waitForFunction(() => Number(document.querySelector('input[data-control="year"]')?.getAttribute('min')) < 2000);

		const yearChange: number[] = [];
		for (let i = 0; i < samples; i++) yearChange.push(await timed(page, SET_YEAR, YEAR_SHOWN, 1990 + (i % 30)));

		const tabSwitch: number[] = [];
		const tabs = ['table', 'chart', 'map'];
		for (let i = 0; i < samples; i++) {
			const tab = tabs[i % tabs.length];
			tabSwitch.push(
				await timed(
					page,
					`document.querySelector('[role="tab"][data-tab="' + arg + '"]').click();`,
					`(() => { const p = document.querySelector('[data-panel="' + arg + '"]'); return p && !p.hidden && getComputedStyle(p).display !== 'none'; })()`,
					tab
				)
			);
		}

		// Playing: every frame's interval for three seconds.
		await page.click('[role="tab"][data-tab="map"]');
		await timed(page, SET_YEAR, YEAR_SHOWN, 1970);
		await startFrames(page);
		await page.click('[data-action="play"]');
		await page.waitForTimeout(3000);
		await page.click('[data-action="play"]');
		const playFrames = await stopFrames(page);

		// A table search: every economy, the span of years shown, then a name typed.
		await page.click('[role="tab"][data-tab="table"]');
		await page.selectOption('select[data-control="period"]', 'span');
		await page.waitForFunction(() => document.querySelectorAll('[data-atlas-table] thead th').length > 30, undefined, { timeout: 60_000 });
		const tableSearch: number[] = [];
		const terms = ['mexico', 'ger', 'a', 'united', 'china, canada', ''];
		for (let i = 0; i < samples; i++) {
			const term = terms[i % terms.length];
			tableSearch.push(
				await timed(
					page,
					`const s = document.querySelector('[data-control="table-search"]'); s.value = arg; s.dispatchEvent(new Event('input', { bubbles: true }));`,
					`document.querySelector('[data-table-count]') !== null && document.querySelector('[data-control="table-search"]').value === arg && document.querySelector('[data-atlas-table] tbody') !== null`,
					term
				)
			);
		}
		return { floor, tabSwitch, yearChange, tableSearch, playFrames, mapPrerendered, wasmBeforeInteraction };
	} finally {
		await browser.close();
	}
}
