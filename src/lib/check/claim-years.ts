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

/** What a change is measured from: the words say (year on year, month on month), or a base period a year before, or the period before. */
export function baseOf(
	words: string,
	lang: CheckLang,
	period: ClaimPeriod | null,
	basePeriods: readonly PeriodAt[],
	/** The base the paragraph's last change was measured from ("… 1.1% from a year earlier. Imports rose 1.0%"). */
	carried: ChangeBase | null = null
): ChangeBase {
	const has = (list: string[]) => list.some((w) => words.includes(w));
	if (has(YEAR_AGO[lang])) return 'year_ago';
	if (has(PREVIOUS[lang])) return 'previous';
	const yearAgo = period && basePeriod(period, 'year_ago');
	if (
		yearAgo &&
		basePeriods.some((p) => p.period.year === yearAgo.year && p.period.month === yearAgo.month && p.period.kind === period.kind)
	)
		return 'year_ago';
	if (carried) return carried;
	return period && (period.kind === 'month' || period.kind === 'quarter' || period.kind === 'rolling') ? 'previous' : 'year_ago';
}
