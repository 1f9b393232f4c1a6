/**
 * The periods a sentence names, as trade releases write them: years, months (with or without their
 * year), quarters, year-to-date spans, rolling three months and years ended a month, each resolved
 * against the article's date. A period after "from", "compared with", "than in" or "par rapport à"
 * is the base of a comparison, not a figure's own period. Also which period a figure is of.
 */
import type { ClaimPeriod } from './claim';
import { foldLetters } from './economies';
import { alt, MONTHS, NUMBER_WORDS, readPeriods, type CheckLang } from './phrases';
import { BASE_BEFORE } from './trade-words';

export interface PeriodAt {
	start: number;
	end: number;
	/** Resolved; a year-to-date span whose last month the text leaves to its reference period has `open`. */
	period: ClaimPeriod;
	/** A year-to-date span with no month of its own ("year-to-date", "depuis le début de l'année"). */
	open?: boolean;
	/** The base of a comparison ("from 2023", "par rapport à juin 2019"). */
	base: boolean;
}

const YEAR = String.raw`(?:19|20)\d\d`;
const ORDINAL_QUARTER: Record<string, number> = {
	...{ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 },
	...{ premier: 1, deuxieme: 2, second: 2, troisieme: 3, quatrieme: 4, dernier: 4 }
};

const monthNames = (lang: CheckLang) => MONTHS[lang].map((names) => names.map(foldLetters));

const rules = new Map<CheckLang, ReturnType<typeof build>>();
function build(lang: CheckLang) {
	const names = monthNames(lang);
	const month = `(${alt(names.flat())})\\.?`;
	const numberWord = `(${alt(Object.keys(NUMBER_WORDS[lang]))}|\\d{1,2})`;
	const re = (source: string) => new RegExp(String.raw`(?<![\p{L}\d])(?:${source})(?![\p{L}\d])`, 'gu');
	const en = lang === 'en';
	return {
		names,
		yearEnded: re(
			en
				? String.raw`(?:the\s+)?(?:year|12 months|twelve months)\s+(?:ended|ending|to|through)\s+(?:in\s+)?${month}(?:\s+(${YEAR}))?`
				: String.raw`(?:l'annee|les (?:douze|12) mois|la periode de (?:douze|12) mois)\s+(?:terminee?s?|se terminant|prenant fin|close)\s+(?:en\s+)?${month}(?:\s+(${YEAR}))?`
		),
		rolling: re(
			en
				? String.raw`(?:the\s+)?${numberWord}[\s-]months?(?:\s+period)?\s+(?:to|ending|ended|through)\s+(?:in\s+)?${month}(?:\s+(${YEAR}))?`
				: String.raw`(?:les\s+)?${numberWord}\s+(?:derniers\s+)?mois\s+(?:se terminant|termines|jusqu'a|allant jusqu'a|clos)\s+(?:en\s+)?${month}(?:\s+(${YEAR}))?`
		),
		ytdWords: re(
			en
				? String.raw`year[\s-]to[\s-]date|so far this year|since the (?:start|beginning) of (?:the year|(${YEAR}))|so far in (${YEAR})`
				: String.raw`depuis le debut de l'annee(?:\s+(${YEAR}))?|jusqu'a present en (${YEAR})|cumul annuel|en cumul(?: annuel)?`
		),
		monthSpan: re(
			en
				? String.raw`(?:from\s+)?${month}\s*(?:-|to|through|and)\s*${month}(?:\s+(?:of\s+)?(${YEAR}))?`
				: String.raw`(?:de\s+)?${month}\s*(?:-|a)\s*${month}(?:\s+(${YEAR}))?`
		),
		firstMonths: re(
			en
				? String.raw`(?:the\s+)?first\s+${numberWord}\s+months(?:\s+of(?:\s+the\s+year)?(?:\s+(${YEAR}))?)?`
				: String.raw`(?:les|des)\s+${numberWord}\s+premiers\s+mois(?:\s+de(?:\s+l'annee)?(?:\s+(${YEAR}))?)?`
		),
		quarterWords: re(
			en
				? String.raw`(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+(?:of\s+)?(${YEAR}))?`
				: String.raw`(?:le\s+|au\s+|du\s+)?(premier|deuxieme|second|troisieme|quatrieme|dernier)\s+trimestre(?:\s+(?:de\s+|d'\s*)?(?:l'annee\s+)?(${YEAR}))?`
		),
		/** "the September quarter", "December quarter 2019": the quarter ending that month. */
		monthQuarter: re(String.raw`(?:the\s+)?${month}\s+quarter(?:\s+(?:of\s+)?(${YEAR}))?`),
		quarterCode: re(
			String.raw`(?:quarter|q|t|trimestre)\s*([1-4])(?:\s*\([^)]{0,30}\))?(?:\s+(?:of\s+|de\s+)?(${YEAR}))?|(${YEAR})\s*[-\s]?(?:q|t)([1-4])`
		),
		month: re(String.raw`${month}(?:\s+(?:de\s+)?(${YEAR}))?`),
		/** Before a month without its year in French: a preposition, or nothing (the sentence's start). */
		frMonthBefore: /(?:^|\b(?:en|de|d'|a|au|depuis|entre|et|mois de|fin|debut|qu'en|juin|rapport a)\s*)$/u,
		/** Before "May" without its year in English (else the verb). */
		mayBefore: /\b(?:in|of|from|since|to|than|and|through|until|for|during)\s+$/u,
		relative: re(
			en
				? String.raw`(last year|the previous year|the past year)|this year|the current year`
				: String.raw`(l'an dernier|l'annee derniere|l'an passe|l'annee precedente)|cette annee|l'annee en cours`
		),
		base: new RegExp(`(?<![\\p{L}])${BASE_BEFORE[lang]}`, 'u')
	};
}
const rulesFor = (lang: CheckLang) => {
	let r = rules.get(lang);
	if (!r) rules.set(lang, (r = build(lang)));
	return r;
};

/** The year of a month the text gives without one: the latest such month before the article's. */
function yearOfMonth(month: number, date: string | undefined): number | null {
	if (!date) return null;
	const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
	return month < m ? y : y - 1;
}

const wordNumber = (lang: CheckLang, w: string) => (/^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[lang][w] ?? NaN));

/** Every period of a sentence, in order, resolved against the article's date; periods overlapping an earlier-found one are dropped. */
export function periodsIn(text: string, lang: CheckLang, date: string | undefined): PeriodAt[] {
	const t = foldLetters(text);
	const r = rulesFor(lang);
	const found: PeriodAt[] = [];
	const monthOf = (name: string) => r.names.findIndex((n) => n.includes(name)) + 1;
	const add = (start: number, end: number, period: Omit<ClaimPeriod, 'year'> & { year: number | null }, open = false) => {
		if (period.year === null || found.some((p) => p.start < end && start < p.end)) return;
		const window = t.slice(Math.max(0, start - 60), start);
		found.push({ start, end, period: { ...period, year: period.year }, open, base: r.base.test(window) });
	};
	const span = (m: RegExpMatchArray) => [m.index as number, (m.index as number) + m[0].length] as const;
	const monthYear = (month: number, year: string | undefined) => (year ? Number(year) : yearOfMonth(month, date));
	for (const m of t.matchAll(r.yearEnded)) {
		const month = monthOf(m[1]);
		add(...span(m), { kind: 'year_ended', month, months: 12, year: monthYear(month, m[2]) });
	}
	for (const m of t.matchAll(r.rolling)) {
		const [months, month] = [wordNumber(lang, m[1]), monthOf(m[2])];
		if (months >= 2 && months <= 12) add(...span(m), { kind: 'rolling', month, months, year: monthYear(month, m[3]) });
	}
	for (const m of t.matchAll(r.quarterWords)) {
		const q = ORDINAL_QUARTER[m[1]];
		add(...span(m), { kind: 'quarter', month: 3 * q, months: 3, year: m[2] ? Number(m[2]) : yearOfMonth(3 * q, date) });
	}
	for (const m of t.matchAll(r.monthQuarter)) {
		const month = monthOf(m[1]);
		if (month % 3 === 0) add(...span(m), { kind: 'quarter', month, months: 3, year: monthYear(month, m[2]) });
	}
	for (const m of t.matchAll(r.quarterCode)) {
		const q = Number(m[1] ?? m[4]);
		const year = m[2] ?? m[3];
		add(...span(m), { kind: 'quarter', month: 3 * q, months: 3, year: year ? Number(year) : yearOfMonth(3 * q, date) });
	}
	for (const m of t.matchAll(r.monthSpan)) {
		const [from, to] = [monthOf(m[1]), monthOf(m[2])];
		if (to <= from) continue;
		const year = monthYear(to, m[3]);
		add(
			...span(m),
			from === 1 ? { kind: 'ytd', month: to, months: to, year } : { kind: 'rolling', month: to, months: to - from + 1, year }
		);
	}
	for (const m of t.matchAll(r.firstMonths)) {
		const months = wordNumber(lang, m[1]);
		if (months >= 1 && months <= 12)
			add(...span(m), { kind: 'ytd', month: months, months, year: m[2] ? Number(m[2]) : yearOfMonth(months, date) });
	}
	for (const m of t.matchAll(r.ytdWords)) {
		const given = m[1] ?? m[2];
		const year = given ? Number(given) : date ? Number(date.slice(0, 4)) : null;
		add(...span(m), { kind: 'ytd', month: 12, months: 12, year }, true);
	}
	for (const m of t.matchAll(r.month)) {
		const [start, end] = span(m);
		const month = monthOf(m[1]);
		if (!m[2]) {
			const before = t.slice(Math.max(0, start - 20), start);
			// A month alone must read as one: capitalised in English ("May" not "may"), after a preposition in French.
			if (lang === 'en' && (!/\p{Lu}/u.test(text[start]) || (m[1] === 'may' && !r.mayBefore.test(before)) || m[1].length < 3)) continue;
			if (lang === 'fr' && !r.frMonthBefore.test(before)) continue;
		}
		add(start, end, { kind: 'month', month, months: 1, year: monthYear(month, m[2]) });
	}
	// "Last year", "this year", "l'an dernier": relative to the article's year.
	if (date)
		for (const m of t.matchAll(r.relative)) {
			const year = Number(date.slice(0, 4)) + (m[1] ? -1 : 0);
			add(...span(m), { kind: 'year', month: 12, months: 12, year });
		}
	// Years, ISO dates and "January 2026" as the number reader knows them; ranges of years are no figure's period.
	for (const p of readPeriods(text, lang)) {
		if (p.to !== undefined) continue;
		add(
			p.start,
			p.end,
			p.month ? { kind: 'month', month: p.month, months: 1, year: p.year } : { kind: 'year', month: 12, months: 12, year: p.year }
		);
	}
	return found.sort((a, b) => a.start - b.start);
}

/** A heading: a short line that is no sentence ("December key points", "2. Monthly trade in goods"). */
export const isHeading = (line: string): boolean => line.trim().split(/\s+/).length <= 8 && !/[.!?:]\s*$/.test(line.trim());

/** The last day of a period, as a number of months since year 0 (for ordering). */
export const endIndex = (p: ClaimPeriod) => p.year * 12 + p.month;

/**
 * The period a text is of, for figures that name none: the first period its title or lead names,
 * else the latest one of its headings names; only periods whose figures could be out by the
 * article's date (ended a month before it) count. Null for a text that names none so (a news story).
 */
export function referencePeriod(
	paragraphs: readonly { text: string; periods: PeriodAt[] }[],
	date: string | undefined
): ClaimPeriod | null {
	const published = date ? Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 : Infinity;
	const usable = (p: PeriodAt) => !p.base && !p.open && endIndex(p.period) < published;
	const lead = paragraphs
		.slice(0, 2)
		.flatMap((p) => p.periods)
		.find(usable);
	if (lead) return lead.period;
	// Else the latest a heading names ("December key points"): a short line that is no sentence.
	const headings = paragraphs.filter((p) => isHeading(p.text));
	const all = headings.flatMap((p) => p.periods).filter(usable);
	all.sort((a, b) => endIndex(b.period) - endIndex(a.period) || a.period.months - b.period.months);
	return all[0]?.period ?? null;
}

/** A year-to-date span with no month of its own ends with the reference period's month, in the span's year. */
export function closeSpan(p: PeriodAt, reference: ClaimPeriod | null): ClaimPeriod {
	if (!p.open) return p.period;
	const month = reference && reference.year === p.period.year ? reference.month : 12;
	return { ...p.period, month, months: month };
}

/** Words between a figure and the period it is of: "$1.6 billion in May", "68,3 milliards de dollars en juillet". */
const DIRECT_AFTER =
	/^\s*(?:\(\s*)?(?:,\s*)?(?:(?:recorded|registered|posted|reported|seen|enregistree?s?|observee?s?)\s+)?(?:(?:in|en|for|pour|during|au cours d[eu]s?|of|de|d'|as of|at the end of|a la fin de)\s*)?(?:the\s+)?$/u;
/** A figure introduced as a comparison's base: "from $55.5 billion in June", "contre +95,8 mrds en juin 2019". */
const BASE_FIGURE =
	/(?:from|than|compared (?:with|to)|versus|vs\.?|against|on the (?:surplus|deficit|balance) of|contre|par rapport (?:a|au))\s*[+-]?\s*$/u;
/** A level in brackets right after a base period: "par rapport à juin 2019 (189,3 mrds)". */
const BRACKETED = /^\s*\(\s*[+-]?$/u;

/**
 * The period a figure is of, among its sentence's: one written just after it; for a level in
 * brackets after a base, that base; else the nearest before it in its clause, in its sentence, then
 * the nearest after it. Null where the sentence gives none of its own.
 */
export function periodOfFigure(
	t: string,
	periods: readonly PeriodAt[],
	n: { start: number; end: number },
	clause: [number, number],
	level: boolean,
	figures: readonly { start: number; end: number }[] = []
): PeriodAt | null {
	const attached = (p: PeriodAt, f: { end: number }) => p.start >= f.end && DIRECT_AFTER.test(t.slice(f.end, p.start));
	const direct = periods.find((p) => attached(p, n));
	if (direct) return direct;
	const bracketed = bracketedAfterBase(t, periods, n);
	if (bracketed && level) return bracketed;
	// A period written for a figure given as a base ("from $55.5 billion in June") is not this one's.
	const owner = (p: PeriodAt) => figures.find((f) => f !== n && f.start !== n.start && attached(p, f));
	const taken = (p: PeriodAt) => {
		const f = owner(p);
		return !!f && BASE_FIGURE.test(t.slice(Math.max(0, f.start - 30), f.start));
	};
	const own = periods.filter((p) => !p.base && !taken(p));
	const before = own.filter((p) => p.end <= n.start);
	return before.filter((p) => p.start >= clause[0]).at(-1) ?? before.at(-1) ?? own.find((p) => p.start >= n.end) ?? null;
}

/** A figure in brackets right after a base period: that period's level ("par rapport à 2018 (+152 milliards d'euros)"). */
export const bracketedAfterBase = (t: string, periods: readonly PeriodAt[], n: { start: number }): PeriodAt | undefined =>
	periods.find((p) => p.base && p.end <= n.start && BRACKETED.test(t.slice(p.end, n.start)));
