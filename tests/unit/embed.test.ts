/** The embed snippet a reporter copies: an escaped iframe of /embed/<id> and the sizing script. */
import { translator } from '../../src/lib/i18n/translate';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHT, HEIGHT_MESSAGE, embedSnippet, embedUrl } from '../../src/lib/embed/embed-snippet';
import { chartCsv, exportFileName } from '../../src/lib/export/chart-csv';
import { cardsSvg } from '../../src/lib/charts/cards-svg';
import { composeSvg } from '../../src/lib/export/compose-svg';
import { LIGHT_COLOURS, wrapText } from '../../src/lib/charts/svg-text';
import { ROOT } from '../helpers/project';

describe('embedSnippet', () => {
	it('is a lazy, titled iframe of the embed page and the sizing script, from the site’s origin', () => {
		expect(embedSnippet('https://tradelens.example', 'public-opinion', 'Canadians’ views', { locale: 'en' })).toBe(
			`<iframe src="https://tradelens.example/embed/public-opinion" title="Canadians’ views (Trade Lens chart)" loading="lazy" ` +
				`width="100%" height="${DEFAULT_HEIGHT}" style="border:0;width:100%;max-width:1200px" data-trade-lens-embed></iframe>\n<script ` +
				`async src="https://tradelens.example/embed.js"></script>`
		);
	});

	it('carries the chart’s view in the embed link, escaped in the attribute', () => {
		expect(embedUrl('https://tradelens.example', 'bilateral-trade', { viewQuery: 'side=CHN&from=2000', locale: 'en' })).toBe(
			'https://tradelens.example/embed/bilateral-trade?side=CHN&from=2000'
		);
		expect(embedUrl('https://tradelens.example', 'bilateral-trade', { viewQuery: 'side=CHN', theme: 'dark', locale: 'en' })).toBe(
			'https://tradelens.example/embed/bilateral-trade?side=CHN&theme=dark'
		);
		expect(embedUrl('https://tradelens.example', 'ev-quota', { theme: 'auto', locale: 'en' })).toBe(
			'https://tradelens.example/embed/ev-quota?theme=auto'
		);
		expect(embedUrl('https://tradelens.example', 'ev-quota', { theme: 'light', locale: 'en' })).toBe(
			'https://tradelens.example/embed/ev-quota'
		);
		expect(embedSnippet('https://tradelens.example', 'bilateral-trade', 'T', { viewQuery: 'side=CHN&from=2000', locale: 'en' })).toContain(
			'src="https://tradelens.example/embed/bilateral-trade?side=CHN&amp;from=2000"'
		);
	});

	it('escapes a title that holds quotes or markup', () => {
		const snippet = embedSnippet('https://tradelens.example', 'ev-quota', 'A "quoted" <b>title</b> & more', { locale: 'en' });
		expect(snippet).toContain('title="A &quot;quoted&quot; &lt;b>title&lt;/b> &amp; more (Trade Lens chart)"');
	});

	/** static/embed.js run on a page of another site that holds two Trade Lens iframes and one of its own. */
	async function embedPage() {
		const code = await readFile(join(ROOT, 'static', 'embed.js'), 'utf8');
		const frame = (src: string) => ({ src, contentWindow: {}, style: { height: '' } });
		const frames = [
			frame('https://tradelens.example/embed/ev-quota'),
			frame('https://tradelens.example/embed/opinion'),
			frame('https://other.example/x')
		];
		const listeners: ((event: { origin: string; source: unknown; data: unknown }) => void)[] = [];
		const window = { addEventListener: (_type: string, listener: (typeof listeners)[number]) => listeners.push(listener) };
		const page = {
			window,
			document: { currentScript: { src: 'https://tradelens.example/embed.js' }, querySelectorAll: () => frames },
			location: { href: 'https://news.example/story' },
			URL,
			isFinite,
			Math
		};
		runInNewContext(code, page);
		runInNewContext(code, page);
		const post = (origin: string, from: number, data: unknown) =>
			listeners.forEach((l) => l({ origin, source: frames[from].contentWindow, data }));
		return { frames, listeners, post, heights: () => frames.map((f) => f.style.height) };
	}

	it('the sizing script resizes only the iframe that sent the message, and only from its own site', async () => {
		const page = await embedPage();
		expect(page.listeners).toHaveLength(1);
		page.post('https://tradelens.example', 0, { type: HEIGHT_MESSAGE, id: 'ev-quota', height: 640.2 });
		expect(page.heights()).toEqual(['641px', '', '']);
		page.post('https://evil.example', 1, { type: HEIGHT_MESSAGE, id: 'opinion', height: 900 });
		page.post('https://tradelens.example', 1, { type: 'other', id: 'opinion', height: 900 });
		page.post('https://tradelens.example', 1, { type: HEIGHT_MESSAGE, id: 'opinion', height: Number.NaN });
		page.post('https://tradelens.example', 2, { type: HEIGHT_MESSAGE, id: 'x', height: 900 });
		expect(page.heights()).toEqual(['641px', '', '']);
		page.post('https://tradelens.example', 1, { type: HEIGHT_MESSAGE, id: 'opinion', height: 10 });
		page.post('https://tradelens.example', 0, { type: HEIGHT_MESSAGE, id: 'ev-quota', height: 1e9 });
		expect(page.heights()).toEqual(['4000px', '120px', '']);
	});
});

describe('chart exports', () => {
	it('wraps text at spaces by an estimated width', () => {
		expect(wrapText('one two three four five six', 60, 10)).toEqual(['one two', 'three four', 'five six']);
		expect(wrapText('', 100, 10)).toEqual([]);
	});

	it('composes the drawing under its title and takeaway, above the source line and the credit, escaping text', () => {
		const { svg, width, height } = composeSvg('<svg viewBox="0 0 720 380"><rect width="10" height="10"/></svg>', 720, 380, {
			title: 'Trade <&> "tariffs"',
			takeaway: 'A short takeaway.',
			sourceLine: 'Source: IMF, Direction of Trade Statistics.',
			link: 'https://tradelens.example/charts/bilateral-trade'
		});
		expect(width).toBe(752);
		expect(height).toBeGreaterThan(380 + 60);
		expect(svg).toContain('<title>Trade &lt;&amp;&gt; &quot;tariffs&quot;</title>');
		expect(svg).toMatch(/<svg x="16" y="[\d.]+" width="720" height="380" viewBox="0 0 720 380">/);
		expect(svg).toContain('>Source: IMF, Direction of Trade Statistics.</text>');
		expect(svg).toContain('>Trade Lens · https://tradelens.example/charts/bilateral-trade</text>');
	});

	it('draws figure cards in rows by width, in the colours given, escaping their text', () => {
		const cards = [
			{ label: 'China’s imports <from> Canada', value: 'US$41.7B', detail: '−10.4% on 2024' },
			{ label: 'US share', value: '~75%', detail: 'as quoted', official: 'Statistics Canada gives 75.9%.' },
			{ label: 'China share', value: '<4%', detail: 'as quoted' }
		];
		const wide = cardsSvg(cards, 900, LIGHT_COLOURS);
		const narrow = cardsSvg(cards, 320, { ...LIGHT_COLOURS, background: '#1b1f24', ink: '#e8e8e8' });
		expect(wide.markup.match(/<rect /g)).toHaveLength(6);
		expect(wide.markup).toContain('>China’s imports &lt;from&gt; Canada</text>');
		expect(wide.markup).toContain('>&lt;4%</text>');
		expect(narrow.height).toBeGreaterThan(2.5 * wide.height);
		expect(narrow.markup).toContain('fill="#e8e8e8"');
		const composed = composeSvg(
			narrow.markup,
			narrow.width,
			narrow.height,
			{ title: 'T', takeaway: 'K', sourceLine: 'S', link: 'L' },
			{ ...LIGHT_COLOURS, background: '#1b1f24' }
		);
		expect(composed.svg).toContain('<rect width="100%" height="100%" fill="#1b1f24"/>');
	});

	it('writes the table’s raw values under its headers, with its citation in # lines', () => {
		const csv = chartCsv(
			{
				caption: 'c',
				columns: [
					{ key: 'year', label: 'Year' },
					{ key: 'CHN', label: 'China, "mirror"', numeric: true }
				],
				rows: [
					{ year: '2024', CHN: 41.7e9 },
					{ year: '2025', CHN: null }
				]
			},
			{ title: 'Title\nwith a break', sourceLine: 'Source: IMF.', link: 'https://tradelens.example/charts/x', accessed: '2026-11-23' },
			translator('en')
		);
		expect(csv).toBe(
			'# Title with a break\n# Source: IMF.\n# Trade Lens chart: https://tradelens.example/charts/x\n# Accessed 2026-11-23\nYear,"China, ""mirror"""\n2024,41700000000\n2025,\n'
		);
		expect(exportFileName('ev-quota', 'png')).toBe('trade-lens-ev-quota.png');
	});
});
