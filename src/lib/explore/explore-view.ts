/**
 * An explorer view: what the reader sees. Its query (`ExploreQuery`, what the SQL needs) and how
 * the answer is shown: the tab, the chart's layout, the map's year and the table's columns. None of
 * these four changes the rows a query returns.
 */
import { exploreQuery, type ExploreQuery } from '$lib/data/explore-queries';

/** The explorer's three ways of showing one question. */
export const EXPLORE_TABS = ['chart', 'map', 'table'] as const;
export type ExploreTab = (typeof EXPLORE_TABS)[number];
/** One chart with a line per partner, or a panel per partner on a shared scale (small multiples). */
export const EXPLORE_LAYOUTS = ['lines', 'panels'] as const;
export type ExploreLayout = (typeof EXPLORE_LAYOUTS)[number];
/** The table's columns: the chosen year alone, or every year from `from` to `to`. */
export const EXPLORE_PERIODS = ['year', 'span'] as const;
export type ExplorePeriod = (typeof EXPLORE_PERIODS)[number];

export interface ExploreView extends ExploreQuery {
	/** How the lines are laid out. */
	layout: ExploreLayout;
	/** Chart, Map or Table. */
	tab: ExploreTab;
	/** The year the map and the table show. */
	year: number;
	/** Whether the table shows that year alone or every year from `from` to `to`. */
	period: ExplorePeriod;
}

/** An explorer view: the default query as lines on the Chart tab, the map's year 2020, unless said otherwise. */
export const exploreView = (over: Partial<ExploreView> = {}): ExploreView => ({
	...exploreQuery(),
	layout: 'lines',
	tab: 'chart',
	year: 2020,
	period: 'year',
	...over
});

/** The query of a view: its fields the SQL reads, and no others. */
export const viewQuery = ({ reporter, partners, flow, measure, side, from, to, base, currency }: ExploreQuery): ExploreQuery => ({
	reporter,
	partners,
	flow,
	measure,
	side,
	from,
	to,
	base,
	currency
});
