/**
 * Every SQL statement of the app. Parameters are checked against whitelists and passed as
 * prepared-statement values, never spliced into the text.
 */
import type { QueryDef } from './engine';
import { toIsoDate, toNullableNumber, toNullableText, toNumber, toText } from './engine';

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/** A whole year within range, or the error that says what was expected. */
export function checkYear(name: string, value: number): number {
	if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX) {
		throw new RangeError(`${name} must be a whole year from ${YEAR_MIN} to ${YEAR_MAX}, got ${String(value)}`);
	}
	return value;
}

export interface YearRange {
	from: number;
	to: number;
}

function yearRange(input: YearRange): [number, number] {
	const from = checkYear('from', input.from);
	const to = checkYear('to', input.to);
	if (to < from) throw new RangeError(`to (${to}) must not be before from (${from})`);
	return [from, to];
}

export interface BilateralTradeRow {
	year: number;
	reporter: string;
	partner: string;
	flow: 'exports' | 'imports';
	value: number;
	currency: string;
	valuation: string;
	sourceId: string;
}

const asFlow = (v: unknown) => {
	const t = toText(v);
	if (t !== 'exports' && t !== 'imports') throw new TypeError(`unexpected flow ${t}`);
	return t;
};

/** Canada–China goods trade in US$, both directions, as each side reports it (mirror statistics). */
export const bilateralTrade: QueryDef<YearRange, BilateralTradeRow> = {
	id: 'bilateral-trade',
	tables: ['trade_annual'],
	sql: `SELECT year::INTEGER AS year, reporter, partner, flow, value, currency, valuation, source_id
	      FROM trade_annual
	      WHERE currency = 'USD' AND year BETWEEN $1 AND $2
	        AND ((reporter = 'CAN' AND partner = 'CHN') OR (reporter = 'CHN' AND partner = 'CAN'))
	      ORDER BY reporter, flow, year, source_id`,
	params: yearRange,
	row: (r) => ({
		year: toNumber(r.year),
		reporter: toText(r.reporter),
		partner: toText(r.partner),
		flow: asFlow(r.flow),
		value: toNumber(r.value),
		currency: toText(r.currency),
		valuation: toText(r.valuation),
		sourceId: toText(r.source_id)
	})
};

export interface ExportShareRow {
	year: number;
	sourceId: string;
	currency: string;
	world: number;
	usa: number;
	chn: number;
	/** Percentage points of Canada's exports. */
	shareUsa: number;
	shareChn: number;
	shareRest: number;
}

/** Where Canada's exports go: the US, China and the rest of the world, per year and source. */
export const exportShares: QueryDef<YearRange, ExportShareRow> = {
	id: 'export-dependence',
	tables: ['trade_annual'],
	sql: `WITH x AS (
	        SELECT year, source_id, currency,
	               sum(value) FILTER (partner = 'WLD') AS world,
	               sum(value) FILTER (partner = 'USA') AS usa,
	               sum(value) FILTER (partner = 'CHN') AS chn
	        FROM trade_annual
	        WHERE reporter = 'CAN' AND flow = 'exports' AND partner IN ('WLD', 'USA', 'CHN') AND year BETWEEN $1 AND $2
	        GROUP BY year, source_id, currency)
	      SELECT year::INTEGER AS year, source_id, currency, world, usa, chn,
	             100 * usa / world AS share_usa, 100 * chn / world AS share_chn, 100 * (world - usa - chn) / world AS share_rest
	      FROM x WHERE world > 0 AND usa IS NOT NULL AND chn IS NOT NULL
	      ORDER BY year, source_id`,
	params: yearRange,
	row: (r) => ({
		year: toNumber(r.year),
		sourceId: toText(r.source_id),
		currency: toText(r.currency),
		world: toNumber(r.world),
		usa: toNumber(r.usa),
		chn: toNumber(r.chn),
		shareUsa: toNumber(r.share_usa),
		shareChn: toNumber(r.share_chn),
		shareRest: toNumber(r.share_rest)
	})
};

export interface OpinionRow {
	year: number;
	target: string;
	pctFavourable: number;
	pctUnfavourable: number | null;
	origin: string;
	sourceId: string;
}

/** Canadians' favourable views of China and of the United States, by survey year. */
export const publicOpinion: QueryDef<void, OpinionRow> = {
	id: 'public-opinion',
	tables: ['opinion'],
	sql: `SELECT year::INTEGER AS year, target, pct_favourable, pct_unfavourable, origin, source_id
	      FROM opinion WHERE survey_country = 'CAN' AND target IN ('CHN', 'USA') ORDER BY target, year`,
	params: () => [],
	row: (r) => ({
		year: toNumber(r.year),
		target: toText(r.target),
		pctFavourable: toNumber(r.pct_favourable),
		pctUnfavourable: toNullableNumber(r.pct_unfavourable),
		origin: toText(r.origin),
		sourceId: toText(r.source_id)
	})
};

export interface TariffEventRow {
	date: string;
	status: string;
	imposing: string;
	affected: string | null;
	measureKind: string;
	measure: string;
	productGroup: string;
	ratePct: number | null;
	note: string | null;
	sourceId: string;
}

/** Tariff measures between Canada and China in date order. */
export const tariffEvents: QueryDef<void, TariffEventRow> = {
	id: 'tariff-timeline',
	tables: ['tariff_events'],
	sql: `SELECT event_date, status, imposing, affected, measure_kind, measure, product_group, rate_pct, note, source_id
	      FROM tariff_events ORDER BY event_date, imposing, product_group, measure_kind`,
	params: () => [],
	row: (r) => ({
		date: toIsoDate(r.event_date),
		status: toText(r.status),
		imposing: toText(r.imposing),
		affected: toNullableText(r.affected),
		measureKind: toText(r.measure_kind),
		measure: toText(r.measure),
		productGroup: toText(r.product_group),
		ratePct: toNullableNumber(r.rate_pct),
		note: toNullableText(r.note),
		sourceId: toText(r.source_id)
	})
};

export const QUERIES = [bilateralTrade, exportShares, publicOpinion, tariffEvents] as const;
