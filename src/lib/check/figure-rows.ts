/**
 * Checked claims as rows of `data/figures.csv`, in its own columns, so a checked figure can join the
 * ledger by the README's "Adding a figure" route. The claim is restated in the project's words, never
 * copied from the article; the note says what the check found.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { countryName } from '$lib/schema/country-names';
import { figures } from '$lib/schema/tables';
import { periodDates, type ClaimPeriod } from './claim';
import { TRADE_MEASURES, type Claim } from './claims';
import { noSeriesCause, type NoSeriesKey } from './no-series';
import { moneyCurrency } from './series-ask';
import type { CheckCard } from './check-card';

export const FIGURE_COLUMNS: readonly string[] = figures.columns.map((c) => c.name);
export type FigureRow = Record<(typeof figures.columns)[number]['name'], string>;

/** The ledger's unit for a number's unit: per cent is `pct`; money, counts, ranks and years keep their names. */
export const ledgerUnit = (unit: Claim['number']['unit']): string => (unit === 'percent' ? 'pct' : unit);

/** The ledger's unit for a claim: an amount in its ISO 4217 code (EUR, GBP…), anything else by its number's unit. */
export const claimUnit = (c: Pick<Claim, 'currency' | 'number'>): string => moneyCurrency(c) ?? ledgerUnit(c.number.unit);

const name = (code: string | null) => (code ? countryName(code, 'en') : 'an economy not read');
const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const COUNT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const QUARTER_WORDS = ['first', 'second', 'third', 'fourth'];

/** A period in words: June 2024, the second quarter of 2024, January–July 2019, the three months to January 2025, the year to October 2020. */
export function periodWords(p: ClaimPeriod): string {
	const month = `${MONTH_NAMES[p.month - 1]} ${p.year}`;
	switch (p.kind) {
		case 'year':
			return String(p.year);
		case 'month':
			return month;
		case 'quarter':
			return `the ${QUARTER_WORDS[Math.ceil(p.month / 3) - 1]} quarter of ${p.year}`;
		case 'ytd':
			return p.month === 1 ? month : `${MONTH_NAMES[0]}–${month}`;
		case 'rolling':
			return `the ${COUNT_WORDS[p.months] ?? p.months} months to ${month}${p.average ? ' (monthly average)' : ''}`;
		case 'year_ended':
			return `the year to ${month}`;
	}
}

const BASE_WORDS: Record<NonNullable<Claim['base']>, string> = { previous: 'on the period before', year_ago: 'on a year earlier' };

/** The claim in the project's words: what it is about and the figure as read. */
export function claimWords(c: Claim): string {
	const when = c.period && c.period.kind !== 'year' ? `in ${periodWords(c.period)}` : '';
	const year = !when && c.year ? `${c.year} ` : '';
	const flow =
		c.flow === 'imports'
			? 'imports from'
			: c.flow === 'exports'
				? 'exports to'
				: c.flow === 'balance'
					? 'trade balance with'
					: 'trade with';
	const about = `${name(c.reporter)}'s ${year}${flow} ${name(c.partner)}${when ? ` ${when}` : ''}`;
	const figure = `${c.number.qualifier === 'exact' ? '' : `${c.number.qualifier.replace('_', ' ')} `}${c.number.text.trim()}`;
	const base = c.base ? ` ${BASE_WORDS[c.base]}` : '';
	switch (c.measure) {
		case 'trade_value':
			return `The article puts ${about} at ${figure}${c.flow === 'balance' ? ` (${c.value < 0 ? 'a deficit' : 'a surplus'})` : ''}.`;
		case 'trade_change':
			return c.number.unit === 'percent'
				? `The article gives a change of ${c.value > 0 ? '+' : ''}${c.value}%${base} in ${about}.`
				: `The article gives a change of ${figure}${base} in ${about}.`;
		case 'export_share':
			return `The article gives ${name(c.partner)} a share of ${figure} of ${name(c.reporter)}'s ${year}${c.flow ?? 'trade'}${when ? ` ${when}` : ''}.`;
		case 'rank':
			return `The article ranks ${name(c.partner)} number ${c.value} among ${name(c.reporter)}'s ${year}partners.`;
		case 'favourability':
			return `A poll cited by the article gives ${figure} holding a favourable view.`;
		case 'tariff_rate':
			return `The article cites a tariff rate of ${figure}.`;
		default:
			return `The article cites ${figure}.`;
	}
}

/** The nth non-empty line of the text holding an offset: the ledger's `¶N`. */
export function paragraphOf(text: string, offset: number): number {
	let n = 0;
	for (const line of text.slice(0, offset + 1).split('\n')) if (line.trim()) n++;
	return Math.max(n, 1);
}

/** The ledger's scope: services, goods and services, or which goods (manufactured goods where the sentence says so). */
const scopeOf = (c: Claim): string =>
	c.scope === 'services'
		? 'services'
		: c.scope === 'goods_and_services'
			? 'goods_and_services'
			: /manufactur/i.test(c.sentence.text)
				? 'manufactured_goods'
				: 'all_goods';

/** Why no series answers a claim, in the ledger's words. */
const CAUSE_WORDS: Record<NoSeriesKey, (params: Record<string, string>) => string> = {
	services: () => 'the tables hold trade in goods only',
	volume: () => 'the tables hold current values, not volumes',
	adjusted: () => 'a change from the period before is measured on seasonally adjusted figures, and the monthly series are not adjusted',
	currency: (p) => `no series is in ${p.currency}`,
	source: (p) => `no source of the tables publishes ${name(p.reporter ?? null)}'s figures for that time`,
	period: () => 'the tables do not cover that period'
};

function noteOf(card: CheckCard): string {
	const ch = card.checked;
	if (!ch || ch.verdict === 'no_series') {
		const why = noSeriesCause(card.claim, card.officials);
		return `Checked with Trade Lens: no official series answers it${why ? ` (${CAUSE_WORDS[why.key](why.params)})` : ''}.`;
	}
	const fig = (v: number) =>
		card.claim.number.unit === 'percent' ? `${Math.round(v * 100) / 100}%` : `${Math.round(v)} ${claimUnit(card.claim)}`;
	const parts = [`Checked with Trade Lens: ${ch.verdict === 'matches' ? 'matches' : 'differs from'} the official series`];
	if (ch.own) parts.push(`the reporter's own figure ${fig(ch.own.value)} (${ch.own.sourceIds.join(', ')})`);
	if (ch.mirror) parts.push(`the partner's mirror figure ${fig(ch.mirror.value)} (${ch.mirror.sourceIds.join(', ')})`);
	if (ch.mirrorMatches) parts.push('the mirror matches instead');
	return `${parts.join('; ')}.`;
}

export function figureRows(cards: readonly CheckCard[], article: { text: string; sourceId: string }): FigureRow[] {
	const used = new Map<string, number>();
	return cards.map((card) => {
		const c = card.claim;
		const period = c.period ? periodDates(c.period) : c.year ? { start: `${c.year}-01-01`, end: `${c.year}-12-31` } : null;
		// A month by itself (2024-06), a span by its first and last month (2019-01-2019-07), a year as before.
		const months = period ? [period.start.slice(0, 7), period.end.slice(0, 7)] : [];
		const when = c.period && c.period.kind !== 'year' ? [...new Set(months)].join('-') : c.year;
		const base = slug(['check', c.measure, c.reporter, c.partner, c.flow, when].filter(Boolean).join('-'));
		const seen = (used.get(base) ?? 0) + 1;
		used.set(base, seen);
		return {
			figure_id: seen > 1 ? `${base}-${seen}` : base,
			claim: claimWords(c),
			measure: c.measure,
			reporter: c.reporter ?? '',
			partner: c.partner ?? '',
			flow: TRADE_MEASURES.has(c.measure) ? (c.flow ?? '') : '',
			product: '',
			scope: TRADE_MEASURES.has(c.measure) ? scopeOf(c) : '',
			period_start: period?.start ?? '',
			period_end: period?.end ?? '',
			value: String(c.value),
			unit: claimUnit(c),
			qualifier: c.number.qualifier,
			status: 'reported',
			source_id: article.sourceId,
			locator: `¶${paragraphOf(article.text, c.number.start)}`,
			as_written: c.number.text.trim(),
			note: noteOf(card),
			related: ''
		};
	});
}

/** The rows as CSV, the ledger's header first. */
export const figuresCsv = (rows: readonly FigureRow[]): string =>
	stringify(rows as FigureRow[], { header: true, columns: [...FIGURE_COLUMNS], record_delimiter: '\n' });
