/**
 * The article checker on a long text, as a reader feels it: a 1 MB article opened from a file, timed
 * from the file input's change event to the last card's verdict, with the longest gap between
 * painted frames meanwhile (the page must never freeze). The same frame gaps on a trivial page,
 * served in the same run, are the floor.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from './chromium';
import { FLOOR_PAGE, startFrames, stopFrames } from './repaint-timer';

export interface CheckTimes {
	bytes: number;
	claims: number;
	/** File chosen → every verdict shown. */
	total: number;
	/** Reading the claims in the worker, as the page reports it. */
	read: number;
	/** The longest and the 95th percentile interval between frames while checking. */
	longestFrame: number;
	p95Frame: number;
	/** The longest frame interval on a trivial page over the same time. */
	floorLongestFrame: number;
}

/** Deterministic prose with no figures in it, between copies of the test article: about one figure per 800 bytes. */
function longArticle(article: string, bytes: number): string {
	const words = 'the talks went on through the week as officials from both sides met again to weigh what each could offer'.split(' ');
	const prose = Array.from({ length: 120 }, (_, i) => words[(i * 7) % words.length]).join(' ');
	const block = `${article}\n${prose}.\n${prose}.\n${prose}.\n`;
	return block.repeat(Math.ceil(bytes / block.length)).slice(0, bytes);
}

export async function checkRun(origin: string, root: string, bytes = 1_000_000): Promise<CheckTimes> {
	const text = longArticle(await readFile(join(root, 'tests', 'fixtures', 'check-article-en.txt'), 'utf8'), bytes);
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.route(`${origin}/__floor`, (route) => route.fulfill({ contentType: 'text/html', body: FLOOR_PAGE }));
		await page.goto(`${origin}/check`);
		await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
		await page.evaluate(() => {
			document.addEventListener('change', () => ((window as unknown as { __t0: number }).__t0 = performance.now()), { capture: true });
		});
		await startFrames(page);
		await page.setInputFiles('input[type="file"]', { name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
		await page.waitForSelector('[role="status"][data-phase="done"]', { timeout: 300_000 });
		const result = await page.evaluate(() => {
			const status = document.querySelector('[role="status"]');
			return {
				total: performance.now() - (window as unknown as { __t0: number }).__t0,
				claims: Number(status?.getAttribute('data-cards')),
				read: Number(/(\d+) ms/.exec(status?.textContent ?? '')?.[1] ?? NaN)
			};
		});
		const gaps = (await stopFrames(page)).sort((a, b) => a - b);
		// The floor: a trivial page's frames over as long.
		await page.goto(`${origin}/__floor`);
		await startFrames(page);
		await page.waitForTimeout(Math.min(result.total, 5000));
		const floor = await stopFrames(page);
		return {
			bytes: Buffer.byteLength(text),
			claims: result.claims,
			total: result.total,
			read: result.read,
			longestFrame: gaps.at(-1) ?? 0,
			p95Frame: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
			floorLongestFrame: Math.max(0, ...floor)
		};
	} finally {
		await browser.close();
	}
}
