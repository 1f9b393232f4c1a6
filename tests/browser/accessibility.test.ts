/**
 * Accessibility in Chromium: axe-core on every dark embed in both languages (every page is checked in pages.test.ts and pages-fr.test.ts), 320 px
 * without sideways scrolling, reduced motion, keyboard reach.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/story/registry';
import { axeViolations } from '../helpers/axe';
import { watchedPage } from '../helpers/browser';
import { open, useSite } from '../helpers/site';

const site = useSite();

describe('accessibility', () => {
	const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

	it.each(CHART_IDS)('axe finds no violation on the dark %s embed, in English and French', async (id) => {
		const w = await watchedPage(site.browser, site.origin);
		for (const prefix of ['', '/fr']) {
			await open(w.page, `${site.origin}${prefix}/embed/${id}?theme=dark`);
			await openAll(w.page);
			expect(await axeViolations(w.page), `${prefix}/embed/${id}`).toEqual([]);
		}
		await w.context.close();
	});

	it('at 320 px wide (a 640 px window at 200% zoom is wider) no page scrolls sideways, and axe stays clean', async () => {
		const w = await watchedPage(site.browser, site.origin, { width: 320 });
		for (const path of [
			'/',
			'/fr/explore',
			'/explore?tab=map',
			'/fr/explore?tab=table',
			'/charts/tariff-timeline',
			'/fr/present/1',
			'/figures',
			'/explore/sql',
			'/sources',
			'/fr/downloads'
		]) {
			await open(w.page, site.origin + path);
			expect(await w.page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
			expect(await axeViolations(w.page), path).toEqual([]);
		}
		await w.context.close();
	});

	it.each(CHART_IDS.filter((id) => id !== 'headline-figures'))(
		'%s is explored by keyboard alone in French: marks read their label and value, the table is the next control',
		async (id) => {
			const w = await watchedPage(site.browser, site.origin);
			await open(w.page, `${site.origin}/fr/charts/${id}`);
			const mark = w.page.locator(`figure[data-chart="${id}"] svg.chart [tabindex="0"]`).first();
			for (let i = 0; i < 40 && !(await mark.evaluate((el) => el === document.activeElement)); i++) await w.page.keyboard.press('Tab');
			const label = () => w.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
			const first = await label();
			expect(first.length).toBeGreaterThan(5);
			await w.page.keyboard.press(id === 'ev-quota' ? 'ArrowDown' : 'ArrowRight');
			const second = await label();
			expect(second).not.toBe(first);
			expect(second).toMatch(/\d/);
			await w.page.keyboard.press('Tab');
			expect(await w.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Tableau de données');
			await w.context.close();
		}
	);

	it('under prefers-reduced-motion nothing animates', async () => {
		const context = await site.browser.newContext({ reducedMotion: 'reduce' });
		const page = await context.newPage();
		for (const path of ['/', '/present/3']) {
			await open(page, site.origin + path);
			const moving = await page.$$eval(
				'*',
				(els) =>
					els.filter((el) => {
						const s = getComputedStyle(el);
						return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
					}).length
			);
			expect(moving, path).toBe(0);
		}
		await context.close();
	});
});
