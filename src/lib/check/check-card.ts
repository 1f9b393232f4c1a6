/**
 * A card of the checker: a claim as read (and as a reader corrected it), the official figures for
 * it and the verdict; why a claim has no series; the explorer view that shows its series.
 */
import type { Claim, ClaimFlow } from './claims';
import { changeOnPeriodBefore } from './claim';
import type { NoSeriesKey } from './no-series';
import { checkable, partnerOf, seriesMeasure, type Officials } from './official';
import { currencyOf, SERIES_CURRENCIES } from './reading-text';
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

/**
 * The card with a reader's correction applied, its verdict cleared until it is checked again. A
 * corrected year moves the period with it (June 2024 read as of 2023 is June 2023); a year cleared
 * clears the period.
 */
export function corrected(c: CheckCard, correction: Correction): CheckCard {
	const claim = { ...c.claim, ...correction };
	if ('year' in correction && claim.period) claim.period = claim.year === null ? null : { ...claim.period, year: claim.year };
	return { ...c, claim, officials: null, checked: null };
}

export const isCorrected = (c: CheckCard): boolean =>
	(['reporter', 'partner', 'flow', 'year'] as const).some((k) => c.claim[k] !== c.read[k]);

export const withOfficials = (c: CheckCard, officials: Officials): CheckCard => ({
	...c,
	officials,
	checked: verdictOf(c.claim, officials.own, officials.mirror)
});

/** Why the official tables hold no series for a claim, as the lookup of official figures tells it (`noSeriesCause`). */
export type OfficialReason = NoSeriesKey;

/** Why a claim has no series, as a message key's last part (`check.nosource.*`). */
export type NoSeriesReason =
	| OfficialReason
	| 'poll'
	| 'target'
	| 'product'
	| 'tariff'
	| 'quota'
	| 'vehicles'
	| 'price'
	| 'rank'
	| 'count'
	| 'group'
	| 'reporter'
	| 'partner'
	| 'flow'
	| 'year'
	| 'same'
	| 'data';

const BY_MEASURE: Partial<Record<Claim['measure'], NoSeriesReason>> = {
	count: 'count',
	favourability: 'poll',
	tariff_rate: 'tariff',
	trade_target: 'target',
	import_quota: 'quota',
	market_share: 'vehicles',
	price: 'price',
	rank: 'rank'
};

/**
 * Why a claim has no series: what it measures (a poll, a count), the reason the official lookup gives
 * (`given`), what the claim itself says no table holds (services, volume terms, one product, a
 * currency other than the series'), a group of partners without a code, or what was not read.
 */
export function noSeriesReason(claim: Claim, given: OfficialReason | null = null): NoSeriesReason {
	const byMeasure = BY_MEASURE[claim.measure];
	if (byMeasure) return byMeasure;
	if (given) return given;
	if (claim.scope !== 'goods') return 'services';
	if (claim.volume) return 'volume';
	if (changeOnPeriodBefore(claim)) return 'adjusted';
	if (claim.product) return 'product';
	const currency = currencyOf(claim);
	if (currency && !SERIES_CURRENCIES.includes(currency)) return 'currency';
	// A share or change of a year the reader marked as having no series is one product's (the reader names it where it can).
	const yearly = !claim.period || claim.period.kind === 'year';
	if (yearly && (claim.measure === 'export_share' || claim.measure === 'trade_change') && claim.noSeries) return 'product';
	const partner = partnerOf(claim);
	if (!partner && claim.partnerWords) return 'group';
	if (!checkable(claim)) {
		if (!claim.reporter) return 'reporter';
		if (!partner) return 'partner';
		if (!claim.flow) return 'flow';
		if (!claim.year && !claim.period) return 'year';
		if (claim.reporter === partner) return 'same';
	}
	return 'data';
}

/**
 * The explorer measure that shows a claim's series: the one it is checked against, or for a claim of
 * part of a year (a month, a quarter) that no series answers, the same measure in the year's view.
 */
function viewMeasure(claim: Claim): ReturnType<typeof seriesMeasure> {
	const measure = seriesMeasure(claim);
	if (measure || !claim.period || claim.period.kind === 'year') return measure;
	const currency = currencyOf(claim);
	const allGoods = claim.scope === 'goods' && !claim.volume && !claim.product;
	return allGoods && (!currency || SERIES_CURRENCIES.includes(currency)) ? seriesMeasure({ ...claim, noSeries: false }) : undefined;
}

/**
 * The explorer view of the claim's series: its reporter and partner over the ten years to the claim's
 * year (the year's view for a month or a quarter), in the claim's flow (a balance as a balance).
 */
export function explorerQuery(claim: Claim): URLSearchParams | null {
	const measure = viewMeasure(claim);
	if (!measure || !checkable({ ...claim, noSeries: false })) return null;
	const year = claim.period?.year ?? (claim.year as number);
	const params = new URLSearchParams({
		reporter: claim.reporter as string,
		partners: partnerOf(claim) as string,
		// The explorer draws each of the claim's flows under the same name, the balance too.
		flow: claim.flow as ClaimFlow,
		measure,
		from: String(year - 10),
		to: String(year)
	});
	if (currencyOf(claim) === 'CAD') params.set('currency', 'CAD');
	return params;
}

/** Counts of each verdict, for the summary line. */
export function tally(cards: readonly CheckCard[]): { matches: number; differs: number; no_series: number; pending: number } {
	const out = { matches: 0, differs: 0, no_series: 0, pending: 0 };
	for (const c of cards) out[c.checked?.verdict ?? 'pending']++;
	return out;
}
