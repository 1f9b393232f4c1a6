/**
 * What a claim asks of the official series: whose trade (reporter, partner, flow), over which period,
 * measured how (a level, a share, a change in per cent or in money) against which base period, and in
 * which currency. The arithmetic on levels that every lookup shares is here too: a flow's value from
 * exports and imports, and a change with every value the published rounding allows.
 */
import { isMoney } from './measures';
import { changeRange, roundingOf, type Interval } from '$lib/schema/qualifiers';
import { basePeriod, type ChangeBase, type Claim, type ClaimFlow, type ClaimPeriod } from './claim';

/** A level, a share of the reporter's world total, a change in per cent, or a change in money (the difference of two levels). */
export type AskKind = 'level' | 'share' | 'percent_change' | 'difference';

export interface SeriesAsk {
	kind: AskKind;
	reporter: string;
	partner: string;
	flow: ClaimFlow;
	period: ClaimPeriod;
	/** For a change: the period it is measured from. */
	base: ClaimPeriod | null;
	/** For money: the ISO 4217 code the figure is in; null for a per cent, which needs no currency. */
	currency: string | null;
	/** A calendar year (the annual table answers it), not part of one nor twelve months to another month. */
	annual: boolean;
}

/** Units that are no amount of money; any other unit of a number is a currency. */
/** The ISO 4217 code of a claim's amount, or null for a per cent, a count, a rank or a year. */
export function moneyCurrency(claim: Pick<Claim, 'currency' | 'number'>): string | null {
	return isMoney(claim.number.unit) ? (claim.currency ?? claim.number.unit) : null;
}

/** The partner the series is of: a code the reader found, or the code of a group named in words (WLD for "the world"). */
export const partnerOf = (claim: Pick<Claim, 'partner' | 'partnerWords'>): string | null =>
	claim.partner ?? claim.partnerWords?.code ?? null;

/** The claim's period: as read, or the calendar year of a claim with a year alone. */
export function periodOf(claim: Pick<Claim, 'period' | 'year'>): ClaimPeriod | null {
	if (claim.period) return claim.period;
	return claim.year ? { kind: 'year', year: claim.year, month: 12, months: 12 } : null;
}

/** Twelve months to December, summed: the calendar year the annual table holds. */
export const isCalendarYear = (p: ClaimPeriod): boolean => p.months === 12 && p.month === 12 && !p.average;

/**
 * What a change with no base written is measured from: a month or a quarter from the one before, a
 * year, a year to date, a moving span or twelve months from the same period a year earlier.
 */
export const defaultBase = (p: ClaimPeriod): ChangeBase => (p.kind === 'month' || p.kind === 'quarter' ? 'previous' : 'year_ago');

const KIND_OF: Partial<Record<Claim['measure'], (claim: Claim) => AskKind>> = {
	trade_value: () => 'level',
	export_share: () => 'share',
	trade_change: (claim) => (claim.number.unit === 'percent' ? 'percent_change' : 'difference')
};

/**
 * What the claim asks of the series, or null where it names too little (no reporter, partner, flow
 * or period) or measures what no series holds. Scope, volume terms and the reader's own "no series"
 * are the caller's to weigh.
 */
export function seriesAsk(claim: Claim): SeriesAsk | null {
	const kind = KIND_OF[claim.measure]?.(claim);
	const [partner, period] = [partnerOf(claim), periodOf(claim)];
	if (!kind || !claim.reporter || !partner || !claim.flow || !period || partner === claim.reporter) return null;
	const changes = kind === 'percent_change' || kind === 'difference';
	return {
		kind,
		reporter: claim.reporter,
		partner,
		flow: claim.flow,
		period,
		base: changes ? basePeriod(period, claim.base ?? defaultBase(period)) : null,
		currency: kind === 'share' || kind === 'percent_change' ? null : moneyCurrency(claim),
		annual: isCalendarYear(period)
	};
}

/** A flow's value from exports and imports: a balance is exports minus imports, a total their sum. */
export function flowValue(flow: ClaimFlow, exports: number | null, imports: number | null): number | null {
	if (flow === 'exports') return exports;
	if (flow === 'imports') return imports;
	if (exports === null || imports === null) return null;
	return flow === 'balance' ? exports - imports : exports + imports;
}

/**
 * A change from `prev` to `cur`, with every value the levels' published rounding allows: in per cent
 * (of a balance, the change in its size: a deficit of 1.6 billion to one of 0.8 billion is −50%), or
 * in money, the difference of the levels (of a balance, of the signed balance).
 */
export function changeOf(
	kind: 'percent_change' | 'difference',
	flow: ClaimFlow,
	prev: number,
	cur: number
): { value: number; range: Interval } | null {
	if (kind === 'difference') {
		const slack = roundingOf(cur) + roundingOf(prev);
		return { value: cur - prev, range: [cur - prev - slack, cur - prev + slack] };
	}
	const [p, c] = flow === 'balance' ? [Math.abs(prev), Math.abs(cur)] : [prev, cur];
	if (p === 0) return null;
	return { value: 100 * (c / p - 1), range: changeRange(p, c) };
}
