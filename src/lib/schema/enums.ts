/** Controlled vocabularies shared by the data build and the app. */

export const MEASURES = [
	'trade_value',
	'trade_change',
	'export_share',
	'tariff_rate',
	'import_quota',
	'vehicle_sales',
	'price',
	'market_share',
	'favourability',
	'trade_target',
	'population',
	'event_year',
	'duration',
	'count',
	'rank'
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * ISO 4217 alphabetic codes: List One (current currencies and funds) as the maintenance agency
 * published it on 2024-06-25, and XCG (Caribbean guilder, in use from 31 March 2025). Written once as
 * data; a code the standard adds later goes here.
 */
export const CURRENCY_CODES: readonly string[] = `
	AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
	CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
	GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW
	KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN
	NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS
	SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND
	VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG`
	.split(/\s+/)
	.filter(Boolean);

export const isCurrencyCode = (code: string): boolean => CURRENCY_CODES.includes(code);

/** Units that are not money: per cent, counts of things, spans of time, a year, a place in an order. */
export const MEASURE_UNITS = ['pct', 'vehicles', 'people', 'years', 'months', 'days', 'year', 'count', 'rank'] as const;

export const QUALIFIERS = ['exact', 'about', 'less_than', 'more_than', 'at_least', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Which goods a trade figure covers, where no single product (HS code) does. */
export const GOODS_SCOPES = ['all_goods', 'manufactured_goods'] as const;
export type GoodsScope = (typeof GOODS_SCOPES)[number];

/** What a trade figure covers: goods (as above), services, or goods and services together (balance of payments). */
export const TRADE_SCOPES = [...GOODS_SCOPES, 'services', 'goods_and_services'] as const;
export type TradeScope = (typeof TRADE_SCOPES)[number];

export const STATUSES = ['reported', 'in_force', 'announced', 'expected'] as const;
export type Status = (typeof STATUSES)[number];

export const FLOWS = ['exports', 'imports', 'total', 'balance'] as const;
export type Flow = (typeof FLOWS)[number];

/** Flows a trade table stores; totals and balances are derived in queries. */
export const TRADE_FLOWS = ['exports', 'imports'] as const;
export type TradeFlow = (typeof TRADE_FLOWS)[number];

export const CURRENCIES = ['USD', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The ledger's units: the tables' currencies first, the units that are not money, then every other ISO 4217 code. */
export const UNITS: readonly string[] = [
	...CURRENCIES,
	...MEASURE_UNITS,
	...CURRENCY_CODES.filter((c) => !(CURRENCIES as readonly string[]).includes(c))
];
/** How a bad unit is told: the units listed in full would be some 190 codes. */
export const UNITS_HINT = `one of ${[...CURRENCIES, ...MEASURE_UNITS].join(', ')}, or another ISO 4217 currency code (EUR, GBP, CNY…)`;

/**
 * How goods are valued: free on board (exporter's border), cost, insurance and freight (importer's
 * border), free alongside ship (US exports), or customs value (US imports: the foreign port's
 * value, without freight and insurance).
 */
export const VALUATIONS = ['FOB', 'CIF', 'FAS', 'customs_value'] as const;
export type Valuation = (typeof VALUATIONS)[number];

/** Accounting basis: customs records or balance-of-payments adjustments. */
export const BASES = ['customs', 'balance_of_payments'] as const;
export type Basis = (typeof BASES)[number];

/** What the partner column means for a flow. */
export const PARTNER_BASES = ['origin', 'last_known_destination', 'consignment', 'unspecified'] as const;
export type PartnerBasis = (typeof PARTNER_BASES)[number];

export const FREQUENCIES = ['month', 'quarter', 'year'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Product classification of a product code. */
export const PRODUCT_SYSTEMS = ['hs', 'ca_export_8', 'ca_import_10'] as const;
export type ProductSystem = (typeof PRODUCT_SYSTEMS)[number];

export const SOURCE_KINDS = ['article', 'dataset', 'web_page', 'compilation'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const MEASURE_KINDS = [
	'investigation',
	'surtax',
	'additional_tariff',
	'anti_dumping_deposit',
	'mfn_tariff',
	'tariff_rate_quota',
	'combined_tariff'
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Product groups of the tariff measures, one step line each in the tariff timeline. */
export const PRODUCT_GROUPS = ['electric_vehicles', 'steel_aluminium', 'canola_seed', 'canola_oil_meal_peas', 'pork_seafood'] as const;
export type ProductGroup = (typeof PRODUCT_GROUPS)[number];

export const OPINION_ORIGINS = ['microdata', 'published'] as const;
export type OpinionOrigin = (typeof OPINION_ORIGINS)[number];
