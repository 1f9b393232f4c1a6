/**
 * The official figures for a claim: the reporter's own series and the partner's (mirror). A calendar
 * year comes from the explorer's own query over the annual table, part of a year (a month, a
 * quarter, a year to date, twelve months to a month) from the monthly table, so Node and the browser
 * look them up alike. An amount is compared in the claim's currency only; where no series is in it,
 * the figure in a publisher's own currency is given beside it, never converted.
 */
import { runQuery, type QueryEngine } from '$lib/data/engine';
import {
	EXPLORE_CURRENCIES,
	exploreSeries,
	exploreQuery,
	type ExploreCurrency,
	type ExploreMeasure,
	type ExploreRow
} from '$lib/data/explore-queries';
import { monthlyTrade, tradeCoverage, type CoverageRow, type MonthlyInput, type MonthlyRow } from '$lib/data/monthly-queries';
import type { Claim } from './claims';
import { changeOnPeriodBefore } from './claim';
import { monthlyCurrencies, monthlySide } from './monthly-official';
import { changeOf, seriesAsk, type SeriesAsk } from './series-ask';
import type { Official } from './verdict';

export { partnerOf } from './series-ask';

export interface Officials {
	own: Official | null;
	mirror: Official | null;
	/** For an amount in a currency no series is in: the reporter's own figure in a publisher's currency, not converted. */
	other: (Official & { currency: ExploreCurrency }) | null;
	/** Where neither side has a figure: what the trade tables hold of the reporter, for `noSeriesCause`. */
	coverage?: CoverageRow[];
}

const NONE: Officials = { own: null, mirror: null, other: null };
const MEASURE_OF: Partial<Record<Claim['measure'], ExploreMeasure>> = {
	trade_value: 'value',
	trade_change: 'change',
	export_share: 'share'
};

/**
 * The explorer measure a claim is checked against, if a series holds it: none for the reader's "no
 * series", for services or goods and services, nor for volume terms.
 */
export const seriesMeasure = (claim: Claim): ExploreMeasure | undefined =>
	claim.noSeries || claim.scope !== 'goods' || claim.volume || changeOnPeriodBefore(claim) ? undefined : MEASURE_OF[claim.measure];

/** Whether a claim names all a series needs: a measure with a series, reporter, partner, flow and period. */
export const checkable = (claim: Claim): boolean => Boolean(seriesMeasure(claim) && seriesAsk(claim));

type Side = 'reporter' | 'partner';
type Found = (Official & { currency: ExploreCurrency }) | null;

/**
 * A lookup that asks each series once: an article repeating a figure, or a reader correcting one card
 * and then another, costs no second query.
 */
export function officialLookup(engine: QueryEngine): (claim: Claim) => Promise<Officials> {
	const asked = new Map<string, Promise<unknown[]>>();
	/** A query's rows, asked once per input; a series no table holds is no rows, not an error. */
	function once<R>(key: string, run: () => Promise<R[]>): Promise<R[]> {
		let rows = asked.get(key) as Promise<R[]> | undefined;
		if (!rows) {
			rows = run().catch(() => []);
			asked.set(key, rows);
		}
		return rows;
	}
	/** The year's series and the year before's (what a change is measured from), in one currency. */
	const annual = (ask: SeriesAsk, measure: 'value' | 'share', side: Side, currency: ExploreCurrency) =>
		once<ExploreRow>(['year', ask.reporter, ask.partner, ask.flow, measure, side, currency, ask.period.year].join('|'), () => {
			const year = ask.period.year;
			const view = {
				reporter: ask.reporter,
				partners: [ask.partner],
				flow: ask.flow,
				measure,
				side,
				currency,
				from: year - 1,
				to: year,
				base: year
			};
			return runQuery(engine, exploreSeries, exploreQuery(view));
		});
	const monthly = (input: MonthlyInput) =>
		once<MonthlyRow>(['month', ...Object.values(input)].join('|'), () => runQuery(engine, monthlyTrade, input));
	/** What the tables hold of a reporter; null where the tables could not be read (no cause is told from nothing). */
	const held = new Map<string, Promise<CoverageRow[] | null>>();
	const coverage = (reporter: string) => {
		let rows = held.get(reporter);
		if (!rows) {
			rows = runQuery(engine, tradeCoverage, { reporter }).catch(() => null);
			held.set(reporter, rows);
		}
		return rows;
	};

	/** A calendar year's figure from the annual table: a level or share as the explorer gives it, a change from the two years' levels. */
	async function annualFigure(ask: SeriesAsk, side: Side, currency: ExploreCurrency): Promise<Found> {
		const year = ask.period.year;
		const rows = await annual(ask, ask.kind === 'share' ? 'share' : 'value', side, currency);
		const row = rows.find((r) => r.year === year && r.value !== null);
		if (!row) return null;
		const found = { value: row.value as number, months: row.months, sourceIds: row.sources, currency };
		if (ask.kind === 'level' || ask.kind === 'share') return found;
		// A change compares full years only, each as exact as it was published.
		const before = rows.find((r) => r.year === year - 1 && r.value !== null && r.months === 12);
		const change = before && row.months === 12 ? changeOf(ask.kind, ask.flow, before.value as number, found.value) : null;
		if (!before || !change) return null;
		return { ...found, value: change.value, range: change.range, sourceIds: [...new Set([...before.sources, ...row.sources])] };
	}
	async function firstAnnual(ask: SeriesAsk, side: Side, currencies: readonly ExploreCurrency[]): Promise<Found> {
		for (const currency of currencies) {
			const found = await annualFigure(ask, side, currency);
			if (found) return found;
		}
		return null;
	}
	/** The currencies a side is looked up in: the claim's own for an amount, else every one a series is in. */
	const inClaims = (ask: SeriesAsk, currencies: readonly ExploreCurrency[]) =>
		ask.currency === null ? currencies : currencies.filter((c) => c === ask.currency);

	async function forYear(ask: SeriesAsk): Promise<Officials> {
		const currencies = inClaims(ask, EXPLORE_CURRENCIES);
		const own = await firstAnnual(ask, 'reporter', currencies);
		const mirror = ask.kind === 'share' ? null : await firstAnnual(ask, 'partner', currencies);
		const other = ask.currency !== null && !own && !mirror ? await firstAnnual(ask, 'reporter', EXPLORE_CURRENCIES) : null;
		return { own: own && strip(own), mirror: mirror && strip(mirror), other };
	}
	async function forMonths(ask: SeriesAsk): Promise<Officials> {
		const ownCurrencies = monthlyCurrencies((await coverage(ask.reporter)) ?? []);
		const own = await monthlySide(ask, 'reporter', inClaims(ask, ownCurrencies), monthly);
		// The partner's books of the world do not exist, and a share is of the reporter's own total.
		const mirrored = ask.kind !== 'share' && ask.partner !== 'WLD';
		const mirror = mirrored
			? await monthlySide(ask, 'partner', inClaims(ask, monthlyCurrencies((await coverage(ask.partner)) ?? [])), monthly)
			: null;
		const other = ask.currency !== null && !own && !mirror ? await monthlySide(ask, 'reporter', ownCurrencies, monthly) : null;
		return { own: own && strip(own), mirror: mirror && strip(mirror), other };
	}

	return async (claim) => {
		const ask = seriesAsk(claim);
		if (!ask || !seriesMeasure(claim)) return NONE;
		const found = ask.annual ? await forYear(ask) : await forMonths(ask);
		const tables = found.own || found.mirror ? null : await coverage(ask.reporter);
		return tables ? { ...found, coverage: tables } : found;
	};
}

const strip = ({ currency: _currency, ...official }: Official & { currency: ExploreCurrency }): Official => official;
