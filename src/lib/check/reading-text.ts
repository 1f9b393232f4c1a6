/**
 * How a card words what Trade Lens read, in the page's language: the period ("June 2024", "Q2 2024",
 * "January–July 2019 (year to date)"), what a change is measured from, the currency and whether the
 * text only implied it, an amount in any ISO 4217 currency, a balance as a deficit or a surplus, the
 * partner (a group in the article's own words), and what the figure covers. Month names and amounts
 * come from `Intl`; words from pasted text are returned as text, for the page to show as text.
 */
import { moneyCurrency } from './series-ask';
import { EXPLORE_CURRENCIES } from '$lib/data/explore-queries';
import type { Lang } from '$lib/i18n/lang';
import type { MessageKey } from '$lib/i18n/translate';
import type { ChangeBase, Claim, ClaimPeriod, PeriodKind } from './claim';
import { defaultBase } from './series-ask';

/** The currencies named by the checker's own messages ("US dollars", "dollars canadiens"); `Intl` names any other. */
const NAMED: ReadonlySet<string> = new Set(['USD', 'CAD', 'CNY', 'EUR']);
/** The currencies Trade Lens holds series in (a publisher's own: US$ for the IMF, C$ for Statistics Canada). */
export const SERIES_CURRENCIES: readonly string[] = EXPLORE_CURRENCIES;

/** The units that are no amount of money: every other unit is an ISO 4217 code. */
export type PlainUnit = 'percent' | 'count' | 'rank' | 'year';
export const isPlainUnit = (unit: string): unit is PlainUnit =>
	unit === 'percent' || unit === 'count' || unit === 'rank' || unit === 'year';

/** The ISO 4217 code of a claim's amount, or null for a figure that is no amount of money. */
export function currencyOf(claim: Pick<Claim, 'currency' | 'number' | 'measure'>): string | null {
	return claim.measure === 'count' ? null : moneyCurrency(claim);
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | null>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T | null {
	if (!cache.has(key)) {
		try {
			cache.set(key, make());
		} catch {
			// Not a code `Intl` knows: the caller words it without.
			cache.set(key, null);
		}
	}
	return cache.get(key) as T | null;
}

/**
 * An amount in its currency: "C$1.6B", "US$41.7B" as the rest of the site writes the two currencies
 * of its series (so a claim and the official figure beside it read alike), any other ISO code by
 * `Intl` ("€27.2B", "27,2 G €", "£638M").
 */
export function amountIn(lang: Lang, value: number, currency: string): string {
	if (SERIES_CURRENCIES.includes(currency)) return lang.f.money(value, currency);
	const compact = Math.abs(value) >= 1e6;
	const format = cached(`n|${lang.tag}|${currency}|${compact}`, () => {
		const options: Intl.NumberFormatOptions = {
			style: 'currency',
			currency,
			minimumFractionDigits: 0,
			maximumFractionDigits: compact ? 1 : 0
		};
		return new Intl.NumberFormat(lang.tag, compact ? { ...options, notation: 'compact' } : options);
	});
	return format ? format.format(value).replace('-', '−') : `${currency}\u00a0${lang.f.countText(value)}`;
}

/** A currency's name in the page's language, plural as after an amount: "Canadian dollars", "livres sterling". */
export function currencyName(lang: Lang, currency: string): string {
	const key = `check.unit.${currency}` as MessageKey;
	if (NAMED.has(currency)) return lang.t(key);
	const format = cached(
		`name|${lang.tag}|${currency}`,
		() => new Intl.NumberFormat(lang.tag, { style: 'currency', currency, currencyDisplay: 'name' })
	);
	return format?.formatToParts(2).find((p) => p.type === 'currency')?.value ?? currency;
}

/** The currency as read: "CAD", or "CAD (implied from the publisher)" where the text wrote only "$". */
export function currencyText(lang: Lang, claim: Claim): string | null {
	const code = currencyOf(claim);
	if (!code) return null;
	return claim.currencyImplied ? lang.t('check.currency.implied', { code }) : code;
}

/** A balance as it reads: "deficit of C$1.6B", "surplus of C$638M". */
export function balanceIn(lang: Lang, value: number, amount: (v: number) => string): string {
	if (value === 0) return lang.t('check.balance.even');
	return lang.t(value < 0 ? 'check.balance.deficit' : 'check.balance.surplus', { amount: amount(Math.abs(value)) });
}

const monthDate = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));
const monthFormat = (lang: Lang, withYear: boolean) =>
	cached(
		`d|${lang.tag}|${withYear}`,
		() => new Intl.DateTimeFormat(lang.tag, { month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' })
	) as Intl.DateTimeFormat;
/** "June 2024", "juin 2024". */
const monthYear = (lang: Lang, year: number, month: number) => monthFormat(lang, true).format(monthDate(year, month));
const monthOnly = (lang: Lang, month: number) => monthFormat(lang, false).format(monthDate(2000, month));

/** The period in words: "2024", "June 2024", "Q2 2024", "January–July 2019 (year to date)", "12 months to October 2020". */
export function periodText(lang: Lang, p: ClaimPeriod): string {
	const { t } = lang;
	const end = monthYear(lang, p.year, p.month);
	switch (p.kind) {
		case 'year':
			return String(p.year);
		case 'quarter':
			return lang.f.periodText(`${p.year}-${String(p.month).padStart(2, '0')}-01`, 'quarter');
		case 'month':
			return end;
		case 'ytd': {
			const span = p.month === 1 ? end : t('check.period.range', { from: monthOnly(lang, 1), to: monthOnly(lang, p.month), year: p.year });
			return t('check.period.ytd', { period: span });
		}
		case 'rolling':
			return t(p.average ? 'check.period.average' : 'check.period.rolling', { months: p.months, end });
		case 'year_ended':
			return p.month === 12 && p.months === 12 ? String(p.year) : t('check.period.yearEnded', { months: p.months, end });
	}
}

/** The period of a claim, or its year where no period was read. */
export const whenText = (lang: Lang, claim: Pick<Claim, 'period' | 'year'>): string =>
	claim.period ? periodText(lang, claim.period) : claim.year !== null ? String(claim.year) : lang.t('check.unknown');

/** Whether a claim is of a whole calendar year (or of a year only, no period read). */
export const isYearly = (claim: Pick<Claim, 'period'>): boolean => !claim.period || claim.period.kind === 'year';

/** What a change is measured from, as a message key, from its base and its period's kind. */
export function baseKey(base: ChangeBase, kind: PeriodKind | null): MessageKey {
	if (kind === 'year') return 'check.base.year';
	if (kind === 'ytd') return 'check.base.sameMonths';
	if (base === 'previous') {
		if (kind === 'month') return 'check.base.month';
		if (kind === 'quarter') return 'check.base.quarter';
		if (kind === 'rolling') return 'check.base.rolling';
		if (kind === 'year_ended') return 'check.base.year';
		return 'check.base.before';
	}
	if (kind === 'month') return 'check.base.sameMonth';
	if (kind === 'quarter') return 'check.base.sameQuarter';
	return 'check.base.samePeriod';
}

/**
 * "vs the month before", "par rapport au même mois un an plus tôt": the base read, or the one the
 * check measures from where the text wrote none; null for a claim that is no change or has neither.
 */
export function baseText(lang: Lang, claim: Pick<Claim, 'base' | 'period' | 'measure'>): string | null {
	const base = claim.base ?? (claim.period ? defaultBase(claim.period) : null);
	if (!base || claim.measure !== 'trade_change') return null;
	return lang.t(baseKey(base, claim.period?.kind ?? null));
}

/** The partner: its name where it has a code, else the article's own words, quoted. */
export function partnerText(lang: Lang, claim: Pick<Claim, 'partner' | 'partnerWords'>): string {
	const code = claim.partner ?? claim.partnerWords?.code ?? null;
	if (code) return lang.country(code);
	if (claim.partnerWords) return lang.t('check.partner.words', { words: claim.partnerWords.text });
	return lang.t('check.unknown');
}

/** What the figure covers where it is not all goods in current values: "services", "in volume terms", "“crude oil” only". */
export function scopeText(lang: Lang, claim: Pick<Claim, 'scope' | 'volume' | 'product'>): string | null {
	const parts: string[] = [];
	if (claim.scope !== 'goods') parts.push(lang.t(`check.scope.${claim.scope}`));
	if (claim.product) parts.push(lang.t('check.scope.product', { product: claim.product }));
	if (claim.volume) parts.push(lang.t('check.scope.volume'));
	if (parts.length === 0) return null;
	return parts.join(', ');
}
