/**
 * The years and bases a claim's words give where its sentence names no period of its own: "last
 * year", the latest full year published by the article's date, and what a change is measured from.
 */
import { basePeriod, type ChangeBase, type Claim, type ClaimPeriod } from './claim';
import type { CheckLang } from './phrases';
import type { PeriodAt } from './periods';
import { PREVIOUS, YEAR_AGO } from './trade-words';

/** "last year", "this year" and their French, relative to the article's year. */
const RELATIVE: { pattern: RegExp; offset: number }[] = [
	{ pattern: /\b(last year|a year earlier|l'an dernier|l'annee derniere|l'an passe)\b/g, offset: -1 },
	{ pattern: /\b(this year|cette annee)\b/g, offset: 0 }
];

/** "Last year" or "this year" nearest a number, with its distance: a relative year nearer than a written one wins ("Last year, 34% …, up from 21% in 2024"). */
export function relativeNear(words: string, at: number, date: string | undefined): { year: number; distance: number } | null {
	if (!date) return null;
	let best: { year: number; distance: number } | null = null;
	for (const r of RELATIVE)
		for (const m of words.matchAll(r.pattern)) {
			const distance = Math.abs(m.index - at);
			if (!best || distance < best.distance) best = { year: Number(date.slice(0, 4)) + r.offset, distance };
		}
	return best;
}

/**
 * The year a statement without one is of, where the text has no reference period. A trade figure in
 * the present tense is the latest full year published by the article's date (a year's figures come
 * out by the end of February of the next); a rank among partners is of the article's own year.
 */
export function yearWithout(measure: Claim['measure'], words: string, date: string | undefined): number | null {
	if (!date) return null;
	const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
	const relative = relativeNear(words, 0, date);
	if (relative) return relative.year;
	if (measure === 'trade_value' || measure === 'trade_change' || measure === 'export_share') return month <= 2 ? year - 2 : year - 1;
	return year;
}

export const yearPeriod = (year: number): ClaimPeriod => ({ kind: 'year', year, month: 12, months: 12 });

/** The base the words give a change: year on year, month on month, or a base period a year before; null where they give none. */
export function saidBase(words: string, lang: CheckLang, period: ClaimPeriod | null, basePeriods: readonly PeriodAt[]): ChangeBase | null {
	const has = (list: string[]) => list.some((w) => words.includes(w));
	if (has(YEAR_AGO[lang])) return 'year_ago';
	if (has(PREVIOUS[lang])) return 'previous';
	const yearAgo = period && basePeriod(period, 'year_ago');
	if (
		yearAgo &&
		basePeriods.some((p) => p.period.year === yearAgo.year && p.period.month === yearAgo.month && p.period.kind === period.kind)
	)
		return 'year_ago';
	if (period && basePeriods.length > 0) return 'previous';
	return null;
}

/**
 * What a change is measured from: what its clause says, else its sentence, else the base of the
 * paragraph's last change; else the period before for a month, a quarter or rolling months, and the
 * same period a year earlier for a year.
 */
export function baseOf(
	clause: { words: string; bases: readonly PeriodAt[] },
	sentence: { words: string; bases: readonly PeriodAt[] },
	lang: CheckLang,
	period: ClaimPeriod | null,
	carried: ChangeBase | null
): ChangeBase {
	return (
		saidBase(clause.words, lang, period, clause.bases) ??
		saidBase(sentence.words, lang, period, sentence.bases) ??
		carried ??
		(period && (period.kind === 'month' || period.kind === 'quarter' || period.kind === 'rolling') ? 'previous' : 'year_ago')
	);
}
