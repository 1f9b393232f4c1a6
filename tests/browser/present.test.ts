/**
 * Present mode in Chromium: keys, the reveal, notes, slides that fit 1280×720 and 1920×1080, the handout, and slides without JavaScript.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/lib/story/registry';
import { watchedPage } from '../helpers/browser';
import { SHOTS, open, useSite } from '../helpers/site';

const site = useSite();
/** The deck's size, and the slide of export-dependence (whose chart is revealed step by step), as the story's registry has them. */
const TOTAL = CHARTS.length;
const REVEALING = CHARTS.findIndex((c) => c.id === 'export-dependence') + 1;
const REVEAL_STEPS = CHARTS[REVEALING - 1]?.reveal?.length ?? 0;

describe('present mode', () => {
	const where = (page: Page) => page.locator('[data-where]').innerText();
	const slideOf = (page: Page) => page.locator('[data-deck]').getAttribute('data-slide-current');

	it.each([
		['en', '', 'Slide', 'Hide notes (N)'],
		['fr', '/fr', 'Diapositive', 'Masquer les notes (N)']
	])('a keyboard-only walk through the deck in %s: slides, the reveal, notes and the address', async (_locale, prefix, word, hide) => {
		const w = await watchedPage(site.browser, site.origin, { width: 1280 });
		await w.page.setViewportSize({ width: 1280, height: 720 });
		await open(w.page, site.origin + prefix + '/present', { tables: false });
		await w.page.waitForFunction(() => document.querySelector('[data-deck]') !== null);
		expect(await where(w.page)).toBe(`${word} 1 ${prefix ? 'sur' : 'of'} ${TOTAL}`);
		// Arrows and space move a slide at a time up to the slide with the reveal.
		for (let n = 2; n <= REVEALING; n++) {
			await w.page.keyboard.press(n % 2 ? ' ' : 'ArrowRight');
			await w.page.waitForURL(`${site.origin}${prefix}/present/${n}`);
		}
		// The reveal: the US alone, then China, then the rest of the world, before the next slide.
		const lines = () => w.page.locator(`[data-slide="${REVEALING}"] path[data-mark="line"]`).count();
		expect(await lines()).toBe(1);
		await w.page.keyboard.press('ArrowRight');
		await w.page.waitForFunction((n) => document.querySelectorAll(`[data-slide="${n}"] path[data-mark="line"]`).length === 2, REVEALING);
		expect(await w.page.locator(`[data-slide="${REVEALING}"] [data-reveal-step]`).getAttribute('data-reveal-step')).toBe('2');
		await w.page.keyboard.press('ArrowRight');
		await w.page.waitForFunction((n) => document.querySelectorAll(`[data-slide="${n}"] path[data-mark="line"]`).length === 3, REVEALING);
		expect(w.page.url()).toBe(`${site.origin}${prefix}/present/${REVEALING}`);
		expect(await w.page.locator('[data-announce]').textContent()).toContain(
			prefix ? `Étape ${REVEAL_STEPS} sur ${REVEAL_STEPS}` : `Step ${REVEAL_STEPS} of ${REVEAL_STEPS}`
		);
		await w.page.keyboard.press('ArrowRight');
		await w.page.waitForURL(`${site.origin}${prefix}/present/${REVEALING + 1}`);
		// Back into the reveal lands on its last step.
		await w.page.keyboard.press('ArrowLeft');
		await w.page.waitForURL(`${site.origin}${prefix}/present/${REVEALING}`);
		expect(await lines()).toBe(3);
		await w.page.keyboard.press('End');
		await w.page.waitForURL(`${site.origin}${prefix}/present/${TOTAL}`);
		await w.page.keyboard.press('ArrowRight');
		expect(await slideOf(w.page)).toBe(String(TOTAL));
		// Notes: N shows and hides them; the button says which.
		const notes = w.page.locator(`[data-slide="${TOTAL}"] [data-notes]`);
		expect(await notes.isVisible()).toBe(false);
		await w.page.keyboard.press('n');
		expect(await notes.isVisible()).toBe(true);
		expect(await w.page.locator('[data-action="notes"]').innerText()).toBe(hide);
		await w.page.keyboard.press('n');
		expect(await notes.isVisible()).toBe(false);
		await w.page.keyboard.press('Home');
		await w.page.waitForURL(`${site.origin}${prefix}/present`);
		// Tab reaches the bar's controls, and the next link moves on.
		for (let i = 0; i < 12 && !(await w.page.evaluate(() => document.activeElement?.getAttribute('data-action') === 'next')); i++)
			await w.page.keyboard.press('Tab');
		await w.page.keyboard.press('Enter');
		await w.page.waitForURL(`${site.origin}${prefix}/present/2`);
		// The browser's back button follows the address.
		await w.page.goBack();
		await w.page.waitForFunction(() => document.querySelector('[data-deck]')?.getAttribute('data-slide-current') === '1');
		await open(w.page, site.origin + prefix + '/present/3', { tables: false });
		await w.page.screenshot({ path: join(SHOTS, `present-${_locale}-1280x720.png`) });
		expect(w.consoleErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
		await w.context.close();
	});

	it('a swipe on a touch screen moves the deck; a mouse drag does not', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/fr/present/2', { tables: false });
		await w.page.waitForFunction(() => document.querySelector('[data-deck]') !== null);
		const swipe = (pointerType: string, from: number, to: number) =>
			w.page.evaluate(
				([type, x0, x1]) => {
					const deck = document.querySelector('[data-deck]') as HTMLElement;
					deck.dispatchEvent(new PointerEvent('pointerdown', { pointerType: type as string, clientX: x0 as number, bubbles: true }));
					deck.dispatchEvent(new PointerEvent('pointerup', { pointerType: type as string, clientX: x1 as number, bubbles: true }));
				},
				[pointerType, from, to]
			);
		await swipe('mouse', 700, 300);
		expect(await slideOf(w.page)).toBe('2');
		await swipe('touch', 700, 300);
		await w.page.waitForURL(`${site.origin}/fr/present/3`);
		await swipe('touch', 300, 700);
		await w.page.waitForURL(`${site.origin}/fr/present/2`);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('every slide fits 1280×720 and 1920×1080 whole, captions at 28 px or more on 1080p', async () => {
		const w = await watchedPage(site.browser, site.origin);
		/** Line-chart slides found, at each size and in each language: the same every time, and some. */
		const measured: number[] = [];
		for (const [width, height] of [
			[1280, 720],
			[1920, 1080]
		]) {
			await w.page.setViewportSize({ width, height });
			for (const prefix of ['', '/fr']) {
				measured.push(0);
				for (let n = 1; n <= TOTAL; n++) {
					await open(w.page, `${site.origin}${prefix}/present/${n}`, { tables: false });
					const size = await w.page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
					expect(size, `${prefix}/present/${n} at ${width}×${height}`).toEqual({ w: width, h: height });
					if (height === 1080) {
						const px = await w.page.$$eval('.slide.current .caption p', (ps) => ps.map((p) => parseFloat(getComputedStyle(p).fontSize)));
						expect(Math.min(...px)).toBeGreaterThanOrEqual(28);
					}
					// A line chart is drawn as large as its side of the slide allows: over half the width, and
					// nearly half the height (the title, units, table and sources take the rest).
					const line = w.page.locator('.slide.current svg.chart:has(g.points)');
					if ((await line.count()) > 0) {
						measured[measured.length - 1]++;
						const box = await line.boundingBox();
						expect(box?.width, `${prefix}/present/${n} chart width at ${width}×${height}`).toBeGreaterThan(0.55 * width);
						expect(box?.height, `${prefix}/present/${n} chart height at ${width}×${height}`).toBeGreaterThan(0.45 * height);
					}
				}
			}
		}
		// The same line-chart slides in two languages and at two sizes.
		expect(measured[0]).toBeGreaterThan(0);
		expect(new Set(measured).size).toBe(1);
		await w.context.close();
	});

	it('prints as a handout: every slide, two to a page', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/present', { tables: false });
		const pdf = await w.page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length).toBe(Math.ceil(TOTAL / 2));
		await writeFile(join(SHOTS, '..', 'present-handout.pdf'), pdf);
		await w.page.emulateMedia({ media: 'print' });
		const shown = await w.page.$$eval('.slide', (slides) => slides.filter((s) => getComputedStyle(s).display !== 'none').length);
		expect(shown).toBe(TOTAL);
		expect(await w.page.locator('.bar').isVisible()).toBe(false);
		await w.page.screenshot({ path: join(SHOTS, 'present-print.png'), fullPage: true });
		await w.context.close();
	});

	it('without JavaScript each slide is its own page with links on', async () => {
		const w = await watchedPage(site.browser, site.origin, { javaScriptEnabled: false });
		await open(w.page, site.origin + '/fr/present/4', { hydrated: false });
		expect(await w.page.locator('.slide.current').getAttribute('data-slide')).toBe('4');
		expect(await w.page.locator('.slide.current [data-mark]').count()).toBeGreaterThan(0);
		expect(await w.page.locator('a[rel="next"]').getAttribute('href')).toBe('/fr/present/5');
		expect(await w.page.locator('a[rel="prev"]').getAttribute('href')).toBe('/fr/present/3');
		await w.context.close();
	});
});
