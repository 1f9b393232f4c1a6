/**
 * The published tables: Trade Lens's public data contract. Every Parquet file under
 * `static/data/` is written from one of these specifications, and the app reads rows typed by them.
 */
import type { ColumnSpec, TableSpec } from './columns';
import {
	BASES,
	CURRENCIES,
	FLOWS,
	FREQUENCIES,
	MEASURE_KINDS,
	MEASURES,
	OPINION_ORIGINS,
	PARTNER_BASES,
	PRODUCT_GROUPS,
	PRODUCT_SYSTEMS,
	QUALIFIERS,
	SOURCE_KINDS,
	STATUSES,
	TRADE_FLOWS,
	TRADE_SCOPES,
	UNITS,
	UNITS_HINT,
	VALUATIONS
} from './enums';
import { isResidual } from './countries';
import { EXTRA_CODES } from './extra-codes';

export const SCHEMA_VERSION = 1;

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const ID_HINT = 'lowercase letters, digits, "-" or "_"';
const HS_PATTERN = /^[0-9]{2}([0-9.]*[0-9])?$/;
const HS_HINT = 'an HS-style code of digits and dots, e.g. 1205 or 1205.10.20';

const sourceId = {
	name: 'source_id',
	type: 'text',
	references: 'sources',
	description: 'The source of the row (a row of the sources table)'
} as const satisfies ColumnSpec;

const periodStart = {
	name: 'period_start',
	type: 'date',
	description: 'First day of the period the value covers'
} as const satisfies ColumnSpec;
const periodEnd = {
	name: 'period_end',
	type: 'date',
	description: 'Last day of the period the value covers'
} as const satisfies ColumnSpec;

/** Columns shared by every trade-flow table. */
const tradeValueColumns = [
	{ name: 'flow', type: 'text', values: TRADE_FLOWS, description: 'exports or imports, as the reporter records them' },
	periodStart,
	periodEnd,
	{
		name: 'value',
		type: 'double',
		description: 'Value of goods in base currency units (not thousands or millions); negative only in a publisher’s residual categories'
	},
	{ name: 'currency', type: 'text', values: CURRENCIES, description: 'Currency of value' },
	{
		name: 'valuation',
		type: 'text',
		values: VALUATIONS,
		description: 'FOB (at the exporter’s border), CIF (including insurance and freight), FAS (alongside ship) or customs_value (US imports)'
	},
	{ name: 'basis', type: 'text', values: BASES, description: 'customs records or balance-of-payments basis' },
	{
		name: 'partner_basis',
		type: 'text',
		values: PARTNER_BASES,
		description: 'What the partner means: country of origin, last known destination, consignment, or unspecified'
	}
] as const satisfies readonly ColumnSpec[];

export const figures = {
	name: 'figures',
	title: 'Figures quoted in the source articles',
	description:
		'Every numeric claim in the source articles, restated in the project’s words, with its unit, basis and place; and ' +
		'the reference figures of official datasets that answer them (a mirror flow), each cited to its dataset row.',
	key: ['figure_id'],
	orderBy: ['source_id', 'figure_id'],
	columns: [
		{ name: 'figure_id', type: 'text', pattern: ID_PATTERN, patternHint: ID_HINT, description: 'Stable identifier of the figure' },
		{ name: 'claim', type: 'text', description: 'The claim in the project’s own words' },
		{ name: 'measure', type: 'text', values: MEASURES, description: 'What kind of quantity the figure is' },
		{ name: 'reporter', type: 'text', country: true, nullable: true, description: 'Economy whose figure it is (ISO 3166 alpha-3)' },
		{ name: 'partner', type: 'text', country: true, nullable: true, description: 'Partner economy (ISO 3166 alpha-3)' },
		{ name: 'flow', type: 'text', values: FLOWS, nullable: true, description: 'Trade flow, where one applies' },
		{
			name: 'product',
			type: 'text',
			pattern: HS_PATTERN,
			patternHint: HS_HINT,
			nullable: true,
			description: 'HS code of the product, where one applies'
		},
		{
			name: 'scope',
			type: 'text',
			values: TRADE_SCOPES,
			nullable: true,
			description:
				'What a trade value, change, share or trade rank covers when no single product does: all_goods or manufactured_goods, ' +
				'or services, or goods_and_services together (balance-of-payments figures). ' +
				'A trade value, change or share has a scope or a product, never both; only all_goods shares are compared with the ' +
				'official all-goods series'
		},
		periodStart,
		periodEnd,
		{
			name: 'value',
			type: 'double',
			description:
				'The value in base units (US$ not US$ billions; 75 for 75%; 2 for second place). A change carries its direction ' +
				'in the sign (a fall is negative). A measure stated without a number holds the rate its words imply (0 for a duty ' +
				'removed) or the rate in force it is cut below'
		},
		{
			name: 'unit',
			type: 'text',
			values: UNITS,
			valuesHint: UNITS_HINT,
			description:
				'Unit of value: an ISO 4217 currency code for money (USD, CAD, EUR…), pct for per cent, rank for a place in an order ' +
				'(second-largest is 2), count only for a number of things'
		},
		{
			name: 'qualifier',
			type: 'text',
			values: QUALIFIERS,
			description:
				'How the source hedges the number: exact, about, less_than, more_than, at_least or up_to. It bounds the size of ' +
				'value, while the sign of value gives the direction: a fall of more than 10% is -10 with more_than, a change of ' +
				'-10% or below'
		},
		{ name: 'status', type: 'text', values: STATUSES, description: 'reported, in_force, announced or expected' },
		sourceId,
		{
			name: 'locator',
			type: 'text',
			pattern: /^(¶[1-9][0-9]*|[a-z_]+\[[^[\]]+\])$/,
			patternHint:
				'¶ and a paragraph number, e.g. ¶27 (an article or web page), or a dataset row as table[key values], e.g. trade_annual[CAN,CHN,exports,2025]',
			description:
				'Where the source states it: ¶N, the Nth non-empty line of an article or web page; or table[key values without source_id], the row of a published table that holds a dataset’s figure'
		},
		{
			name: 'as_written',
			type: 'text',
			description:
				'The figure exactly as the source prints it (number and unit only; the words, for a measure stated without a number; the value as the table holds it, for a dataset)'
		},
		{ name: 'note', type: 'text', nullable: true, description: 'Why it differs from a related figure, or how to read it' },
		{
			name: 'related',
			type: 'text',
			nullable: true,
			description:
				'figure_ids of figures stating the same or a conflicting fact (or its mirror flow), separated by ";"; every link is listed on both rows'
		}
	]
} as const satisfies TableSpec;

export const sources = {
	name: 'sources',
	title: 'Sources',
	description: 'Every source a row of any table cites: the articles and the official datasets, with licence and attribution.',
	key: ['source_id'],
	orderBy: ['source_id'],
	columns: [
		{ name: 'source_id', type: 'text', pattern: ID_PATTERN, patternHint: ID_HINT, description: 'Identifier cited by other tables' },
		{ name: 'kind', type: 'text', values: SOURCE_KINDS, description: 'article, dataset, web_page or compilation' },
		{ name: 'title', type: 'text', description: 'Title or short description' },
		{ name: 'publisher', type: 'text', nullable: true, description: 'Publisher, where known' },
		{ name: 'outlet', type: 'text', nullable: true, description: 'News outlet, where the article itself names it' },
		{ name: 'published', type: 'date', nullable: true, description: 'Publication date' },
		{
			name: 'url',
			type: 'text',
			nullable: true,
			pattern: /^https?:\/\/\S+$/,
			patternHint: 'an http(s) URL',
			description: 'Where to find it'
		},
		{ name: 'licence', type: 'text', description: 'Licence or terms of use' },
		{ name: 'attribution', type: 'text', description: 'The source line to print wherever its data is shown' },
		{ name: 'note', type: 'text', nullable: true, description: 'How it was used or identified' }
	]
} as const satisfies TableSpec;

export const tradeAnnual = {
	name: 'trade_annual',
	title: 'Annual bilateral merchandise trade',
	description:
		'Annual goods trade between a reporter and a partner, as the reporter records it. Mirror flows (A’s exports to B, B’s imports from A) are separate rows.',
	key: ['reporter', 'partner', 'flow', 'year', 'source_id'],
	orderBy: ['reporter', 'partner', 'flow', 'year', 'source_id'],
	// The explorer reads one reporter's figures, or (mirror statistics) what every partner says of one economy.
	splitBy: ['reporter', 'partner'],
	hiveBy: 'reporter',
	columns: [
		{ name: 'reporter', type: 'text', country: true, description: 'Reporting economy (ISO 3166 alpha-3 or project aggregate code)' },
		{ name: 'partner', type: 'text', country: true, description: 'Partner economy (ISO 3166 alpha-3 or project aggregate code)' },
		tradeValueColumns[0],
		{ name: 'year', type: 'integer', min: 1900, max: 2100, description: 'Calendar year' },
		...tradeValueColumns.slice(1),
		{ name: 'is_estimate', type: 'boolean', description: 'The publisher marks the value as an estimate' },
		{
			name: 'months',
			type: 'integer',
			min: 1,
			max: 12,
			description:
				'Months the value covers: 12 for a full year; fewer for a year the publisher has not finished (never draw it as a full year)'
		},
		sourceId
	]
} as const satisfies TableSpec;

export const tradeMonthly = {
	name: 'trade_monthly',
	title: 'Monthly merchandise trade by partner',
	description: 'Monthly goods trade between a reporter and each partner, as the reporter records it.',
	key: ['reporter', 'partner', 'flow', 'period_start', 'source_id'],
	orderBy: ['reporter', 'partner', 'flow', 'period_start', 'source_id'],
	columns: [
		{ name: 'reporter', type: 'text', country: true, description: 'Reporting economy' },
		{ name: 'partner', type: 'text', country: true, description: 'Partner economy' },
		...tradeValueColumns,
		sourceId
	]
} as const satisfies TableSpec;

export const tradeProducts = {
	name: 'trade_products',
	title: 'Merchandise trade by product',
	description:
		'Goods trade in detailed product lines, by month, quarter or year. Export and import codes come from different classifications: never add them together.',
	key: ['reporter', 'partner', 'product_system', 'product_code', 'flow', 'frequency', 'period_start', 'source_id'],
	orderBy: ['reporter', 'partner', 'product_system', 'product_code', 'flow', 'frequency', 'period_start', 'source_id'],
	columns: [
		{ name: 'reporter', type: 'text', country: true, description: 'Reporting economy' },
		{ name: 'partner', type: 'text', country: true, description: 'Partner economy (WLD for all partners together)' },
		{ name: 'product_system', type: 'text', values: PRODUCT_SYSTEMS, description: 'Classification of product_code' },
		{
			name: 'product_code',
			type: 'text',
			pattern: /^[0-9]{2}[0-9.]*[0-9]( [0-9]{2})?$/,
			patternHint: 'digits and dots with an optional two-digit statistical suffix, e.g. 1205.10.20 or 8703.80.00 90',
			description: 'Product code'
		},
		{ name: 'product_name', type: 'text', description: 'Product description as the publisher gives it' },
		{ name: 'frequency', type: 'text', values: FREQUENCIES, description: 'month, quarter or year' },
		...tradeValueColumns,
		sourceId
	]
} as const satisfies TableSpec;

/**
 * The publishers' residual categories (countries not specified, not included elsewhere, special
 * categories…): partners in trade_annual, but no economy. Every special code but Kosovo's.
 */
export const RESIDUAL_CODES: readonly string[] = EXTRA_CODES.filter((c) => isResidual(c.code)).map((c) => c.code);

/** The share of total that partners_80 counts up to. */
export const PARTNERS_SHARE = 80;

export const indicators = {
	name: 'indicators',
	title: 'Dependence indicators of each reporter’s trade',
	description:
		'How a reporter’s exports or imports are spread over its partners, one row per reporter, flow, year and source, computed by ' +
		'the data build from that source’s rows of trade_annual alone (in its own currency; sources and currencies are never mixed). ' +
		'Only sources of kind dataset are used: a figure an article or web page quotes is not a reporter’s whole trade. ' +
		'Partner economies are the partners that are neither aggregates (is_aggregate in countries) nor residual categories ' +
		`(${RESIDUAL_CODES.join(', ')}), other than the reporter itself; former economies count. Only partner economies with a ` +
		'positive value enter the counts, ranks and shares. Ties in value are broken by partner code (the earlier code ranks first).',
	key: ['reporter', 'flow', 'year', 'source_id'],
	orderBy: ['reporter', 'flow', 'year', 'source_id'],
	columns: [
		{ name: 'reporter', type: 'text', country: true, description: 'Reporting economy or group (as in trade_annual)' },
		{ name: 'flow', type: 'text', values: TRADE_FLOWS, description: 'exports or imports, as the reporter records them' },
		{ name: 'year', type: 'integer', min: 1900, max: 2100, description: 'Calendar year' },
		{ name: 'currency', type: 'text', values: CURRENCIES, description: 'Currency of total and top_value: the source’s own' },
		{
			name: 'months',
			type: 'integer',
			min: 1,
			max: 12,
			description: 'Months the source’s figures of the year cover: 12 for a full year; fewer for a year the publisher has not finished'
		},
		{
			name: 'total',
			type: 'double',
			description:
				'The whole every share is of, in currency: the reporter’s figure for the world (partner WLD) where the source gives one; ' +
				'otherwise the sum of the positive values of its partner economies'
		},
		{ name: 'partner_count', type: 'integer', min: 0, description: 'Number of partner economies with a positive value' },
		{
			name: 'top_partner',
			type: 'text',
			country: true,
			nullable: true,
			description: 'The partner economy with the largest value (null when no partner economy has a positive value)'
		},
		{ name: 'top_value', type: 'double', nullable: true, description: 'top_partner’s value, in currency' },
		{
			name: 'top_share',
			type: 'double',
			nullable: true,
			description:
				'100 × top_value / total: top_partner’s per cent of total (a little over 100 where a publisher’s partners add up to more than its world figure)'
		},
		{
			name: 'second_partner',
			type: 'text',
			country: true,
			nullable: true,
			description: 'The partner economy with the second-largest value (null when fewer than two have a positive value)'
		},
		{ name: 'second_share', type: 'double', nullable: true, description: '100 × second_partner’s value / total: its per cent of total' },
		{
			name: 'hhi',
			type: 'double',
			min: 0,
			nullable: true,
			description:
				'Herfindahl–Hirschman index of concentration: the sum over partner economies of the square of each one’s per cent of total ' +
				'(100 × value / total), from near 0 (spread thinly over many partners) to 10,000 (one partner takes it all); null when no ' +
				'partner economy has a positive value. Where total is the world figure, the residual categories’ part of it is in no share'
		},
		{
			name: 'partners_80',
			type: 'integer',
			min: 1,
			nullable: true,
			description:
				`The fewest partner economies whose values add up to at least ${PARTNERS_SHARE}% of total: counting from the largest down, the ` +
				`number at which their running sum first reaches ${PARTNERS_SHARE / 100} × total; null when all of them together stay below it`
		},
		sourceId
	]
} as const satisfies TableSpec;

export const opinion = {
	name: 'opinion',
	title: 'Favourable views of other countries',
	description: 'Share of adults in a surveyed country with a favourable or unfavourable view of a target country.',
	key: ['survey_country', 'target', 'year', 'source_id'],
	orderBy: ['survey_country', 'target', 'year', 'source_id'],
	columns: [
		{ name: 'survey_country', type: 'text', country: true, description: 'Where the survey was taken' },
		{ name: 'target', type: 'text', country: true, description: 'The country asked about' },
		{ name: 'year', type: 'integer', min: 1900, max: 2100, description: 'Survey year' },
		periodStart,
		periodEnd,
		{ name: 'pct_favourable', type: 'double', min: 0, max: 100, description: 'Per cent of all respondents with a favourable view' },
		{ name: 'pct_unfavourable', type: 'double', min: 0, max: 100, nullable: true, description: 'Per cent with an unfavourable view' },
		{ name: 'pct_no_answer', type: 'double', min: 0, max: 100, nullable: true, description: 'Per cent who did not know or refused' },
		{ name: 'respondents', type: 'integer', min: 1, nullable: true, description: 'Number of respondents' },
		{
			name: 'origin',
			type: 'text',
			values: OPINION_ORIGINS,
			description: 'microdata (computed from respondents) or published (as the publisher printed it)'
		},
		sourceId
	]
} as const satisfies TableSpec;

export const tariffEvents = {
	name: 'tariff_events',
	title: 'Tariff measures between Canada and China',
	description:
		'Dated tariff measures: who imposes them, on whom, on which products, at what rate, and whether they are in force, announced or expected.',
	key: ['event_date', 'imposing', 'product_group', 'measure_kind'],
	orderBy: ['event_date', 'imposing', 'product_group', 'measure_kind'],
	columns: [
		{ name: 'event_date', type: 'date', description: 'Date the measure takes effect (or was announced, for announcements)' },
		{ name: 'status', type: 'text', values: STATUSES, description: 'in_force, announced or expected' },
		{ name: 'imposing', type: 'text', country: true, description: 'Economy imposing the measure' },
		{
			name: 'affected',
			type: 'text',
			country: true,
			nullable: true,
			description: 'Economy whose goods it targets (null: all most-favoured-nation origins)'
		},
		{ name: 'measure_kind', type: 'text', values: MEASURE_KINDS, description: 'Kind of measure' },
		{ name: 'measure', type: 'text', description: 'The measure in words' },
		{ name: 'product_group', type: 'text', values: PRODUCT_GROUPS, description: 'Product group, one line each in the tariff timeline' },
		{ name: 'products', type: 'text', description: 'Products covered' },
		{ name: 'hs_scope', type: 'text', nullable: true, description: 'HS headings covered (indicative)' },
		{ name: 'rate_pct', type: 'double', min: 0, nullable: true, description: 'Rate in per cent (null: no duty yet)' },
		{ name: 'note', type: 'text', nullable: true, description: 'Conditions, quotas, how the rate combines' },
		{ name: 'source_url', type: 'text', nullable: true, description: 'The page the row was taken from' },
		sourceId
	]
} as const satisfies TableSpec;

/** What an alias of an economy is. */
export const ALIAS_KINDS = ['demonym', 'capital', 'short'] as const;

export const aliases = {
	name: 'aliases',
	title: 'Other words for economies in running text',
	description:
		'Words that name an economy or its government in running text beyond the countries table’s names: demonyms (Canadian, ' +
		'chinoises), capitals standing for governments (Ottawa, Pékin) and short or informal names (U.S., Britain). The article checker ' +
		'reads economies from both tables; a word that could name two economies (Korean, Congolese) is left out.',
	key: ['lang', 'alias'],
	orderBy: ['lang', 'alias'],
	columns: [
		{ name: 'alias', type: 'text', description: 'The word or phrase as written (matched without regard to case or accents)' },
		{ name: 'lang', type: 'text', values: ['en', 'fr'], description: 'The language it is a word of' },
		{ name: 'code', type: 'text', country: true, description: 'The economy (or its government) it names' },
		{
			name: 'kind',
			type: 'text',
			values: ALIAS_KINDS,
			description: 'demonym (Canadian), capital (Ottawa, standing for the government) or short (a short or informal name)'
		},
		sourceId
	]
} as const satisfies TableSpec;

export const countries = {
	name: 'countries',
	title: 'Countries, economies and groups',
	description:
		'One row for each code any table uses: ISO 3166 economies with their UN M49 region, World Bank region and income ' +
		'group, and names in English, French and Chinese; and the project’s codes for aggregates, former economies and residual ' +
		'categories.',
	key: ['code'],
	orderBy: ['code'],
	columns: [
		{
			name: 'code',
			type: 'text',
			country: true,
			description: 'ISO 3166-1 alpha-3 code, or a project code (src/lib/schema/extra-codes.ts)'
		},
		{
			name: 'alpha2',
			type: 'text',
			nullable: true,
			pattern: /^[A-Z]{2}$/,
			patternHint: 'two capital letters',
			description: 'ISO 3166-1 alpha-2 code'
		},
		{ name: 'numeric', type: 'integer', nullable: true, min: 1, max: 999, description: 'ISO 3166-1 numeric code (also the UN M49 code)' },
		{ name: 'm49_region', type: 'text', nullable: true, description: 'UN M49 region (Africa, Americas, Asia, Europe, Oceania)' },
		{ name: 'm49_subregion', type: 'text', nullable: true, description: 'UN M49 sub-region' },
		{ name: 'wb_region', type: 'text', nullable: true, description: 'World Bank region (fiscal year 2025)' },
		{
			name: 'income_group',
			type: 'text',
			nullable: true,
			description: 'World Bank income group (fiscal year 2025, by 2023 GNI per capita)'
		},
		{
			name: 'name_en',
			type: 'text',
			description:
				'Short name in English (Unicode CLDR, as Intl.DisplayNames gives it; the project’s own for its codes): the name the explorer shows'
		},
		{ name: 'official_name_en', type: 'text', nullable: true, description: 'Official name in English (UN)' },
		{
			name: 'name_fr',
			type: 'text',
			description:
				'Short name in French (Unicode CLDR, as Intl.DisplayNames gives it; the project’s own for its codes): the name the explorer shows'
		},
		{ name: 'official_name_fr', type: 'text', nullable: true, description: 'Official name in French (UN)' },
		{ name: 'name_zh', type: 'text', nullable: true, description: 'Name in Chinese (UN official name)' },
		{ name: 'is_aggregate', type: 'boolean', description: 'A group of economies (World, Euro Area…), whose flows overlap its members’' },
		{ name: 'is_former', type: 'boolean', description: 'An economy that no longer exists (USSR, Yugoslavia…)' },
		{ name: 'source_id', type: 'text', references: 'sources', description: 'Where the row comes from' }
	]
} as const satisfies TableSpec;

export const products = {
	name: 'products',
	title: 'Harmonized System 2022 products',
	description:
		'The HS 2022 nomenclature: sections, chapters (2 digits), headings (4) and subheadings (6), each with its parent and English name.',
	key: ['code'],
	orderBy: ['code'],
	columns: [
		{ name: 'code', type: 'text', description: 'Section (Roman numeral) or HS code of 2, 4 or 6 digits' },
		{
			name: 'level',
			type: 'text',
			values: ['section', 'chapter', 'heading', 'subheading'],
			description: 'section, chapter, heading or subheading'
		},
		{
			name: 'parent',
			type: 'text',
			nullable: true,
			description: 'Code of the level above (null for a section, and for chapter 99, which no section holds)'
		},
		{
			name: 'section',
			type: 'text',
			nullable: true,
			description: 'The section the product belongs to (null for chapter 99, commodities not specified)'
		},
		{ name: 'name_en', type: 'text', description: 'Name in English' },
		{ name: 'source_id', type: 'text', references: 'sources', description: 'Where the row comes from' }
	]
} as const satisfies TableSpec;

const PUBLISHED = [
	figures,
	sources,
	tradeAnnual,
	tradeMonthly,
	tradeProducts,
	indicators,
	opinion,
	tariffEvents,
	aliases,
	countries,
	products
] as const;
export type TableName = (typeof PUBLISHED)[number]['name'];

/** Every published table, in the order the build writes them. */
export const TABLES: readonly TableSpec[] = PUBLISHED;

export function tableByName(name: string): TableSpec | undefined {
	return TABLES.find((t) => t.name === name);
}
