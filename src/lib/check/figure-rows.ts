/**
 * Checked claims as rows of `data/figures.csv`, in its own columns, so a checked figure can join the
 * ledger by the README's "Adding a figure" route. The claim is restated in the project's words, never
 * copied from the article; the note says what the check found.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { countryName } from '$lib/schema/country-names';
import { figures } from '$lib/schema/tables';
import { TRADE_MEASURES, type Claim } from './claims';
import type { CheckCard } from './check-card';

export const FIGURE_COLUMNS: readonly string[] = figures.columns.map((c) => c.name);
export type FigureRow = Record<(typeof figures.columns)[number]['name'], string>;

/** The ledger's unit for a number's unit: per cent is `pct`; money, counts, ranks and years keep their names. */
export const ledgerUnit = (unit: Claim['number']['unit']): string => (unit === 'percent' ? 'pct' : unit);

const name = (code: string | null) => (code ? countryName(code, 'en') : 'an economy not read');
const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

/** The claim in the project's words: what it is about and the figure as read. */
export function claimWords(c: Claim): string {
	const year = c.year ? `${c.year} ` : '';
	const flow = c.flow === 'imports' ? 'imports from' : c.flow === 'exports' ? 'exports to' : 'trade with';
	const about = `${name(c.reporter)}'s ${year}${flow} ${name(c.partner)}`;
	const figure = `${c.number.qualifier === 'exact' ? '' : `${c.number.qualifier.replace('_', ' ')} `}${c.number.text.trim()}`;
	switch (c.measure) {
		case 'trade_value':
			return `The article puts ${about} at ${figure}.`;
		case 'trade_change':
			return `The article gives a change of ${c.value > 0 ? '+' : ''}${c.value}% in ${about}.`;
		case 'export_share':
			return `The article gives ${name(c.partner)} a share of ${figure} of ${name(c.reporter)}'s ${year}${c.flow ?? 'trade'}.`;
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

function noteOf(card: CheckCard): string {
	const ch = card.checked;
	if (!ch || ch.verdict === 'no_series') return 'Checked with Trade Lens: no official series answers it.';
	const fig = (v: number) => (card.claim.number.unit === 'percent' ? `${Math.round(v * 100) / 100}%` : String(Math.round(v)));
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
		const base = slug(['check', c.measure, c.reporter, c.partner, c.flow, c.year].filter(Boolean).join('-'));
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
			scope: TRADE_MEASURES.has(c.measure) ? (/manufactur/i.test(c.sentence.text) ? 'manufactured_goods' : 'all_goods') : '',
			period_start: c.year ? `${c.year}-01-01` : '',
			period_end: c.year ? `${c.year}-12-31` : '',
			value: String(c.value),
			unit: ledgerUnit(c.number.unit),
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
