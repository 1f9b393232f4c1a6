/**
 * Why the official tables hold no series for a trade claim, as a key and its parameters for the page
 * to word: services (or goods and services), volume terms, a change from the month or quarter before
 * (seasonally adjusted in releases), a currency no series is in, a reporter no
 * source of ours publishes for that time, or a period the tables do not reach.
 */
import { CURRENCIES } from '$lib/schema/enums';
import { changeOnPeriodBefore, periodDates } from './claim';
import type { Claim } from './claims';
import type { Officials } from './official';
import { moneyCurrency, periodOf, seriesAsk } from './series-ask';

export type NoSeriesKey = 'services' | 'volume' | 'adjusted' | 'currency' | 'source' | 'period';

export interface NoSeriesCause {
	key: NoSeriesKey;
	/** currency: { currency } (the claim's ISO 4217 code); source: { reporter }. */
	params: Record<string, string>;
}

const cause = (key: NoSeriesKey, params: Record<string, string> = {}): NoSeriesCause => ({ key, params });
const TABLE_CURRENCIES: readonly string[] = CURRENCIES;

/**
 * Why no series answers a claim, or null where a series does or the reason is none of these (a poll,
 * a claim missing its reporter: the card's own reasons). The claim alone tells services, volume terms
 * and a currency no table is in; with the officials found (their `coverage`, what the tables hold of
 * the reporter) it tells the rest:
 * - a year: where a table holds the reporter's year, a currency other than theirs; where none does,
 *   `period` if the reporter's own publisher is among the sources (its monthly series), else `source`
 *   (the IMF's compilation, the only other, ends in 2020);
 * - part of a year: `source` where the monthly table holds nothing of the reporter, `currency` where
 *   its series are in another, `period` where they do not cover every month of it.
 */
export function noSeriesCause(claim: Claim, officials?: Officials | null): NoSeriesCause | null {
	if (claim.scope !== 'goods') return cause('services');
	if (claim.volume) return cause('volume');
	if (changeOnPeriodBefore(claim)) return cause('adjusted');
	if (officials?.own || officials?.mirror) return null;
	const currency = moneyCurrency(claim);
	const ask = seriesAsk(claim);
	const period = periodOf(claim);
	const coverage = officials?.coverage;
	if (coverage && ask && period && claim.reporter) {
		const reporter = { reporter: claim.reporter };
		const { start, end } = periodDates(period);
		const monthly = coverage.filter((c) => c.frequency === 'month');
		const covering = (rows: typeof coverage) => rows.filter((c) => c.first <= start && c.last >= end);
		const foreign = (rows: typeof coverage) => currency !== null && ask.currency !== null && !rows.some((c) => c.currency === currency);
		if (ask.annual) {
			const held = covering(coverage);
			if (held.length === 0) return monthly.length ? cause('period') : cause('source', reporter);
			return foreign(held) ? cause('currency', { currency: currency as string }) : null;
		}
		if (monthly.length === 0) return cause('source', reporter);
		if (foreign(monthly)) return cause('currency', { currency: currency as string });
		return covering(monthly).length ? null : cause('period');
	}
	return currency && !TABLE_CURRENCIES.includes(currency) ? cause('currency', { currency }) : null;
}
