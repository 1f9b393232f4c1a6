/**
 * The article checker in Chromium: an article pasted and checked against DuckDB-WASM, a reading
 * corrected and checked again, the CSV read back by DuckDB, hostile HTML shown as text, files
 * dropped in, the one-page print, French, and axe-core on the cards.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { watchedPage } from '../helpers/browser';
import { ROOT } from '../helpers/project';
import { SHOTS, open, useSite } from '../helpers/site';

const site = useSite();
const fixture = (name: string) => readFile(join(ROOT, 'tests', 'fixtures', name), 'utf8');
const done = (page: Page) => page.waitForSelector('[role="status"][data-phase="done"]', { timeout: 60_000 });
/** A card by the number as the article writes it. */
const cardOf = (page: Page, written: string) => page.locator('article.card', { has: page.locator('h3 .written', { hasText: written }) });

describe('checking an article', () => {
	it('a pasted article’s figures set against the official series, corrected, downloaded and printed', async () => {
		const w = await watchedPage(site.browser, site.origin, { acceptDownloads: true });
		await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
		await open(w.page, site.origin + '/check');
		// A real paste: the text on the clipboard, Ctrl+V in the empty box, and the check starts by itself.
		const article = await fixture('check-article-en.txt');
		await w.page.evaluate((text) => navigator.clipboard.writeText(text), article);
		await w.page.focus('#article');
		await w.page.keyboard.press('Control+V');
		await done(w.page);
		expect(await w.page.inputValue('input[name="date"]')).toBe('2026-01-20');
		expect(await w.page.locator('[role="status"]').innerText()).toContain('Figures read: 6. Matching the official series: 4.');

		// China's customs: −10.4% to US$41.7B; Canada's own figures go the other way.
		const change = cardOf(w.page, '10.4%');
		expect(await change.getAttribute('data-verdict')).toBe('matches');
		expect(await change.locator('mark').innerText()).toBe('10.4%');
		expect(await change.locator('[data-field="reporter"]').innerText()).toBe('China');
		expect(await change.locator('[data-field="partner"]').innerText()).toBe('Canada');
		expect(await change.locator('[data-field="year"]').innerText()).toBe('2025');
		expect(await change.locator('[data-side="own"]').innerText()).toContain('−10.5%');
		expect(await change.locator('[data-side="mirror"]').innerText()).toMatch(/\+14\.7%.*opposite direction/);
		expect(await change.locator('a', { hasText: 'See the series in the explorer' }).getAttribute('href')).toBe(
			'/explore?reporter=CHN&partners=CAN&flow=imports&measure=change&from=2015&to=2025'
		);
		expect(await cardOf(w.page, 'US$41.7 billion').getAttribute('data-verdict')).toBe('matches');
		// The shares against Statistics Canada's 76.3% and 3.8%; the poll has no series and says so.
		expect(await cardOf(w.page, 'Roughly 75%').locator('[data-side="own"]').innerText()).toMatch(
			/76\.3%.*Canadian International Merchandise Trade/
		);
		expect(await cardOf(w.page, 'under 4%').locator('[data-side="own"]').innerText()).toContain('3.8%');
		const poll = cardOf(w.page, '34%');
		expect(await poll.getAttribute('data-verdict')).toBe('no_series');
		expect(await poll.locator('.why').innerText()).toBe('A poll: no trade series answers it.');

		// A correction: the 75% read as going to Mexico instead is checked again, and differs.
		const share = cardOf(w.page, 'Roughly 75%');
		await share.locator('summary').click();
		await share.locator('select[name="partner"]').selectOption('MEX');
		await share.locator('button[type="submit"]').click();
		await w.page.waitForFunction(() => document.querySelector('article.card[data-n="3"]')?.getAttribute('data-verdict') === 'differs');
		expect(await share.locator('[data-field="partner"]').innerText()).toBe('Mexico');
		expect(await share.locator('.note').innerText()).toBe('Corrected; first read as Canada → United States, exports, 2024.');

		// The CSV, in the ledger's columns, read back by DuckDB with the correction in it.
		await w.page.fill('input[name="source"]', 'test_story');
		const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-action="download-csv"]')]);
		expect(download.suggestedFilename()).toBe('trade-lens-check-test_story.csv');
		const path = join(SHOTS, '..', download.suggestedFilename());
		await download.saveAs(path);
		const db = await (await DuckDBInstance.create(':memory:')).connect();
		const read = await db.runAndReadAll(`SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`);
		const header = (await readFile(join(ROOT, 'data', 'figures.csv'), 'utf8')).split('\n')[0];
		expect(read.columnNames().join(',')).toBe(header);
		const rows = read.getRowObjectsJS() as Record<string, string | null>[];
		db.closeSync();
		expect(rows).toHaveLength(6);
		expect(rows[0]).toMatchObject({ measure: 'trade_change', reporter: 'CHN', partner: 'CAN', value: '-10.4', unit: 'pct', locator: '¶2' });
		expect(rows[2]).toMatchObject({
			measure: 'export_share',
			reporter: 'CAN',
			partner: 'MEX',
			qualifier: 'about',
			source_id: 'test_story'
		});
		for (const row of rows) expect(article).not.toContain(row.claim);

		// The report prints on one page.
		const pdf = (await w.page.pdf({ format: 'Letter' })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);

		// Every card's correction form is the same markup: axe sees one open (the corrected card's).
		expect(await axeViolations(w.page)).toEqual([]);
		await w.page.screenshot({ path: join(SHOTS, 'check.png'), fullPage: true });
		expect(w.consoleErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
		await w.context.close();
	});

	it('hostile HTML is read as text, never run; files are read in the tab, and a wrong one is named; French', async () => {
		const w = await watchedPage(site.browser, site.origin, { width: 320 });
		await open(w.page, site.origin + '/fr/check');
		await w.page.fill(
			'#article',
			'<p>Les exportations canadiennes vers la Chine ont augmenté de 14,7 % en 2025.<img src="/x.png" onerror="window.__hostile = 1"><script>window.__hostile = 2</script></p>'
		);
		await w.page.click('[data-action="check"]');
		await done(w.page);
		expect(await w.page.evaluate(() => (window as { __hostile?: number }).__hostile)).toBeUndefined();
		expect(await w.page.locator('main img, main script').count()).toBe(0);
		expect(w.requests.some((r) => r.endsWith('/x.png'))).toBe(false);
		expect(await w.page.inputValue('#article')).toBe('Les exportations canadiennes vers la Chine ont augmenté de 14,7 % en 2025.');
		const card = cardOf(w.page, '14,7 %');
		expect(await card.locator('.sentence').innerText()).toContain('vers la Chine ont augmenté de 14,7 % en 2025');
		expect(await card.locator('.verdict').innerText()).toBe('✓ Conforme');

		// A French article from a file: read in French, its figures beside the series.
		await w.page.setInputFiles('input[type="file"]', {
			name: 'article.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(await fixture('check-article-fr.txt'))
		});
		await w.page.waitForFunction(() => document.querySelector('[role="status"]')?.getAttribute('data-cards') === '4');
		await done(w.page);
		expect(await w.page.locator('select[name="lang"]').inputValue()).toBe('fr');
		expect(await cardOf(w.page, '41,7 milliards de dollars américains').getAttribute('data-verdict')).toBe('matches');
		expect(await cardOf(w.page, 'moins de 4 %').locator('[data-side="own"]').innerText()).toContain('3,8');
		await cardOf(w.page, 'moins de 4 %').locator('summary').click();
		expect(await axeViolations(w.page)).toEqual([]);
		await w.page.screenshot({ path: join(SHOTS, 'check-fr-320.png'), fullPage: true });
		expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

		// An HTML file is reduced to text, with its date; a PDF is refused by name; nothing already shown is lost.
		await w.page.setInputFiles('input[type="file"]', {
			name: 'story.html',
			mimeType: 'text/html',
			buffer: Buffer.from(
				'<html><head><meta property="article:published_time" content="2026-02-03T10:00:00Z"><style>p{}</style></head><body><h1>Trade</h1><p>Canada’s exports to China rose 14.7% in 2025.</p></body></html>'
			)
		});
		await w.page.waitForFunction(() => document.querySelector('[role="status"]')?.getAttribute('data-cards') === '1');
		await done(w.page);
		expect(await w.page.inputValue('input[name="date"]')).toBe('2026-02-03');
		expect(await w.page.inputValue('#article')).toBe('Trade\nCanada’s exports to China rose 14.7% in 2025.');
		expect(await cardOf(w.page, '14.7%').getAttribute('data-verdict')).toBe('matches');
		await w.page.setInputFiles('input[type="file"]', { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
		expect(await w.page.locator('[role="alert"]').innerText()).toBe(
			'« report.pdf » n’est pas un fichier que Trade Lens lit comme un article. Choisissez un fichier .txt, .md, .html, .htm.'
		);
		expect(await w.page.locator('article.card').count()).toBe(1);
		expect(w.consoleErrors).toEqual([]);
		expect(w.foreignRequests).toEqual([]);
		await w.context.close();

		// Without JavaScript the page says why it cannot check.
		const off = await watchedPage(site.browser, site.origin, { javaScriptEnabled: false });
		await open(off.page, site.origin + '/check', { hydrated: false });
		expect(await off.page.locator('main').innerText()).toContain('it needs JavaScript');
		await off.context.close();
	});

	it('a monthly release: its period, base, balance and implied currency in both languages, and why a euro figure has no series', async () => {
		const release =
			"In June, Canada's merchandise exports increased 5.5%, while imports rose 1.9%. Canada's merchandise trade balance with the world moved from a deficit of $1.6 billion in May to a surplus of $638 million in June.\n\nIn the fourth quarter of 2024 the EU recorded a trade surplus of €27.2 billion.";
		for (const [path, words] of [
			[
				'/check',
				{ june: 'June 2024', base: 'vs the month before', deficit: 'deficit of C$1.6B', implied: 'CAD (implied from the publisher)' }
			],
			[
				'/fr/check',
				{ june: 'juin 2024', base: 'par rapport au mois précédent', deficit: 'déficit de 1,6 G $ CA', implied: 'CAD (implicite' }
			]
		] as const) {
			const w = await watchedPage(site.browser, site.origin, { width: 320 });
			await open(w.page, site.origin + path);
			await w.page.fill('input[name="date"]', '2024-08-06');
			await w.page.fill('#article', release);
			await w.page.click('[data-action="check"]');
			await done(w.page);
			const exports = cardOf(w.page, '5.5%');
			expect(await exports.locator('[data-field="year"]').innerText()).toBe(words.june);
			expect(await exports.locator('[data-field="value"]').innerText()).toContain(words.base);
			const deficit = cardOf(w.page, '$1.6 billion');
			expect((await deficit.locator('[data-field="value"]').innerText()).replace(/[\u00a0\u202f]/g, ' ')).toContain(words.deficit);
			expect(await deficit.locator('[data-field="currency"]').innerText()).toContain(words.implied);
			expect(await deficit.locator('.links a').getAttribute('href')).toContain('flow=balance');
			const euros = cardOf(w.page, '€27.2 billion');
			expect(await euros.getAttribute('data-verdict')).toBe('no_series');
			expect(await euros.locator('.why').innerText()).toContain('EUR');
			expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
			expect(await axeViolations(w.page)).toEqual([]);
			await w.page.screenshot({ path: join(SHOTS, `check-release-${path.startsWith('/fr') ? 'fr' : 'en'}-320.png`), fullPage: true });
			expect(w.consoleErrors).toEqual([]);
			await w.context.close();
		}
	});
});
