/** What the checker page makes of an article: its text, its cards, its CSV rows in the ledger's columns. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { articleDate, guessLang, looksLikeHtml, markdownText } from '../../src/lib/check/article-text';
import { sentenceAround } from '../../src/lib/check/card-text';
import { card, corrected, explorerQuery, isCorrected, noSeriesReason, tally, withOfficials } from '../../src/lib/check/check-card';
import { readClaims } from '../../src/lib/check/claims';
import { economyEntries, economyIndex } from '../../src/lib/check/economies';
import { FIGURE_COLUMNS, claimWords, figureRows, figuresCsv, paragraphOf } from '../../src/lib/check/figure-rows';
import { alias, economy } from '../helpers/check-fixtures';

const index = economyIndex(
	economyEntries(
		[economy('CAN', 'Canada', 'Canada'), economy('CHN', 'China', 'Chine'), economy('MEX', 'Mexico', 'Mexique')],
		alias('en', 'CAN', 'demonym', 'Canadian'),
		'en'
	)
);
const ARTICLE = [
	'Ottawa, 2026-03-04',
	'',
	'Canadian exports to Mexico rose 6.5% in 2025 to US$9.1 billion.',
	'A poll found 40% of Canadians view Mexico favourably.'
].join('\n');
const claims = readClaims(ARTICLE, 'en', index, { date: '2026-03-04' }).filter((c) => c.measure !== 'other');

describe('an article’s text', () => {
	it('finds the date, tells markup from text and English from French', () => {
		expect(articleDate(ARTICLE)).toBe('2026-03-04');
		expect(articleDate('no date here')).toBeUndefined();
		expect(looksLikeHtml('<p>Exports rose</p>')).toBe(true);
		expect(looksLikeHtml('Exports rose 5% <in 2025>')).toBe(false);
		expect(markdownText('See [the release](https://example.org/2025/10/04) and ![chart](c-2024.png).')).toBe('See the release and chart.');
		expect(guessLang('The exports of Canada to the United States fell.', 'fr')).toBe('en');
		expect(guessLang('Les exportations du Canada vers la Chine ont chuté et les importations aussi.', 'en')).toBe('fr');
		expect(guessLang('9,1 %', 'fr')).toBe('fr');
	});
});

describe('cards', () => {
	it('a trade claim links to its series in the explorer; a poll says why it has none', () => {
		const [change, value, poll] = claims.map((c, i) => card(c, i + 1));
		expect(Object.fromEntries(explorerQuery(change.claim) ?? [])).toEqual({
			reporter: 'CAN',
			partners: 'MEX',
			flow: 'exports',
			measure: 'change',
			from: '2015',
			to: '2025'
		});
		expect(explorerQuery(value.claim)?.get('measure')).toBe('value');
		expect(explorerQuery(poll.claim)).toBeNull();
		expect(noSeriesReason(poll.claim)).toBe('poll');
		expect(noSeriesReason({ ...change.claim, partner: null })).toBe('partner');
		expect(noSeriesReason({ ...change.claim, partner: 'CAN' })).toBe('same');
	});

	it('a correction is kept beside what was read, and clears the verdict until checked again', () => {
		const first = withOfficials(card(claims[0], 1), {
			own: { value: 6.52, months: 12, sourceIds: ['s'] },
			mirror: null,
			other: null
		});
		expect(first.checked?.verdict).toBe('matches');
		const fixed = corrected(first, { partner: 'CHN', year: 2024 });
		expect(isCorrected(fixed)).toBe(true);
		expect(fixed.read.partner).toBe('MEX');
		expect(fixed.checked).toBeNull();
		expect(tally([first, fixed])).toEqual({ matches: 1, differs: 0, no_series: 0, pending: 1 });
	});

	it('a long sentence is shown around its number, cut at words', () => {
		const long = readClaims(`${'word '.repeat(120)}Canadian exports to China fell 9% in 2025, ${'more '.repeat(120)}end.`, 'en', index)[0];
		const shown = sentenceAround(long, 120);
		expect(shown.number).toBe('9%');
		expect(shown.before.startsWith('…')).toBe(true);
		expect(shown.after.endsWith('…')).toBe(true);
		expect(shown.before.length + shown.after.length).toBeLessThanOrEqual(122);
	});
});

describe('rows for the figures ledger', () => {
	const rows = figureRows(
		claims.map((c, i) => card(c, i + 1)),
		{ text: ARTICLE, sourceId: 'my_article' }
	);

	it('fill every column of data/figures.csv, in its order, in the project’s words', () => {
		const header = readFileSync('data/figures.csv', 'utf8').split('\n')[0];
		expect(FIGURE_COLUMNS.join(',')).toBe(header);
		const csv = figuresCsv(rows);
		expect(csv.split('\n')[0]).toBe(header);
		const back = parse(csv, { columns: true }) as Record<string, string>[];
		expect(back).toHaveLength(3);
		expect(back[0]).toMatchObject({
			figure_id: 'check-trade-change-can-mex-exports-2025',
			measure: 'trade_change',
			reporter: 'CAN',
			partner: 'MEX',
			flow: 'exports',
			scope: 'all_goods',
			period_start: '2025-01-01',
			period_end: '2025-12-31',
			value: '6.5',
			unit: 'pct',
			qualifier: 'exact',
			status: 'reported',
			source_id: 'my_article',
			locator: '¶2',
			as_written: '6.5%'
		});
		expect(back[1]).toMatchObject({ measure: 'trade_value', value: '9100000000', unit: 'USD' });
		expect(back[2]).toMatchObject({ measure: 'favourability', flow: '', scope: '', unit: 'pct', locator: '¶3' });
		// The claim is restated, never the article's sentence.
		for (const [i, row] of back.entries()) {
			expect(ARTICLE).not.toContain(row.claim);
			expect(row.claim).toBe(claimWords(claims[i]));
		}
	});

	it('number a paragraph as the ledger does: the nth non-empty line', () => {
		expect(paragraphOf('a\n\nb\nc', 3)).toBe(2);
		expect(paragraphOf('a\n\nb\nc', 0)).toBe(1);
		expect(paragraphOf('a\n\nb\nc', 6)).toBe(3);
	});

	it('repeated readings get ids of their own', () => {
		const twice = figureRows([card(claims[0], 1), card(claims[0], 2)], { text: ARTICLE, sourceId: 'a' });
		expect(new Set(twice.map((r) => r.figure_id)).size).toBe(2);
	});
});
