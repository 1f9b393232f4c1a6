/**
 * Embeds in Chromium: in another site's page, without JavaScript, at 320 and 1,200 px, with the chart's view and theme.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type ChartId } from '../../src/lib/story/registry';
import { DEFAULT_HEIGHT, embedSnippet } from '../../src/lib/embed/embed-snippet';
import { watchedPage } from '../helpers/browser';
import { SHOTS, bilateralReady, open, useSite } from '../helpers/site';

const site = useSite();

describe('embeds', () => {
	it('no page fetches JavaScript ahead of its first paint, and an embed carries only its own chart’s data; it still comes alive', async () => {
		const html = async (path: string) => (await fetch(site.origin + path)).text();
		for (const path of ['/embed/ev-quota', '/fr/embed/bilateral-trade', '/', '/explore']) {
			const page = await html(path);
			expect(page, path).not.toContain('rel="modulepreload"');
			expect(page.match(/painted\.then\(\(\) => import\(/g), path).toHaveLength(2);
		}
		// The EV quota draws no trade series: its page holds none of the story's trade figures.
		expect(await html('/embed/ev-quota')).not.toContain('valuation:"FOB"');
		expect(await html('/embed/bilateral-trade')).toContain('valuation:"FOB"');
		// And it still comes alive: the default interactive embed answers a change.
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/embed/bilateral-trade');
		await w.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').check();
		await w.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		expect(w.consoleErrors).toEqual([]);
		await w.context.close();
	});

	it('a third-party page embeds two charts with the snippet: each renders, sizes itself, logs no error and calls no other host', async () => {
		const ids: ChartId[] = ['headline-figures', 'public-opinion'];
		const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom</title></head><body>
			<h1>Canada and China</h1><p>Some reporting.</p>${ids.map((id) => embedSnippet(site.origin, id, id, { locale: 'en' })).join('<p>More reporting.</p>')}</body></html>`;
		const third = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article));
		await new Promise<void>((resolve) => third.listen(0, '127.0.0.1', resolve));
		const thirdOrigin = `http://127.0.0.1:${(third.address() as AddressInfo).port}`;
		const w = await watchedPage(site.browser, site.origin);
		try {
			await open(w.page, thirdOrigin + '/', { hydrated: false });
			for (const id of ids) {
				const frame = w.page.frameLocator(`iframe[src="${site.origin}/embed/${id}"]`);
				await frame.locator(`figure[data-chart="${id}"]`).waitFor();
				expect(await frame.locator(`figure[data-chart="${id}"] .title`).innerText()).not.toBe('');
				expect(await frame.locator('header.site, nav, footer.site, [data-embed-control]').count()).toBe(0);
				expect(await frame.locator('[data-source-line]').innerText()).toMatch(/^Sources?: /);
				const iframe = w.page.locator(`iframe[src="${site.origin}/embed/${id}"]`);
				await w.page.waitForFunction((el) => (el as HTMLIFrameElement).style.height !== '', await iframe.elementHandle());
				// The chart redraws at its width once measured, and the frame follows: wait until the frame is the content's height.
				const contentHeight = async () =>
					Math.ceil(await frame.locator('main[data-embed]').evaluate((el) => el.getBoundingClientRect().height));
				const handle = await iframe.elementHandle();
				let content = await contentHeight();
				for (let i = 0; i < 5; i++) {
					await w.page.waitForFunction(
						([el, h]) => Math.abs((el as HTMLIFrameElement).getBoundingClientRect().height - (h as number)) <= 1,
						[handle, content] as const
					);
					const now = await contentHeight();
					if (now === content) break;
					content = now;
				}
				const sized = await iframe.evaluate((el) => el.getBoundingClientRect().height);
				expect(sized).not.toBe(DEFAULT_HEIGHT);
				expect(Math.abs(sized - content)).toBeLessThanOrEqual(1);
			}
			expect(w.consoleErrors).toEqual([]);
			expect(w.foreignRequests.filter((u) => !u.startsWith(thirdOrigin))).toEqual([]);
			await w.page.screenshot({ path: join(SHOTS, 'embeds-third-party.png'), fullPage: true });
		} finally {
			await w.context.close();
			third.close();
		}
	});

	it('renders whole without JavaScript, and fits 320 px and 1,200 px', async () => {
		const off = await watchedPage(site.browser, site.origin, { javaScriptEnabled: false });
		await off.page.goto(site.origin + '/embed/export-dependence', { waitUntil: 'load' });
		expect(await off.page.locator('figure[data-chart="export-dependence"] svg [data-mark]').count()).toBeGreaterThan(0);
		expect(await off.page.locator('figure[data-chart="export-dependence"] [data-source-line]').count()).toBe(1);
		await off.context.close();
		for (const width of [320, 1200]) {
			const w = await watchedPage(site.browser, site.origin, { width });
			await open(w.page, site.origin + '/embed/bilateral-trade');
			const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(await w.page.locator('[data-exports="bilateral-trade"] button').count()).toBe(3);
			// Redrawn at the width it has, so its text keeps its size.
			const viewBoxWidth = () =>
				w.page
					.locator('figure[data-chart="bilateral-trade"] svg.chart')
					.evaluate((svg) => Number(svg.getAttribute('viewBox')?.split(' ')[2]));
			const drawingWidth = await w.page.locator('figure[data-chart="bilateral-trade"] .drawing').evaluate((d) => d.clientWidth);
			expect(await viewBoxWidth()).toBe(Math.round(Math.min(1200, Math.max(300, drawingWidth))));
			expect(await w.page.locator('figure[data-chart="bilateral-trade"] line.swatch').count()).toBe(width < 480 ? 4 : 0);
			const bars = await watchedPage(site.browser, site.origin, { width });
			await open(bars.page, site.origin + '/embed/ev-quota');
			const barViewBox = await bars.page
				.locator('figure[data-chart="ev-quota"] svg.chart')
				.evaluate((svg) => Number(svg.getAttribute('viewBox')?.split(' ')[2]));
			const barDrawing = await bars.page.locator('figure[data-chart="ev-quota"] .drawing').evaluate((d) => d.clientWidth);
			expect(barViewBox).toBe(Math.round(Math.min(1200, Math.max(300, barDrawing))));
			expect(await bars.page.locator('figure[data-chart="ev-quota"] text.bar-label[text-anchor="start"]').count()).toBe(
				width < 480 ? 3 : 0
			);
			await open(bars.page, site.origin + '/embed/tariff-timeline');
			expect(await bars.page.locator('figure[data-chart="tariff-timeline"] text.lane-label[text-anchor="start"]').count()).toBe(
				width < 480 ? 5 : 0
			);
			expect(
				await bars.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
			).toBeLessThanOrEqual(0);
			await bars.context.close();
			expect(overflow).toBeLessThanOrEqual(0);
			await w.page.screenshot({ path: join(SHOTS, `embed-bilateral-trade-${width}.png`), fullPage: true });
			if (width === 320) {
				// …and again when the frame it sits in is resized.
				await w.page.setViewportSize({ width: 700, height: 900 });
				await w.page.waitForFunction(
					() =>
						Number(document.querySelector('figure[data-chart="bilateral-trade"] svg.chart')?.getAttribute('viewBox')?.split(' ')[2]) > 600
				);
				expect(await w.page.locator('figure[data-chart="bilateral-trade"] line.swatch').count()).toBe(0);
			}
			expect(w.consoleErrors).toEqual([]);
			await w.context.close();
		}
	});

	it('an embed carries the chart’s view in its link; a bad view parameter leaves the default', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/charts/bilateral-trade');
		await bilateralReady(w.page);
		await w.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').check();
		await w.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		await w.page.selectOption('figure[data-chart="bilateral-trade"] select[data-control="from"]', '2000');
		await w.page.locator('[data-embed-control="bilateral-trade"] summary').click();
		const snippet = await w.page.locator('[data-embed-control="bilateral-trade"] textarea').inputValue();
		expect(snippet).toContain(`<iframe src="${site.origin}/embed/bilateral-trade?side=CHN&amp;from=2000"`);

		const embed = await watchedPage(site.browser, site.origin);
		await open(embed.page, site.origin + '/embed/bilateral-trade?side=CHN&from=2000');
		await embed.page.waitForFunction(
			() => document.querySelectorAll('figure[data-chart="bilateral-trade"] path[data-mark="line"]').length === 2
		);
		await embed.page.waitForFunction(
			() => document.querySelector('figure[data-chart="bilateral-trade"] details table tbody tr th')?.textContent === '2000'
		);
		expect(await embed.page.locator('figure[data-chart="bilateral-trade"] input[value="CHN"]').isChecked()).toBe(true);

		const hostile = await watchedPage(site.browser, site.origin);
		await open(hostile.page, site.origin + '/embed/bilateral-trade?side=%3Cscript%3Ealert(1)%3C%2Fscript%3E&from=99999&to=abc');
		await bilateralReady(hostile.page);
		expect(await hostile.page.locator('figure[data-chart="bilateral-trade"] path[data-mark="line"]').count()).toBe(4);
		expect(hostile.requests.some((u) => u.endsWith('.wasm'))).toBe(false);
		expect([...w.consoleErrors, ...embed.consoleErrors, ...hostile.consoleErrors]).toEqual([]);
		await Promise.all([w.context.close(), embed.context.close(), hostile.context.close()]);
	});

	it('an embed in the dark theme: chosen in the control, carried in the link, drawn light on dark; an unknown theme is ignored', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/charts/public-opinion');
		await w.page.locator('[data-embed-control="public-opinion"] summary').click();
		await w.page.locator('[data-embed-control="public-opinion"] [data-embed-theme="dark"]').check();
		const snippet = await w.page.locator('[data-embed-control="public-opinion"] textarea').inputValue();
		expect(snippet).toContain(`<iframe src="${site.origin}/embed/public-opinion?theme=dark"`);

		const luminance = (page: Page, selector: string, property: 'color' | 'backgroundColor' | 'fill') =>
			page
				.locator(selector)
				.first()
				.evaluate((el, p) => {
					const [r, g, b] = (getComputedStyle(el)[p] ?? '').match(/\d+/g)!.map(Number);
					return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
				}, property);
		const dark = await watchedPage(site.browser, site.origin);
		await open(dark.page, site.origin + '/embed/public-opinion?theme=dark');
		expect(await dark.page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await luminance(dark.page, 'figure.chart-frame', 'backgroundColor')).toBeLessThan(0.2);
		expect(await luminance(dark.page, 'figure.chart-frame .title', 'color')).toBeGreaterThan(0.8);
		expect(await luminance(dark.page, 'figure.chart-frame text.series-label', 'fill')).toBeGreaterThan(0.4);
		await dark.page.screenshot({ path: join(SHOTS, 'embed-dark.png'), fullPage: true });

		const odd = await watchedPage(site.browser, site.origin);
		await open(odd.page, site.origin + '/embed/public-opinion?theme=%3Cb%3Ex');
		expect(await odd.page.getAttribute('html', 'data-theme')).toBeNull();
		expect(await luminance(odd.page, 'figure.chart-frame', 'backgroundColor')).toBeGreaterThan(0.9);
		expect([...w.consoleErrors, ...dark.consoleErrors, ...odd.consoleErrors]).toEqual([]);
		await Promise.all([w.context.close(), dark.context.close(), odd.context.close()]);
	});

	it('every chart on the site offers its embed code', async () => {
		const w = await watchedPage(site.browser, site.origin);
		await open(w.page, site.origin + '/charts/public-opinion');
		await w.page.locator('[data-embed-control="public-opinion"] summary').click();
		const snippet = await w.page.locator('[data-embed-control="public-opinion"] textarea').inputValue();
		expect(snippet).toContain(`<iframe src="${site.origin}/embed/public-opinion" title="`);
		expect(snippet).toContain('loading="lazy"');
		expect(snippet).toContain(`<script async src="${site.origin}/embed.js"></script>`);
		expect(await w.page.locator('[data-embed-control]').count()).toBe(1);
		await w.context.close();
	});
});
