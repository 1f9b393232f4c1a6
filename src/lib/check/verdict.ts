/**
 * A claim against the official series: matches (within the rounding the claim is written to, or
 * its qualifier's bound), differs (by how much, and whether the other side's figures match
 * instead), or no series (a poll, a tariff rate, a figure no published table holds).
 */
import { ABOUT_CHANGE_POINTS, ABOUT_SHARE_POINTS, satisfies, type Interval } from '$lib/schema/qualifiers';
import type { Claim } from './claims';

export type Verdict = 'matches' | 'differs' | 'no_series';

export interface Official {
	/**
	 * The series' figure in the claim's unit: base units of the claim's currency for an amount, a
	 * balance (negative for a deficit) or a change in money; per cent for shares and changes (of a
	 * balance, the change in its size).
	 */
	value: number;
	/** Months the figure covers: 12 for a full year, fewer for a year the publisher has not finished, 1 for a month, 3 for a quarter. */
	months: number;
	sourceIds: string[];
	/**
	 * Every value the figure may be, where that is wider than the figure: a change computed from levels
	 * the source published rounded (US$46.6 billion to US$41.7 billion) is −10.72% to −10.31%.
	 */
	range?: Interval;
}

export interface Checked {
	verdict: Verdict;
	/** The reporter's own series, and the partner's (mirror), where they exist. */
	own: Official | null;
	mirror: Official | null;
	/** official − claimed, in the claim's unit, for the series the verdict compares with. */
	difference: number | null;
	/** The mirror figure matches where the reporter's own does not. */
	mirrorMatches: boolean;
}

/** Half a unit of the last digit the number is written to: 41.7 → 0.05; 75 → 0.5; "41,7" in French too. */
export function rounding(written: string, value: number): number {
	const digits = /(\d+(?:[.,]\d+)?)/.exec(written.replace(/[\s\u00a0\u202f]/g, ''));
	const decimals = digits?.[1].split(/[.,]/)[1]?.length ?? 0;
	// The scale of the written number against its value (41.7 billion: 1e9).
	const shown = digits ? Number(digits[1].replace(',', '.')) : value;
	const scale = shown ? Math.abs(value / shown) : 1;
	return 0.5 * 10 ** -decimals * scale;
}

/**
 * Whether an official figure (or any value of its range) agrees with the claim, by the ledger's own
 * convention (`satisfies`): within the rounding the number is written to, about a share or a change
 * by the ledger's margins (5% of an amount), a bound on the right side with its direction.
 */
export function agrees(claim: Pick<Claim, 'value' | 'number'> & { measure?: Claim['measure'] }, official: number | Interval): boolean {
	const step = rounding(claim.number.text, claim.number.value);
	const margin =
		claim.number.unit === 'percent'
			? claim.measure === 'trade_change'
				? ABOUT_CHANGE_POINTS
				: ABOUT_SHARE_POINTS
			: Math.abs(claim.value) * 0.05;
	return satisfies(claim.number.qualifier, claim.value, official, Math.max(step, margin), step);
}

export function verdictOf(claim: Claim, own: Official | null, mirror: Official | null): Checked {
	if (claim.noSeries || (!own && !mirror)) return { verdict: 'no_series', own, mirror, difference: null, mirrorMatches: false };
	const compared = own ?? mirror;
	const ownAgrees = own ? agrees(claim, own.range ?? own.value) : false;
	const mirrorAgrees = mirror ? agrees(claim, mirror.range ?? mirror.value) : false;
	return {
		verdict: ownAgrees || (!own && mirrorAgrees) ? 'matches' : 'differs',
		own,
		mirror,
		difference: compared ? compared.value - claim.value : null,
		mirrorMatches: Boolean(own && !ownAgrees && mirrorAgrees)
	};
}
