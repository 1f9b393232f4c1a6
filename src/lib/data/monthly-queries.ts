/**
 * The article checker's queries over the monthly table: a reporter's exports and imports with a
 * partner (or the world) month by month, as either side records them, and what the trade tables
 * hold of a reporter (which publishers, currencies and periods). Every parameter is checked against
 * a whitelist and passed as a prepared-statement value.
 */
import { CURRENCIES, type Currency } from '../schema/enums';
import type { QueryDef } from './engine';
import { toIsoDate, toNullableNumber, toText } from './engine';
import { checkCode, EXPLORE_SIDES, type ExploreSide } from './explore-queries';
import { checkOneOf, checkYear } from './queries';

export interface MonthlyInput {
	reporter: string;
	/** A partner economy, or WLD for the world. */
	partner: string;
	/** The reporter's own records, or what the partner records of its trade with the reporter (flows turned round). */
	side: ExploreSide;
	currency: Currency;
	/** The first and last month, as YYYY-MM. */
	from: string;
	to: string;
}

export interface MonthlyRow {
	/** YYYY-MM. */
	month: string;
	/** In the input's currency; null where the month has no figure for the flow. */
	exports: number | null;
	imports: number | null;
	sources: string[];
}

/** A month as YYYY-MM with a real month and a year in range, or the error that says what was expected. */
export function checkMonth(name: string, value: string): string {
	const m = /^(\d{4})-(\d{2})$/.exec(value);
	if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new RangeError(`${name} must be a month as YYYY-MM, got ${JSON.stringify(value)}`);
	checkYear(name, Number(m[1]));
	return value;
}

const sourceList = (v: unknown) => (v === null || v === undefined ? [] : [...new Set(toText(v).split(';'))]);

/**
 * One row a month. The world is the publisher's own world row where it gives one (the US Census
 * Bureau), else the sum over every partner that is no aggregate (Statistics Canada lists countries
 * only), so no partner is counted twice. Where two publishers give the same month, the first source.
 */
export const monthlyTrade: QueryDef<MonthlyInput, MonthlyRow> = {
	id: 'check-monthly',
	tables: ['trade_monthly', 'countries'],
	sql: `WITH figures AS (
	        SELECT reporter, partner, flow, period_start, any_value(value ORDER BY source_id) AS value,
	               any_value(source_id ORDER BY source_id) AS source_id
	        FROM trade_monthly
	        WHERE currency = $4 AND period_start BETWEEN CAST($5 AS DATE) AND CAST($6 AS DATE)
	          AND (($3 = 'reporter' AND reporter = $1) OR ($3 = 'partner' AND reporter = $2 AND partner = $1))
	        GROUP BY reporter, partner, flow, period_start),
	      books AS (
	        SELECT period_start, partner, flow, value, source_id FROM figures WHERE $3 = 'reporter'
	        UNION ALL
	        SELECT period_start, reporter, CASE flow WHEN 'imports' THEN 'exports' ELSE 'imports' END, value, source_id
	        FROM figures WHERE $3 = 'partner'),
	      world AS (
	        SELECT period_start, flow, value, source_id, partner = 'WLD' AS given FROM books
	        WHERE $2 = 'WLD' AND (partner = 'WLD' OR partner NOT IN (SELECT code FROM countries WHERE is_aggregate))),
	      chosen AS (
	        SELECT period_start, flow, value, source_id FROM books WHERE $2 <> 'WLD' AND partner = $2
	        UNION ALL
	        SELECT period_start, flow, CASE WHEN bool_or(given) THEN sum(value) FILTER (given) ELSE sum(value) END,
	               string_agg(DISTINCT source_id, ';' ORDER BY source_id)
	        FROM world GROUP BY period_start, flow)
	      SELECT period_start, sum(value) FILTER (flow = 'exports') AS exports, sum(value) FILTER (flow = 'imports') AS imports,
	             string_agg(DISTINCT source_id, ';' ORDER BY source_id) AS sources
	      FROM chosen GROUP BY period_start ORDER BY period_start`,
	params: (input) => {
		const [from, to] = [checkMonth('from', input.from), checkMonth('to', input.to)];
		if (to < from) throw new RangeError(`to (${to}) must not be before from (${from})`);
		return [
			checkCode('reporter', input.reporter),
			checkCode('partner', input.partner),
			checkOneOf('side', EXPLORE_SIDES, input.side),
			checkOneOf('currency', CURRENCIES, input.currency),
			`${from}-01`,
			`${to}-01`
		];
	},
	row: (r) => ({
		month: toIsoDate(r.period_start).slice(0, 7),
		exports: toNullableNumber(r.exports),
		imports: toNullableNumber(r.imports),
		sources: sourceList(r.sources)
	})
};

export const FREQUENCIES_HELD = ['month', 'year'] as const;

export interface CoverageRow {
	/** month: the monthly table (the reporters' own publishers); year: the annual table. */
	frequency: (typeof FREQUENCIES_HELD)[number];
	sourceId: string;
	currency: string;
	/** The first day of the first period and the last day of the last, as ISO dates. */
	first: string;
	last: string;
}

/** What the trade tables hold of a reporter's own records: each publisher's currency and first and last period. */
export const tradeCoverage: QueryDef<{ reporter: string }, CoverageRow> = {
	id: 'check-coverage',
	tables: ['trade_annual', 'trade_monthly'],
	sql: `SELECT 'year' AS frequency, source_id, currency, min(period_start) AS first, max(period_end) AS last
	      FROM trade_annual WHERE reporter = $1 GROUP BY source_id, currency
	      UNION ALL
	      SELECT 'month', source_id, currency, min(period_start), max(period_end)
	      FROM trade_monthly WHERE reporter = $1 GROUP BY source_id, currency
	      ORDER BY frequency, source_id, currency`,
	params: (input) => [checkCode('reporter', input.reporter)],
	row: (r) => ({
		frequency: checkOneOf('frequency', FREQUENCIES_HELD, toText(r.frequency)),
		sourceId: toText(r.source_id),
		currency: toText(r.currency),
		first: toIsoDate(r.first),
		last: toIsoDate(r.last)
	}),
	parts: (input) => [{ table: 'trade_annual', column: 'reporter', key: input.reporter }]
};
