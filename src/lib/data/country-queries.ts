/** The economies of the `countries` table: names in both languages, groups, and the ISO numeric code maps draw by. */
import type { QueryDef } from './engine';
import { toNullableNumber, toNullableText, toText } from './engine';

export interface CountryRow {
	code: string;
	/** ISO 3166-1 numeric code, the key of the world map's shapes; null for aggregates and residual categories. */
	numeric: number | null;
	nameEn: string;
	nameFr: string;
	/** World Bank region (fiscal year 2025), or null. */
	region: string | null;
	/** World Bank income group (fiscal year 2025), or null. */
	income: string | null;
	aggregate: boolean;
	former: boolean;
}

export const countryList: QueryDef<void, CountryRow> = {
	id: 'countries',
	tables: ['countries'],
	sql: `SELECT code, numeric, name_en, name_fr, wb_region, income_group, is_aggregate, is_former FROM countries ORDER BY code`,
	params: () => [],
	row: (r) => ({
		code: toText(r.code),
		numeric: toNullableNumber(r.numeric),
		nameEn: toText(r.name_en),
		nameFr: toText(r.name_fr),
		region: toNullableText(r.wb_region),
		income: toNullableText(r.income_group),
		aggregate: r.is_aggregate === true,
		former: r.is_former === true
	})
};

export interface AliasRow {
	alias: string;
	lang: string;
	code: string;
	kind: string;
}

/** Other words for economies in running text (demonyms, capitals, short names), for the article checker. */
export const aliasList: QueryDef<void, AliasRow> = {
	id: 'aliases',
	tables: ['aliases'],
	sql: `SELECT alias, lang, code, kind FROM aliases ORDER BY lang, alias`,
	params: () => [],
	row: (r) => ({ alias: toText(r.alias), lang: toText(r.lang), code: toText(r.code), kind: toText(r.kind) })
};
