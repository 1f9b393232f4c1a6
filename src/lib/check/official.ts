/**
 * The official figures for a claim: the reporter's own series and the partner's (mirror), for the
 * claim's year, flow and measure, from the explorer's own query, so Node and the browser look them
 * up alike. An amount is compared in the claim's currency only; where no series is in it, the
 * figure in a publisher's own currency is given beside it, never converted.
 */
import { runQuery, type QueryEngine } from '$lib/data/engine';
import {
	exploreSeries,
	exploreView,
	type ExploreCurrency,
	type ExploreFlow,
	type ExploreMeasure,
	type ExploreRow
} from '$lib/data/explore-queries';
import type { Claim } from './claims';
import { changeRange } from '$lib/schema/qualifiers';
import type { Official } from './verdict';

export interface Officials {
	own: Official | null;
	mirror: Official | null;
	/** For an amount in a currency no series is in: the reporter's own figure in a publisher's currency, not converted. */
	other: (Official & { currency: ExploreCurrency }) | null;
}

const NONE: Officials = { own: null, mirror: null, other: null };
const MEASURE_OF: Partial<Record<Claim['measure'], ExploreMeasure>> = {
	trade_value: 'value',
	trade_change: 'change',
	export_share: 'share'
};
const CURRENCIES: readonly ExploreCurrency[] = ['USD', 'CAD'];

/** The explorer measure a claim is checked against, if a series holds it. */
export const seriesMeasure = (claim: Claim): ExploreMeasure | undefined => (claim.noSeries ? undefined : MEASURE_OF[claim.measure]);

/** Whether a claim names all a series needs: a measure with a series, reporter, partner, flow and year. */
export const checkable = (claim: Claim): boolean =>
	Boolean(seriesMeasure(claim) && claim.reporter && claim.partner && claim.flow && claim.year && claim.reporter !== claim.partner);

type Side = 'reporter' | 'partner';

/**
 * A lookup that asks each series once: an article repeating a figure, or a reader correcting one card
 * and then another, costs no second query.
 */
export function officialLookup(engine: QueryEngine): (claim: Claim) => Promise<Officials> {
	const asked = new Map<string, Promise<ExploreRow[]>>();
	/** The series' two years up to the claim's: the year before is what a change is measured from. */
	function series(claim: Claim, measure: ExploreMeasure, side: Side, currency: ExploreCurrency): Promise<ExploreRow[]> {
		const year = claim.year as number;
		const key = [claim.reporter, claim.partner, claim.flow, measure, side, currency, year].join('|');
		let rows = asked.get(key);
		if (!rows) {
			const view = exploreView({
				reporter: claim.reporter as string,
				partners: [claim.partner as string],
				flow: claim.flow as ExploreFlow,
				measure,
				side,
				currency,
				from: year - 1,
				to: year,
				base: year
			});
			// A pair no table holds is no series, not an error.
			rows = runQuery(engine, exploreSeries, view).catch(() => []);
			asked.set(key, rows);
		}
		return rows;
	}
	async function figure(claim: Claim, measure: ExploreMeasure, side: Side, currency: ExploreCurrency): Promise<Official | null> {
		const year = claim.year as number;
		const row = (await series(claim, measure, side, currency)).find((r) => r.year === year && r.value !== null);
		if (!row) return null;
		const found: Official = { value: row.value as number, months: row.months, sourceIds: row.sources };
		if (measure !== 'change') return found;
		// A change is as exact as the levels it is computed from were published.
		const levels = await series(claim, 'value', side, currency);
		const [before, after] = [year - 1, year].map((y) => levels.find((r) => r.year === y)?.value ?? null);
		return before !== null && after !== null ? { ...found, range: changeRange(before, after) } : found;
	}
	async function first(claim: Claim, measure: ExploreMeasure, side: Side, currencies: readonly ExploreCurrency[]) {
		for (const currency of currencies) {
			const found = await figure(claim, measure, side, currency);
			if (found) return { ...found, currency };
		}
		return null;
	}
	return async (claim) => {
		const measure = seriesMeasure(claim);
		if (!measure || !checkable(claim)) return NONE;
		const unit = claim.number.unit;
		// A percentage needs no conversion: any publisher's currency answers it.
		const currencies = measure === 'value' ? CURRENCIES.filter((c) => c === unit) : CURRENCIES;
		const own = await first(claim, measure, 'reporter', currencies);
		const mirror = measure === 'share' ? null : await first(claim, measure, 'partner', currencies);
		const other = measure === 'value' && !own && !mirror ? await first(claim, measure, 'reporter', CURRENCIES) : null;
		return { own: own && strip(own), mirror: mirror && strip(mirror), other };
	};
}

const strip = ({ currency: _currency, ...official }: Official & { currency: ExploreCurrency }): Official => official;
