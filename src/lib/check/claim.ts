/**
 * A numeric statement about trade as the checker reads it: the figure, what it measures, whose it is,
 * for which period and against which base. Types only; the readers fill them in (claims.ts).
 */
import type { NumberMention } from './numbers';

export type ClaimMeasure =
	| 'trade_value'
	| 'trade_change'
	| 'export_share'
	| 'rank'
	| 'tariff_rate'
	| 'favourability'
	| 'trade_target'
	| 'import_quota'
	| 'market_share'
	| 'price'
	/** A count of things in a trade statement ("9 of the 11 product sections"): shown, with no series. */
	| 'count'
	| 'other';

/** Exports, imports, both together, or exports minus imports (signed from the reporter's side: a deficit is negative). */
export type ClaimFlow = 'exports' | 'imports' | 'total' | 'balance';

/**
 * The period a figure covers, resolved against the article's date.
 * - `year`: a calendar year (months 12, month 12);
 * - `quarter`: a calendar quarter (months 3, month its last: 3, 6, 9 or 12);
 * - `month`: one month (months 1);
 * - `ytd`: January to `month` of `year` (months = month);
 * - `rolling`: the `months` months to `month` ("the three months to January"; `average` for a moving average);
 * - `year_ended`: the twelve months to `month` ("the year ended October 2020").
 */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'ytd' | 'rolling' | 'year_ended';
export interface ClaimPeriod {
	kind: PeriodKind;
	/** The year of the period's last month. */
	year: number;
	/** The period's last month, 1 to 12 (12 for a year). */
	month: number;
	/** How many months it covers, ending with `month`. */
	months: number;
	/** A moving average of monthly figures rather than their sum. */
	average?: boolean;
}

/**
 * What a change is measured from: the period just before (month on month, quarter on quarter; a year
 * on the year before) or the same period a year earlier (year on year).
 */
export type ChangeBase = 'previous' | 'year_ago';

/** Which trade a figure covers. */
export type TradeScope = 'goods' | 'services' | 'goods_and_services';

/** A partner named in words with no code of the project's ("countries other than the United States", "extra-EU"). */
export interface NamedPartner {
	/** The words as the text writes them. */
	text: string;
	/** A code where the project has one (WLD, XEU, XEA), else null. */
	code: string | null;
}

export interface Claim {
	/** The sentence, with its offsets in the text. */
	sentence: { start: number; end: number; text: string };
	number: NumberMention;
	measure: ClaimMeasure;
	/** The value as the ledger holds it: a fall is negative, a deficit is negative. */
	value: number;
	reporter: string | null;
	partner: string | null;
	/** The partner's words where it is a group or the rest of the world, with its code where there is one. */
	partnerWords: NamedPartner | null;
	flow: ClaimFlow | null;
	/** The calendar year of the period's end (kept for the annual series and corrections). */
	year: number | null;
	period: ClaimPeriod | null;
	/** For a change: what it is measured from. */
	base: ChangeBase | null;
	/** For money: the ISO 4217 code, and whether the text only implies it ("$" in a Canadian release). */
	currency: string | null;
	currencyImplied: boolean;
	scope: TradeScope;
	/** Volume (real, constant-price) terms rather than current values. */
	volume: boolean;
	/** A product or group the figure is limited to ("crude oil", "energy products"), in the text's words. */
	product: string | null;
	/** No official series answers it: say so rather than guess. */
	noSeries: boolean;
}

/** A period in the corpus's and the ledger's compact form: 2024, 2024-06, 2024-Q2, 2019/2020 (a year ended a month). */
export function periodCode(p: ClaimPeriod): string {
	const mm = String(p.month).padStart(2, '0');
	switch (p.kind) {
		case 'year':
		case 'ytd':
			return String(p.year);
		case 'quarter':
			return `${p.year}-Q${Math.ceil(p.month / 3)}`;
		case 'month':
		case 'rolling':
			return `${p.year}-${mm}`;
		case 'year_ended':
			return p.month === 12 ? String(p.year) : `${p.year - 1}/${p.year}`;
	}
}

/** The first and last day of a period, as ISO dates (the ledger's period_start and period_end). */
export function periodDates(p: ClaimPeriod): { start: string; end: string } {
	const first = new Date(Date.UTC(p.year, p.month - p.months, 1));
	const last = new Date(Date.UTC(p.year, p.month, 0));
	const iso = (d: Date) => d.toISOString().slice(0, 10);
	return { start: iso(first), end: iso(last) };
}

/** The period `shift` periods of its own kind before (a month, a quarter) or the same period a year earlier. */
export function basePeriod(p: ClaimPeriod, base: ChangeBase): ClaimPeriod {
	if (base === 'year_ago' || p.kind === 'year' || p.kind === 'ytd' || p.kind === 'year_ended') return { ...p, year: p.year - 1 };
	const step = p.kind === 'quarter' ? 3 : 1;
	const month = p.month - step;
	return month >= 1 ? { ...p, month } : { ...p, year: p.year - 1, month: month + 12 };
}

/**
 * A change from the month or quarter before: releases measure it on seasonally adjusted figures, so a
 * series as customs records it (not adjusted) cannot answer it.
 */
export const changeOnPeriodBefore = (c: Pick<Claim, 'measure' | 'base' | 'period'>): boolean =>
	c.measure === 'trade_change' &&
	c.base === 'previous' &&
	c.period !== null &&
	(c.period.kind === 'month' || c.period.kind === 'quarter' || c.period.kind === 'rolling');
