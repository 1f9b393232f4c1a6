/**
 * How well the checker reads a text, against figures marked by hand (the figures ledger for the
 * source articles, the claims files of the development corpus):
 * - recall: marked figures found, in their paragraph, with their value (either sign) and unit;
 * - precision: figures shown that are marked figures;
 * - reading accuracy: found figures read with the right value (signed), reporter, partner, flow,
 *   period, measure and unit.
 * Figures are paired one to one in each paragraph, the best reading first.
 */
import { periodCode, type Claim } from './claim';
import { claimUnit } from './figure-rows';

/** A figure marked by hand, in the corpus's vocabulary. */
export interface GoldFigure {
	/** The Nth non-empty line of the text, from 1. */
	paragraph: number;
	asWritten: string;
	value: number;
	/** ISO 4217 code, pct, count or rank. */
	unit: string;
	/** value, change, share, rank, volume or other. */
	measure: string;
	reporter: string;
	partner: string;
	/** exports, imports, balance, total, or empty. */
	flow: string;
	/** 2024, 2024-06, 2024-Q2, 2019/2020, or empty. */
	period: string;
	note: string;
	/** False for a row that may pair with a claim without counting as missed (a ledger's date or duration). */
	counted?: boolean;
}

/** A field the marking leaves open: any reading of it is right. */
export const ANY = '*';

/** The fields of a reading, each right or wrong. */
export const READ_FIELDS = ['value', 'reporter', 'partner', 'flow', 'period', 'measure', 'unit'] as const;
export type ReadField = (typeof READ_FIELDS)[number];

/** A claim in the corpus's vocabulary. */
export interface Reading extends Record<ReadField, string> {
	paragraph: number;
}

const MEASURE: Partial<Record<Claim['measure'], string>> = {
	trade_value: 'value',
	trade_change: 'change',
	export_share: 'share',
	rank: 'rank'
};

/** A claim as the corpus would mark it. */
export function readingOf(c: Claim, paragraph: number): Reading {
	return {
		paragraph,
		value: String(c.value),
		unit: claimUnit(c),
		measure: MEASURE[c.measure] ?? 'other',
		reporter: c.reporter ?? '',
		partner: c.partner ?? c.partnerWords?.code ?? '',
		flow: c.flow ?? '',
		period: c.period ? periodCode(c.period) : c.year ? String(c.year) : ''
	};
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);

/** The same figure: its value (either sign) and unit. */
const sameFigure = (r: Reading, g: GoldFigure) => r.unit === g.unit && close(Math.abs(Number(r.value)), Math.abs(g.value));

/** The fields a reading gets wrong (empty for a right reading). A measure the gold leaves open (other) takes any series-less reading. */
export function wrongFields(r: Reading, g: GoldFigure): ReadField[] {
	const gold: Record<ReadField, string> = { ...g, value: String(g.value) };
	return READ_FIELDS.filter((f) => (f === 'value' ? !close(Number(r.value), g.value) : gold[f] !== ANY && r[f] !== gold[f]));
}

export interface Pair {
	gold: GoldFigure;
	claim: Claim;
	reading: Reading;
	wrong: ReadField[];
}

export interface Score {
	found: Pair[];
	missed: GoldFigure[];
	/** Claims shown that are no marked figure. */
	extra: { claim: Claim; reading: Reading }[];
	/** Claims shown. */
	shown: number;
}

/** The claims a reader is shown: every statement read as a measure, with a series or marked as having none. */
export const shownClaims = (claims: readonly Claim[]) => claims.filter((c) => c.measure !== 'other');

/** One text's score: its marked figures against the claims read from it; `paragraphOf` maps a text offset to its paragraph. */
export function scoreDocument(claims: readonly Claim[], gold: readonly GoldFigure[], paragraphOf: (offset: number) => number): Score {
	const shown = shownClaims(claims).map((claim) => ({ claim, reading: readingOf(claim, paragraphOf(claim.number.start)) }));
	const free = new Set(shown.keys());
	const found: Pair[] = [];
	const missed: GoldFigure[] = [];
	let absorbed = 0;
	for (const g of [...gold.filter((g) => g.counted !== false), ...gold.filter((g) => g.counted === false)]) {
		const candidates = [...free]
			.filter((i) => shown[i].reading.paragraph === g.paragraph && sameFigure(shown[i].reading, g))
			.map((i) => ({ i, wrong: wrongFields(shown[i].reading, g) }))
			.sort((a, b) => a.wrong.length - b.wrong.length || a.i - b.i);
		const best = candidates[0];
		if (!best) {
			if (g.counted !== false) missed.push(g);
			continue;
		}
		free.delete(best.i);
		if (g.counted === false) absorbed++;
		else found.push({ gold: g, ...shown[best.i], wrong: best.wrong });
	}
	return { found, missed, extra: [...free].map((i) => shown[i]), shown: shown.length - absorbed };
}

export interface Totals {
	marked: number;
	found: number;
	shown: number;
	right: number;
}

export const addScore = (t: Totals, s: Score): Totals => ({
	marked: t.marked + s.found.length + s.missed.length,
	found: t.found + s.found.length,
	shown: t.shown + s.shown,
	right: t.right + s.found.filter((p) => p.wrong.length === 0).length
});

export const ZERO: Totals = { marked: 0, found: 0, shown: 0, right: 0 };

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Recall, precision and reading accuracy of totals. */
export const rates = (t: Totals) => ({
	recall: ratio(t.found, t.marked),
	precision: ratio(t.found, t.shown),
	reading: ratio(t.right, t.found)
});
