/**
 * The explorer's Map and Table tabs: every reporter's dependence indicators (the published
 * `indicators` table), and what every reporter trades with one partner beside what that partner
 * reports of it (mirror statistics). Every input is checked against a whitelist and passed as a
 * prepared-statement value; the SQL text never depends on it.
 */
import { TRADE_FLOWS, type TradeFlow } from '../schema/enums';
import type { QueryDef, TablePart } from './engine';
import { toNullableNumber, toNullableText, toNumber, toText } from './engine';
import { EXPLORE_CURRENCIES, checkCode, type ExploreCurrency } from './explore-queries';
import { checkOneOf } from './queries';

/** The flows the indicators describe: a reporter's exports or its imports, never both added. */
export const INDICATOR_FLOWS = TRADE_FLOWS;
export type IndicatorFlow = TradeFlow;

export interface IndicatorInput {
	flow: IndicatorFlow;
	/** The currency of the figures (a publisher's own: US$ for IMF and US Census, C$ for Statistics Canada). */
	currency: ExploreCurrency;
}

/** One reporter's indicators for one year, from one source (see the `indicators` table for each definition). */
export interface IndicatorRow {
	reporter: string;
	flow: IndicatorFlow;
	year: number;
	currency: string;
	/** 12, or fewer for a year the publisher has not finished. */
	months: number;
	/** The world figure, or where the source has none the sum over partner economies. */
	total: number;
	/** Partner economies with a positive value. */
	partnerCount: number;
	topPartner: string | null;
	topValue: number | null;
	/** Per cent of total. */
	topShare: number | null;
	secondPartner: string | null;
	secondShare: number | null;
	/** Herfindahl–Hirschman index, 0–10,000. */
	hhi: number | null;
	/** The fewest partner economies making up 80% of total (null: all of them do not). */
	partners80: number | null;
	sourceId: string;
}

export interface PartnerMeasureInput {
	/** The one partner every reporter's trade is measured with. */
	partner: string;
	flow: IndicatorFlow;
	currency: ExploreCurrency;
}

/** What one reporter records of its flow with the partner in one year, and what the partner records of it. */
export interface PartnerMeasureRow {
	reporter: string;
	year: number;
	/** The reporter's figure of its flow with the partner (null: only the partner reports it). */
	value: number | null;
	/** 100 × value / the reporter's indicators total (same source, year and flow). */
	share: number | null;
	/** The partner's figure of the opposite flow with the reporter (its imports from it, for exports). */
	mirror: number | null;
	/** value − mirror, where both cover the same months. */
	gap: number | null;
	/** 100 × (value − mirror) / mirror, where both cover the same months. */
	gapPct: number | null;
	/** FOB, CIF…: an importer's CIF figure exceeds the exporter's FOB one by freight and insurance. */
	valuation: string | null;
	mirrorValuation: string | null;
	/**
	 * The partner's place among the reporter's partner economies that year: 1 or 2, read from the
	 * indicators table's top_partner and second_partner; null below second place (or where the
	 * partner is no economy), since the query reads only this partner's rows, not every other's.
	 */
	rank: number | null;
	/** The reporter's partner economies with a positive value that year (so a null rank can say "of N"). */
	partnerCount: number | null;
	months: number | null;
	mirrorMonths: number | null;
	sourceId: string | null;
	mirrorSourceId: string | null;
}

const checkFlow = (flow: string): IndicatorFlow => checkOneOf('flow', INDICATOR_FLOWS, flow);
const checkCurrency = (currency: string): ExploreCurrency => checkOneOf('currency', EXPLORE_CURRENCIES, currency);

/** One source per reporter and year, chosen as the explorer's figures are: the most months, then the first source. */
export const economyIndicators: QueryDef<IndicatorInput, IndicatorRow> = {
	id: 'explore-indicators',
	tables: ['indicators'],
	sql: `SELECT reporter, flow, year::INTEGER AS year, currency, months::INTEGER AS months, total, partner_count::INTEGER AS partner_count,
	             top_partner, top_value, top_share, second_partner, second_share, hhi, partners_80::INTEGER AS partners_80, source_id
	      FROM indicators WHERE flow = $1 AND currency = $2
	      QUALIFY row_number() OVER (PARTITION BY reporter, year ORDER BY months DESC, source_id) = 1
	      ORDER BY reporter, year`,
	params: (input) => [checkFlow(input.flow), checkCurrency(input.currency)],
	row: (r) => ({
		reporter: toText(r.reporter),
		flow: checkFlow(toText(r.flow)),
		year: toNumber(r.year),
		currency: toText(r.currency),
		months: toNumber(r.months),
		total: toNumber(r.total),
		partnerCount: toNumber(r.partner_count),
		topPartner: toNullableText(r.top_partner),
		topValue: toNullableNumber(r.top_value),
		topShare: toNullableNumber(r.top_share),
		secondPartner: toNullableText(r.second_partner),
		secondShare: toNullableNumber(r.second_share),
		hhi: toNullableNumber(r.hhi),
		partners80: toNullableNumber(r.partners_80),
		sourceId: toText(r.source_id)
	})
};

/**
 * What one side records of its trade with the partner ($1) in the currency ($3): one figure per
 * economy on the other side and year, chosen as the explorer's figuresIn chooses (the source
 * covering the most months, then the first source). `flow` is SQL over the parameters.
 */
const chosen = (side: 'reporter' | 'partner', flow: string) => {
	const other = side === 'partner' ? 'reporter' : 'partner';
	const order = 'ORDER BY months DESC, source_id';
	return `SELECT ${other} AS reporter, year, any_value(value ${order}) AS value, any_value(valuation ${order}) AS valuation,
	               any_value(source_id ${order}) AS source_id, max(months) AS months
	        FROM trade_annual WHERE ${side} = $1 AND flow = ${flow} AND currency = $3 GROUP BY ${other}, year`;
};

/**
 * Every reporter's trade with one partner, year by year: its own figure, its share of the
 * reporter's total, and the partner's mirror figure with the gap between the two. Reads only the
 * partner's two parts of trade_annual (what others report of it, what it reports itself), and the
 * indicators table whole (runQuery loads whole any table a query names but has no part of).
 */
export const partnerMeasures: QueryDef<PartnerMeasureInput, PartnerMeasureRow> = {
	id: 'explore-partner-measures',
	tables: ['trade_annual', 'indicators'],
	sql: `WITH own AS (${chosen('partner', '$2')}),
	      -- The partner's own books, flow turned round: its imports from each economy, for exports.
	      mirror AS (${chosen('reporter', "CASE $2 WHEN 'exports' THEN 'imports' ELSE 'exports' END")})
	      SELECT coalesce(o.reporter, m.reporter) AS reporter, coalesce(o.year, m.year)::INTEGER AS year,
	             o.value, 100 * o.value / nullif(i.total, 0) AS share, m.value AS mirror,
	             CASE WHEN o.months = m.months THEN o.value - m.value END AS gap,
	             CASE WHEN o.months = m.months THEN 100 * (o.value - m.value) / nullif(m.value, 0) END AS gap_pct,
	             o.valuation, m.valuation AS mirror_valuation,
	             CASE WHEN i.top_partner = $1 THEN 1 WHEN i.second_partner = $1 THEN 2 END AS rank,
	             i.partner_count::INTEGER AS partner_count, o.months::INTEGER AS months, m.months::INTEGER AS mirror_months,
	             o.source_id, m.source_id AS mirror_source_id
	      FROM own o FULL JOIN mirror m ON m.reporter = o.reporter AND m.year = o.year
	      LEFT JOIN indicators i ON i.reporter = o.reporter AND i.year = o.year AND i.flow = $2 AND i.source_id = o.source_id
	      ORDER BY reporter, year`,
	params: (input) => [checkCode('partner', input.partner), checkFlow(input.flow), checkCurrency(input.currency)],
	row: (r) => ({
		reporter: toText(r.reporter),
		year: toNumber(r.year),
		value: toNullableNumber(r.value),
		share: toNullableNumber(r.share),
		mirror: toNullableNumber(r.mirror),
		gap: toNullableNumber(r.gap),
		gapPct: toNullableNumber(r.gap_pct),
		valuation: toNullableText(r.valuation),
		mirrorValuation: toNullableText(r.mirror_valuation),
		rank: toNullableNumber(r.rank),
		partnerCount: toNullableNumber(r.partner_count),
		months: toNullableNumber(r.months),
		mirrorMonths: toNullableNumber(r.mirror_months),
		sourceId: toNullableText(r.source_id),
		mirrorSourceId: toNullableText(r.mirror_source_id)
	}),
	parts: (input): TablePart[] => [
		{ table: 'trade_annual', column: 'partner', key: input.partner },
		{ table: 'trade_annual', column: 'reporter', key: input.partner }
	]
};
