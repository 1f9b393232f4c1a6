/**
 * The explorer's queries over trade_annual: any reporter and partners the data holds, any years,
 * flows and derived measures, as either side reports them. Every parameter is checked against a
 * whitelist and passed as a prepared-statement value.
 */
import { isKnownCode } from '../schema/countries';
import { GROUP_PREFIX, INCOME_GROUPS, isGroupPartner, WB_REGIONS } from '../schema/groups';
import { OWN_TABLE } from '../schema/own-trade';
import type { QueryDef, TablePart } from './engine';
import { toNullableNumber, toNumber, toText } from './engine';
import { checkOneOf, checkYear, yearRange, type YearRange } from './queries';

export const EXPLORE_FLOWS = ['exports', 'imports', 'balance', 'total'] as const;
export type ExploreFlow = (typeof EXPLORE_FLOWS)[number];
/** The measures a line of trade with a partner is drawn in. */
export const SERIES_MEASURES = ['value', 'share', 'change', 'index'] as const;
export type SeriesMeasure = (typeof SERIES_MEASURES)[number];
/**
 * Every measure the explorer offers: a series with partners; both sides' figures and the gap
 * between them (mirror statistics); and the dependence indicators of the published `indicators`
 * table (largest partner, concentration, partners making up 80%).
 */
export const EXPLORE_MEASURES = [...SERIES_MEASURES, 'gap', 'top', 'hhi', 'n80'] as const;
export type ExploreMeasure = (typeof EXPLORE_MEASURES)[number];
/** The measures of the indicators table, which are the reporter's own, whatever the partners. */
export const INDICATOR_MEASURES = ['top', 'hhi', 'n80'] as const satisfies readonly ExploreMeasure[];
export const isSeriesMeasure = (m: ExploreMeasure): m is SeriesMeasure => (SERIES_MEASURES as readonly string[]).includes(m);
/** Whose books: the reporter's own figures, or what its partners report (mirror statistics). */
export const EXPLORE_SIDES = ['reporter', 'partner'] as const;
export type ExploreSide = (typeof EXPLORE_SIDES)[number];
/** The currencies a view can be in: never added together, each view in one. */
export const EXPLORE_CURRENCIES = ['USD', 'CAD'] as const;
export type ExploreCurrency = (typeof EXPLORE_CURRENCIES)[number];
/** How many partners one chart compares. */
export const MAX_PARTNERS = 6;

/**
 * What the explorer's queries need to draw a view's lines: whose trade, with whom, which flow and
 * measure, as which side reports it, the years and the currency. How the reader sees the answer
 * (tab, layout, the map's year, the table's columns) is the explorer's `ExploreView`.
 */
export interface ExploreQuery extends YearRange {
	reporter: string;
	partners: string[];
	flow: ExploreFlow;
	measure: ExploreMeasure;
	side: ExploreSide;
	/** Base year of the index measure. */
	base: number;
	/** The currency of the figures drawn (a publisher's own: US$ for IMF and US Census, C$ for Statistics Canada). */
	currency: ExploreCurrency;
}

/** An explorer query: Canada's exports to China in US$, 1980–2025, as Canada reports them, unless said otherwise. */
export const exploreQuery = (over: Partial<ExploreQuery> = {}): ExploreQuery => ({
	reporter: 'CAN',
	partners: ['CHN'],
	flow: 'exports',
	measure: 'value',
	side: 'reporter',
	from: 1980,
	to: 2025,
	base: 1980,
	currency: 'USD',
	...over
});

export function checkCode(name: string, value: string): string {
	if (!/^[A-Z]{3}$/.test(value) || !isKnownCode(value)) throw new RangeError(`${name} must be a known three-letter country or economy code, got ${JSON.stringify(value)}`);
	return value;
}

export function checkExploreQuery(input: ExploreQuery): ExploreQuery {
	const [from, to] = yearRange(input);
	if (input.partners.length === 0 || input.partners.length > MAX_PARTNERS) throw new RangeError(`choose from 1 to ${MAX_PARTNERS} partners, got ${input.partners.length}`);
	const measure = checkOneOf('measure', EXPLORE_MEASURES, input.measure);
	const side = checkOneOf('side', EXPLORE_SIDES, input.side);
	if (measure === 'share' && side === 'partner') throw new RangeError('a share of the reporter’s total needs the reporter’s own figures');
	return {
		from,
		to,
		reporter: checkCode('reporter', input.reporter),
		partners: input.partners.map((p) => (isGroupPartner(p) ? p : checkCode('partner', p))),
		flow: checkOneOf('flow', EXPLORE_FLOWS, input.flow),
		measure,
		side,
		base: checkYear('base', input.base),
		currency: checkOneOf('currency', EXPLORE_CURRENCIES, input.currency)
	};
}

export interface ExploreRow {
	year: number;
	partner: string;
	/** The measure: the view's currency for value, per cent for share and change, 100 = base year for index. */
	value: number | null;
	/** The underlying value of the flow, in the view's currency. */
	amount: number | null;
	/** The months the year's figure covers: 12, or fewer for a year the publisher has not finished. */
	months: number;
	/** The sources of the figures drawn (one publisher's for a year, but a balance or total may join two). */
	sources: string[];
	/** For the largest-partner indicator: that partner's code (the value is its share). */
	category?: string | null;
}

/** The tables the explorer draws from: the published figures, and a person's own file in the browser. */
export type TradeTable = 'trade_annual' | typeof OWN_TABLE;

/**
 * One figure per reporter, partner, flow and year in the view's currency (parameter `$currency`):
 * the rule every explorer query shares. Where two publishers give the same year, the one covering
 * more months wins, then the first source. A year the publisher has not finished keeps its months
 * (fewer than 12), so no view takes it for a full year. A person's own file has full years.
 */
const figuresIn = (table: TradeTable, currency: string) => {
	const order = `${table === 'trade_annual' ? 'months DESC, ' : ''}source_id`;
	return `SELECT reporter, partner, flow, year, any_value(value ORDER BY ${order}) AS value,
	        any_value(source_id ORDER BY ${order}) AS source_id, ${table === 'trade_annual' ? 'max(months)' : '12'} AS months
	        FROM ${table} WHERE currency = ${currency} GROUP BY reporter, partner, flow, year`;
};

/**
 * The part of trade_annual a view reads: the reporter's own figures, or what every partner
 * reports of its trade with it (the world total, for shares, is among the reporter's own rows).
 */
const booksOf = (reporter: string, side: ExploreSide): TablePart => ({ table: 'trade_annual', column: side === 'reporter' ? 'reporter' : 'partner', key: reporter });

/** SQL text naming a `countries` column's value by its group code (constants of the schema, never input). */
const groupCase = (column: string, groups: readonly { code: string; name: string }[]) =>
	`CASE ${column} ${groups.map((g) => `WHEN '${g.name.replace(/'/g, "''")}' THEN '${GROUP_PREFIX}${g.code}'`).join(' ')} END`;

/** Each economy's World Bank region and income group, as partner codes (WB.EAP, WB.HIC): groups are the sums of their members. */
const GROUP_MEMBERS = `SELECT code, ${groupCase('wb_region', WB_REGIONS)} AS grp FROM countries WHERE NOT is_aggregate AND wb_region IS NOT NULL
	UNION ALL SELECT code, ${groupCase('income_group', INCOME_GROUPS)} FROM countries WHERE NOT is_aggregate AND income_group IS NOT NULL`;

/** Partner slots: unused ones are NULL, so the statement text never depends on the input. */
const partnerSlots = Array.from({ length: MAX_PARTNERS }, (_, i) => `$${i + 8}`).join(', ');

/** The explorer's lines, from the published figures or from a person's own file (same SQL, other table). */
const seriesQuery = (id: string, table: TradeTable): QueryDef<ExploreQuery, ExploreRow> => ({
	id,
	tables: [table, 'countries'],
	sql: `WITH figures AS (${figuresIn(table, '$14')}),
	      own_books AS (
	        SELECT year, partner, flow, value, months, source_id FROM figures WHERE $6 = 'reporter' AND reporter = $3
	        UNION ALL
	        -- Mirror: what each partner reports of its trade with the reporter, flows turned round.
	        SELECT year, reporter AS partner, CASE flow WHEN 'imports' THEN 'exports' ELSE 'imports' END, value, months, source_id
	        FROM figures WHERE $6 = 'partner' AND partner = $3),
	      members AS (${GROUP_MEMBERS}),
	      -- A region or income group chosen as a partner: the sum of its members' figures, each year the members' least months.
	      books AS (
	        SELECT * FROM own_books
	        UNION ALL
	        SELECT b.year, m.grp, b.flow, sum(b.value), min(b.months), string_agg(DISTINCT b.source_id, ';' ORDER BY b.source_id)
	        FROM own_books b JOIN members m ON m.code = b.partner WHERE m.grp IN (${partnerSlots})
	        GROUP BY b.year, m.grp, b.flow),
	      flows AS (
	        SELECT year, partner, min(months) AS months,
	               CASE $4 WHEN 'exports' THEN sum(value) FILTER (flow = 'exports')
	                       WHEN 'imports' THEN sum(value) FILTER (flow = 'imports')
	                       WHEN 'balance' THEN sum(value) FILTER (flow = 'exports') - sum(value) FILTER (flow = 'imports')
	                       ELSE sum(value) FILTER (flow = 'exports') + sum(value) FILTER (flow = 'imports') END AS amount,
	               -- The sources of the figures the flow is made of: the view's basis.
	               string_agg(DISTINCT source_id, ';' ORDER BY source_id) FILTER (flow = $4 OR $4 IN ('balance', 'total')) AS sources
	        FROM books GROUP BY year, partner),
	      -- Changes and indices compare full years only; a share compares the same months.
	      chosen AS (
	        SELECT f.year, f.partner, f.amount, f.months, f.sources, w.amount AS world,
	               lag(f.amount) OVER (PARTITION BY f.partner, f.months = 12 ORDER BY f.year) AS previous,
	               lag(f.year) OVER (PARTITION BY f.partner, f.months = 12 ORDER BY f.year) AS previous_year,
	               max(f.amount) FILTER (f.year = $7 AND f.months = 12) OVER (PARTITION BY f.partner) AS base
	        FROM flows f LEFT JOIN flows w ON w.year = f.year AND w.partner = 'WLD' AND w.months = f.months
	        WHERE f.partner IN (${partnerSlots}))
	      SELECT year::INTEGER AS year, partner, amount, months::INTEGER AS months, sources,
	             CASE $5 WHEN 'value' THEN amount
	                     WHEN 'share' THEN 100 * amount / nullif(world, 0)
	                     WHEN 'change' THEN CASE WHEN months = 12 AND previous_year = year - 1 THEN 100 * (amount / nullif(previous, 0) - 1) END
	                     ELSE CASE WHEN months = 12 THEN 100 * amount / nullif(base, 0) END END AS value
	      FROM chosen WHERE year BETWEEN $1 AND $2 ORDER BY partner, year`,
	params: (raw) => {
		const input = checkExploreQuery(raw);
		const slots = Array.from({ length: MAX_PARTNERS }, (_, i) => input.partners[i] ?? null);
		// The gap and the indicators are drawn from values; their own figures come from other queries.
		const measure = isSeriesMeasure(input.measure) ? input.measure : 'value';
		return [input.from, input.to, input.reporter, input.flow, measure, input.side, input.base, ...slots, input.currency];
	},
	row: (r) => ({
		year: toNumber(r.year),
		partner: toText(r.partner),
		value: toNullableNumber(r.value),
		amount: toNullableNumber(r.amount),
		months: toNumber(r.months),
		sources: r.sources === null || r.sources === undefined ? [] : [...new Set(toText(r.sources).split(';'))]
	}),
	...(table === 'trade_annual' ? { parts: (input: ExploreQuery) => [booksOf(input.reporter, input.side)] } : {})
});

export const exploreSeries = seriesQuery('explore', 'trade_annual');
/** The same lines from a person's own file, drawn beside the published ones. */
export const ownSeries = seriesQuery('explore-own', OWN_TABLE);

export interface TradePair {
	reporter: string;
	partner: string;
	currency: string;
	firstYear: number;
	lastYear: number;
	sourceIds: string[];
}

const pairsQuery = (id: string, table: TradeTable): QueryDef<void, TradePair> => ({
	id,
	tables: [table],
	sql: `SELECT reporter, partner, currency, min(year)::INTEGER AS first_year, max(year)::INTEGER AS last_year,
	             string_agg(DISTINCT source_id, ';' ORDER BY source_id) AS source_ids
	      FROM ${table} WHERE currency IN (${EXPLORE_CURRENCIES.map((c) => `'${c}'`).join(', ')})
	      GROUP BY reporter, partner, currency ORDER BY reporter, partner, currency`,
	params: () => [],
	row: (r) => ({
		reporter: toText(r.reporter),
		partner: toText(r.partner),
		currency: toText(r.currency),
		firstYear: toNumber(r.first_year),
		lastYear: toNumber(r.last_year),
		sourceIds: toText(r.source_ids).split(';')
	})
});

/** Every reporter and partner pair, in each currency it has figures in, for the explorer's choices. */
export const tradePairs = pairsQuery('explore-pairs', 'trade_annual');
/** The pairs a person's own file holds. */
export const ownPairs = pairsQuery('explore-own-pairs', OWN_TABLE);

export interface RankingInput {
	reporter: string;
	flow: 'exports' | 'imports';
	side: ExploreSide;
	year: number;
	currency: ExploreCurrency;
}

export interface RankingRow {
	partner: string;
	/** In the input's currency. */
	amount: number;
	/** The year ranked: the latest with figures, up to the one asked for. */
	year: number;
}

/** Every partner of a reporter in one full year, largest first (aggregates are left to the caller). */
export const partnerRanking: QueryDef<RankingInput, RankingRow> = {
	id: 'explore-ranking',
	tables: ['trade_annual'],
	sql: `WITH figures AS (${figuresIn('trade_annual', '$5')}),
	      books AS (
	        SELECT year, partner, value FROM figures WHERE $3 = 'reporter' AND reporter = $1 AND flow = $2 AND year <= $4 AND months = 12
	        UNION ALL
	        SELECT year, reporter, value FROM figures
	        WHERE $3 = 'partner' AND partner = $1 AND flow = CASE $2 WHEN 'exports' THEN 'imports' ELSE 'exports' END AND year <= $4 AND months = 12)
	      SELECT partner, value AS amount, year::INTEGER AS year FROM books
	      WHERE value > 0 AND year = (SELECT max(year) FROM books)
	      ORDER BY amount DESC, partner`,
	params: (input) => [
		checkCode('reporter', input.reporter),
		checkOneOf('flow', ['exports', 'imports'] as const, input.flow),
		checkOneOf('side', EXPLORE_SIDES, input.side),
		checkYear('year', input.year),
		checkOneOf('currency', EXPLORE_CURRENCIES, input.currency)
	],
	row: (r) => ({ partner: toText(r.partner), amount: toNumber(r.amount), year: toNumber(r.year) }),
	parts: (input) => [booksOf(input.reporter, input.side)]
};
