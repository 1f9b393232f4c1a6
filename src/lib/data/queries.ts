/**
 * Every SQL statement of the app. Parameters are checked against whitelists and passed as
 * prepared-statement values, never spliced into the text.
 */
import type { QueryDef } from './engine';
import { toIsoDate, toNullableNumber, toNullableText, toNumber, toText } from './engine';

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** A whole year within range, or the error that says what was expected. */
export function checkYear(name: string, value: number): number {
	if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX) {
		throw new RangeError(`${name} must be a whole year from ${YEAR_MIN} to ${YEAR_MAX}, got ${String(value)}`);
	}
	return value;
}

/** One of a whitelist's values, or the error that lists them. */
export function checkOneOf<T extends string>(name: string, values: readonly T[], value: string): T {
	const found = values.find((v) => v === value);
	if (!found) throw new RangeError(`${name} must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
	return found;
}

export interface YearRange {
	from: number;
	to: number;
}

export function yearRange(input: YearRange): [number, number] {
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

/** Whose figures to show: both sides, or one reporter's. */
export const SIDES = ['both', 'CAN', 'CHN'] as const;
export type Side = (typeof SIDES)[number];

export const checkSide = (value: string): Side => checkOneOf('side', SIDES, value);

export interface BilateralTradeInput extends YearRange {
	side: Side;
}

/** Canada–China goods trade in US$, both directions, as each side reports it (mirror statistics). */
export const bilateralTrade: QueryDef<BilateralTradeInput, BilateralTradeRow> = {
	id: 'bilateral-trade',
	tables: ['trade_annual'],
	sql: `SELECT year::INTEGER AS year, reporter, partner, flow, value, currency, valuation, source_id
	      FROM trade_annual
	      WHERE currency = 'USD' AND months = 12 AND year BETWEEN $1 AND $2
	        AND ((reporter = 'CAN' AND partner = 'CHN') OR (reporter = 'CHN' AND partner = 'CAN'))
	        AND ($3 = 'both' OR reporter = $3)
	      ORDER BY reporter, flow, year, source_id`,
	params: (input) => [...yearRange(input), checkSide(input.side)],
	parts: () => [
		{ table: 'trade_annual', column: 'reporter', key: 'CAN' },
		{ table: 'trade_annual', column: 'reporter', key: 'CHN' }
	],
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
	        WHERE reporter = 'CAN' AND flow = 'exports' AND partner IN ('WLD', 'USA', 'CHN') AND months = 12 AND year BETWEEN $1 AND $2
	        GROUP BY year, source_id, currency)
	      SELECT year::INTEGER AS year, source_id, currency, world, usa, chn,
	             100 * usa / world AS share_usa, 100 * chn / world AS share_chn, 100 * (world - usa - chn) / world AS share_rest
	      FROM x WHERE world > 0 AND usa IS NOT NULL AND chn IS NOT NULL
	      ORDER BY year, source_id`,
	params: yearRange,
	parts: () => [{ table: 'trade_annual', column: 'reporter', key: 'CAN' }],
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



/** Canola exports are reported under these Canadian export codes; the chart groups them. */
export const CANOLA_PRODUCTS = ['seed', 'oil', 'meal'] as const;
export type CanolaProduct = (typeof CANOLA_PRODUCTS)[number];

export interface CanolaExportRow {
	periodStart: string;
	periodEnd: string;
	frequency: 'month' | 'quarter';
	product: CanolaProduct;
	value: number;
	currency: string;
	sourceId: string;
}

const asCanolaProduct = (v: unknown): CanolaProduct => {
	const p = CANOLA_PRODUCTS.find((c) => c === v);
	if (!p) throw new TypeError(`unexpected canola product ${String(v)}`);
	return p;
};

/**
 * Canada's canola seed, oil and meal exports to all partners together, at the finest frequency
 * the data holds (monthly with the raw StatCan table, quarterly in the reference series).
 */
export const canolaExports: QueryDef<void, CanolaExportRow> = {
	id: 'canola-exports',
	tables: ['trade_products'],
	sql: `WITH p AS (
	        SELECT period_start, period_end, frequency, value, currency, source_id,
	               CASE WHEN product_code LIKE '1205%' THEN 'seed' WHEN product_code LIKE '1514%' THEN 'oil' ELSE 'meal' END AS product
	        FROM trade_products
	        WHERE reporter = 'CAN' AND partner = 'WLD' AND flow = 'exports' AND product_system = 'ca_export_8'
	          AND (product_code LIKE '1205%' OR product_code LIKE '1514%' OR product_code LIKE '2306.4%')),
	      finest AS (SELECT CASE WHEN bool_or(frequency = 'month') THEN 'month' ELSE 'quarter' END AS frequency FROM p)
	      SELECT p.period_start, p.period_end, p.frequency, p.product, sum(p.value)::DOUBLE AS value, p.currency, p.source_id
	      FROM p JOIN finest USING (frequency)
	      GROUP BY ALL ORDER BY p.product, p.period_start`,
	params: () => [],
	row: (r) => {
		const frequency = toText(r.frequency);
		if (frequency !== 'month' && frequency !== 'quarter') throw new TypeError(`unexpected frequency ${frequency}`);
		return {
			periodStart: toIsoDate(r.period_start),
			periodEnd: toIsoDate(r.period_end),
			frequency,
			product: asCanolaProduct(r.product),
			value: toNumber(r.value),
			currency: toText(r.currency),
			sourceId: toText(r.source_id)
		};
	}
};

export interface FigureLedgerRow {
	figureId: string;
	claim: string;
	measure: string;
	reporter: string | null;
	partner: string | null;
	flow: string | null;
	product: string | null;
	periodStart: string;
	periodEnd: string;
	value: number;
	unit: string;
	qualifier: string;
	status: string;
	sourceId: string;
	locator: string;
	asWritten: string;
	note: string | null;
	related: string[];
}

/** Every figure quoted by the articles, for the ledger, the headline figures and chart annotations. */
export const allFigures: QueryDef<void, FigureLedgerRow> = {
	id: 'figures',
	tables: ['figures'],
	sql: `SELECT figure_id, claim, measure, reporter, partner, flow, product, period_start, period_end, value, unit,
	             qualifier, status, source_id, locator, as_written, note, related
	      FROM figures ORDER BY source_id, figure_id`,
	params: () => [],
	row: (r) => ({
		figureId: toText(r.figure_id),
		claim: toText(r.claim),
		measure: toText(r.measure),
		reporter: toNullableText(r.reporter),
		partner: toNullableText(r.partner),
		flow: toNullableText(r.flow),
		product: toNullableText(r.product),
		periodStart: toIsoDate(r.period_start),
		periodEnd: toIsoDate(r.period_end),
		value: toNumber(r.value),
		unit: toText(r.unit),
		qualifier: toText(r.qualifier),
		status: toText(r.status),
		sourceId: toText(r.source_id),
		locator: toText(r.locator),
		asWritten: toText(r.as_written),
		note: toNullableText(r.note),
		related: (toNullableText(r.related) ?? '')
			.split(';')
			.map((s) => s.trim())
			.filter(Boolean)
	})
};

export interface SourceInfo {
	sourceId: string;
	kind: string;
	title: string;
	publisher: string | null;
	outlet: string | null;
	published: string | null;
	url: string | null;
	licence: string;
	attribution: string;
	note: string | null;
}

/** Every source, with its licence and the attribution line to print beside its data. */
export const allSources: QueryDef<void, SourceInfo> = {
	id: 'sources',
	tables: ['sources'],
	sql: `SELECT source_id, kind, title, publisher, outlet, published, url, licence, attribution, note
	      FROM sources ORDER BY kind, published NULLS LAST, source_id`,
	params: () => [],
	row: (r) => ({
		sourceId: toText(r.source_id),
		kind: toText(r.kind),
		title: toText(r.title),
		publisher: toNullableText(r.publisher),
		outlet: toNullableText(r.outlet),
		published: r.published === null || r.published === undefined ? null : toIsoDate(r.published),
		url: toNullableText(r.url),
		licence: toText(r.licence),
		attribution: toText(r.attribution),
		note: toNullableText(r.note)
	})
};
