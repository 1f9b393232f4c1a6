/**
 * A claim against the official series: matches (within the rounding the claim is written to, or
 * its qualifier's bound), differs (by how much, and whether the other side's figures match
 * instead), or no series (a poll, a tariff rate, a figure no published table holds).
 */
import type { Qualifier } from '$lib/schema/enums';
import type { Claim } from './claims';

export type Verdict = 'matches' | 'differs' | 'no_series';

export interface Official {
	/** The series' figure in the claim's unit (base units; per cent for shares and changes). */
	value: number;
	/** Months the year's figure covers (12 for a full year). */
	months: number;
	sourceIds: string[];
	/**
	 * How far the figure itself may be off: a change computed from levels the source published rounded
	 * (US$46.6 billion to US$41.7 billion) is known to a fifth of a point, not to the hundredth.
	 */
	tolerance?: number;
}

/** Half a unit of the last digit of a level published rounded (46,600,000,000 → 50,000,000); 0 for one given to the unit. */
export function publishedRounding(value: number): number {
	const digits = String(Math.round(Math.abs(value)));
	const zeros = digits.length - digits.replace(/0+$/, '').length;
	return Number.isInteger(value) && zeros >= 3 && zeros < digits.length ? 0.5 * 10 ** zeros : 0;
}

/** The tolerance of a change in per cent from a level `before` to `after`, each as rounded as it was published. */
export function changeTolerance(before: number, after: number): number {
	if (!before) return 0;
	return 100 * (publishedRounding(after) / Math.abs(before) + (publishedRounding(before) * Math.abs(after)) / before ** 2);
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

/** Whether an official figure agrees with the claim: within rounding, or on the right side of its bound. */
export function agrees(claim: Pick<Claim, 'value' | 'number'>, official: number, officialTolerance = 0): boolean {
	const q: Qualifier = claim.number.qualifier;
	const v = claim.value;
	const slack = officialTolerance;
	const tolerance = rounding(claim.number.text, claim.number.value) + slack;
	// "About" allows a tenth either way for a share or a change, 5% of the value for an amount.
	const about = claim.number.unit === 'percent' ? Math.max(tolerance, 2.5) : Math.max(tolerance, Math.abs(v) * 0.05);
	// A signed change's bound is on its size: "fell more than 10%" is −10% or below.
	const size = (x: number) => (v < 0 ? -x : x);
	switch (q) {
		case 'about':
			return Math.abs(official - v) <= about;
		// A bound is a bound: "under 4%" is below 4, however 4 is written.
		case 'less_than':
			return size(official) - slack < size(v);
		case 'up_to':
			return size(official) - slack <= size(v);
		case 'more_than':
			return size(official) + slack > size(v);
		case 'at_least':
			return size(official) + slack >= size(v);
		default:
			return Math.abs(official - v) <= tolerance;
	}
}

export function verdictOf(claim: Claim, own: Official | null, mirror: Official | null): Checked {
	if (claim.noSeries || (!own && !mirror)) return { verdict: 'no_series', own, mirror, difference: null, mirrorMatches: false };
	const compared = own ?? mirror;
	const ownAgrees = own ? agrees(claim, own.value, own.tolerance) : false;
	const mirrorAgrees = mirror ? agrees(claim, mirror.value, mirror.tolerance) : false;
	return {
		verdict: ownAgrees || (!own && mirrorAgrees) ? 'matches' : 'differs',
		own,
		mirror,
		difference: compared ? compared.value - claim.value : null,
		mirrorMatches: Boolean(own && !ownAgrees && mirrorAgrees)
	};
}
