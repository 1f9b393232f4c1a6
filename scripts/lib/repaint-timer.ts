/**
 * Input → repaint, measured in the page as the Event Timing API defines an interaction's latency
 * (the input event to the next paint that shows its effect): `act` runs (the input event), then
 * `done` is checked at the start of every animation frame; the first frame that finds it true is
 * the one that paints the change, and the time is taken by a task queued from that frame, which runs
 * once its rendering is done. Installed with `context.addInitScript(REPAINT_TIMER)`; written as text,
 * so the bundler's helpers never reach the page.
 */
import type { Page } from 'playwright-core';

export const REPAINT_TIMER = `window.__timed = async (act, done, arg) => {
	const run = new Function('arg', act);
	const check = new Function('arg', 'return (' + done + ')');
	const t0 = performance.now();
	run(arg);
	await new Promise((resolve) => {
		const frame = () => (check(arg) ? setTimeout(resolve, 0) : requestAnimationFrame(frame));
		requestAnimationFrame(frame);
	});
	return performance.now() - t0;
};`;

type Timed = { __timed(act: string, done: string, arg: string | number): Promise<number> };

/** ms from running `act` (page code, given `arg`) to the end of the first frame that paints `done` true. */
export async function timed(page: Page, act: string, done: string, arg: string | number): Promise<number> {
	return page.evaluate(([a, d, x]) => (window as unknown as Timed).__timed(a as string, d as string, x), [act, done, arg] as const);
}

/** A trivial page: a slider recolouring one SVG path. Its input → repaint is the floor of every such measure. */
export const FLOOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body>
<input type="range" min="0" max="100" value="0" id="s" aria-label="hue"><output id="o">0</output>
<svg width="200" height="100"><path id="p" d="M10 10h180v80H10z" fill="hsl(0 60% 50%)"/></svg>
<script>const s=document.getElementById('s'),o=document.getElementById('o'),p=document.getElementById('p');
s.addEventListener('input',()=>{o.textContent=s.value;p.setAttribute('fill','hsl('+s.value*3+' 60% 50%)')});</script></body></html>`;

/** The floor's input → repaint, `samples` times, on a page already showing FLOOR_PAGE. */
export async function floorSamples(page: Page, samples: number): Promise<number[]> {
	const out: number[] = [];
	for (let i = 1; i <= samples; i++)
		out.push(
			await timed(
				page,
				`const s = document.getElementById('s'); s.value = String(arg); s.dispatchEvent(new Event('input', { bubbles: true }));`,
				`document.getElementById('o').textContent === String(arg)`,
				i
			)
		);
	return out;
}

type Recording = { __gaps: number[]; __recording: boolean };

/** Records every frame's interval in the page (text, like REPAINT_TIMER, so no bundler helper reaches the page). */
const RECORD_FRAMES = `window.__gaps = []; window.__recording = true;
(() => { let last = performance.now(); const frame = (now) => { window.__gaps.push(now - last); last = now; if (window.__recording) requestAnimationFrame(frame); }; requestAnimationFrame(frame); })();`;

/** Starts recording every frame's interval in the page, until `stopFrames`. */
export async function startFrames(page: Page): Promise<void> {
	await page.evaluate(RECORD_FRAMES);
}

/** Stops the recording and gives the frame intervals (ms), the first (partial) one left out. */
export async function stopFrames(page: Page): Promise<number[]> {
	return page.evaluate(() => {
		const w = window as unknown as Recording;
		w.__recording = false;
		return w.__gaps.slice(1);
	});
}
