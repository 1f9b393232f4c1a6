/**
 * A card of the checker: a claim as read (and as a reader corrected it), the official figures for
 * it and the verdict; why a claim has no series; the explorer view that shows its series.
 */
import type { Claim, ClaimFlow } from './claims';
import { checkable, seriesMeasure, type Officials } from './official';
import { verdictOf, type Checked } from './verdict';

export interface CheckCard {
	/** The claim's place among the article's claims, from 1. */
	n: number;
	/** As Trade Lens read it, and as checked (the reader's corrections applied). */
	read: Claim;
	claim: Claim;
	officials: Officials | null;
	checked: Checked | null;
}

/** What a reader may correct. */
export type Correction = Partial<Pick<Claim, 'reporter' | 'partner' | 'flow' | 'year'>>;

export const card = (read: Claim, n: number): CheckCard => ({ n, read, claim: read, officials: null, checked: null });

/** The card with a reader's correction applied, its verdict cleared until it is checked again. */
export const corrected = (c: CheckCard, correction: Correction): CheckCard => ({
	...c,
	claim: { ...c.claim, ...correction },
	officials: null,
	checked: null
});

export const isCorrected = (c: CheckCard): boolean =>
	(['reporter', 'partner', 'flow', 'year'] as const).some((k) => c.claim[k] !== c.read[k]);

export const withOfficials = (c: CheckCard, officials: Officials): CheckCard => ({
	...c,
	officials,
	checked: verdictOf(c.claim, officials.own, officials.mirror)
});

/** Why a claim has no series, as a message key's last part. */
export type NoSeriesReason =
	| 'poll'
	| 'target'
	| 'product'
	| 'tariff'
	| 'quota'
	| 'vehicles'
	| 'price'
	| 'rank'
	| 'currency'
	| 'reporter'
	| 'partner'
	| 'flow'
	| 'year'
	| 'same'
	| 'data';

export function noSeriesReason(claim: Claim): NoSeriesReason {
	if (claim.measure === 'favourability') return 'poll';
	if (claim.measure === 'tariff_rate') return 'tariff';
	if (claim.measure === 'trade_target') return 'target';
	if (claim.measure === 'import_quota') return 'quota';
	if (claim.measure === 'market_share') return 'vehicles';
	if (claim.measure === 'price') return 'price';
	if (claim.measure === 'rank') return 'rank';
	if (claim.measure === 'trade_value' && claim.noSeries) return 'currency';
	if ((claim.measure === 'export_share' || claim.measure === 'trade_change') && claim.noSeries) return 'product';
	if (!checkable(claim)) {
		if (!claim.reporter) return 'reporter';
		if (!claim.partner) return 'partner';
		if (!claim.flow) return 'flow';
		if (!claim.year) return 'year';
		if (claim.reporter === claim.partner) return 'same';
	}
	return 'data';
}

/** The explorer view of the claim's series: its reporter and partner over the ten years to the claim's year. */
export function explorerQuery(claim: Claim): URLSearchParams | null {
	const measure = seriesMeasure(claim);
	if (!measure || !checkable(claim)) return null;
	const year = claim.year as number;
	const params = new URLSearchParams({
		reporter: claim.reporter as string,
		partners: claim.partner as string,
		// The explorer draws each of the claim's flows under the same name.
		flow: claim.flow as ClaimFlow,
		measure,
		from: String(year - 10),
		to: String(year)
	});
	if (claim.number.unit === 'CAD') params.set('currency', 'CAD');
	return params;
}

/** Counts of each verdict, for the summary line. */
export function tally(cards: readonly CheckCard[]): { matches: number; differs: number; no_series: number; pending: number } {
	const out = { matches: 0, differs: 0, no_series: 0, pending: 0 };
	for (const c of cards) out[c.checked?.verdict ?? 'pending']++;
	return out;
}
