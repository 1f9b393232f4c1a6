/**
 * Three-letter codes the app uses for partners and reporters that have no current
 * ISO 3166-1 alpha-3 code: the world total, IMF aggregates and residual categories,
 * historical economies and Kosovo.
 *
 * - Historical economies use their ISO 3166-3 former alpha-3 code where one exists
 *   (SUN, YUG, CSK, DDR, SCG, ANT, YMD); otherwise a user-assigned code from the
 *   ISO 3166-1 X range (XBL, XMW, XYA).
 * - IMF aggregates and residual categories use WLD (World) or a user-assigned
 *   X-range code. These are local to this project, not an international standard.
 * - XKX is Kosovo's code as used by the IMF, World Bank and EU. Note that the
 *   i18n-iso-countries package maps alpha-2 `XK` to `XKK`, not `XKX`: normalise to
 *   XKX when converting.
 *
 * Names from the IMF Direction of Trade Statistics are mapped to these codes in
 * data/mappings/imf_dots_country_codes.csv. Sorted by code.
 */

export type ExtraCodeKind = 'aggregate' | 'historical' | 'special';

export interface ExtraCode {
	code: string;
	kind: ExtraCodeKind;
	en: string;
	fr: string;
}

export const EXTRA_CODES: readonly ExtraCode[] = [
	{ code: 'ANT', kind: 'historical', en: 'Netherlands Antilles', fr: 'Antilles néerlandaises' },
	{ code: 'CSK', kind: 'historical', en: 'Czechoslovakia', fr: 'Tchécoslovaquie' },
	{ code: 'DDR', kind: 'historical', en: 'German Democratic Republic', fr: 'République démocratique allemande' },
	{ code: 'SCG', kind: 'historical', en: 'Serbia and Montenegro', fr: 'Serbie-et-Monténégro' },
	{ code: 'SUN', kind: 'historical', en: 'USSR', fr: 'URSS' },
	{ code: 'WLD', kind: 'aggregate', en: 'World', fr: 'Monde' },
	{ code: 'XAD', kind: 'aggregate', en: 'Advanced Economies', fr: 'Économies avancées' },
	{ code: 'XAF', kind: 'aggregate', en: 'Africa', fr: 'Afrique' },
	{ code: 'XBL', kind: 'historical', en: 'Belgium-Luxembourg', fr: 'Belgique-Luxembourg' },
	{
		code: 'XDA',
		kind: 'aggregate',
		en: 'Emerging and Developing Asia',
		fr: 'Pays émergents et pays en développement d’Asie'
	},
	{
		code: 'XDE',
		kind: 'aggregate',
		en: 'Emerging and Developing Europe',
		fr: 'Pays émergents et pays en développement d’Europe'
	},
	{ code: 'XEA', kind: 'aggregate', en: 'Euro Area', fr: 'Zone euro' },
	{
		code: 'XEM',
		kind: 'aggregate',
		en: 'Emerging and Developing Economies',
		fr: 'Pays émergents et pays en développement'
	},
	{ code: 'XEU', kind: 'aggregate', en: 'European Union', fr: 'Union européenne' },
	{
		code: 'XFU',
		kind: 'aggregate',
		en: 'Emerging and Developing Economies: Fuel Exporters',
		fr: 'Pays émergents et pays en développement : exportateurs de combustibles'
	},
	{ code: 'XKX', kind: 'special', en: 'Kosovo', fr: 'Kosovo' },
	{ code: 'XMC', kind: 'aggregate', en: 'Middle East and Central Asia', fr: 'Moyen-Orient et Asie centrale' },
	{ code: 'XME', kind: 'aggregate', en: 'Middle East', fr: 'Moyen-Orient' },
	{ code: 'XMW', kind: 'historical', en: 'West Malaysia (Malaya)', fr: 'Malaisie occidentale (Malaisie péninsulaire)' },
	{
		code: 'XNF',
		kind: 'aggregate',
		en: 'Emerging and Developing Economies: Nonfuel Exporters',
		fr: 'Pays émergents et pays en développement : exportateurs de produits hors combustibles'
	},
	{
		code: 'XNI',
		kind: 'special',
		en: 'Other Countries Not Included Elsewhere',
		fr: 'Autres pays non inclus ailleurs'
	},
	{ code: 'XNS', kind: 'special', en: 'Countries and Areas Not Specified', fr: 'Pays et zones non spécifiés' },
	{
		code: 'XSC',
		kind: 'aggregate',
		en: 'South African Common Customs Area (SACCA)',
		fr: 'Zone douanière commune de l’Afrique australe (SACCA)'
	},
	{ code: 'XSP', kind: 'special', en: 'Special Categories', fr: 'Catégories spéciales' },
	{ code: 'XSS', kind: 'aggregate', en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne' },
	{ code: 'XUA', kind: 'special', en: 'Asia Not Specified', fr: 'Asie non spécifiée' },
	{ code: 'XUE', kind: 'special', en: 'Europe Not Specified', fr: 'Europe non spécifiée' },
	{ code: 'XUF', kind: 'special', en: 'Africa Not Specified', fr: 'Afrique non spécifiée' },
	{
		code: 'XUM',
		kind: 'special',
		en: 'Middle East and Central Asia Not Specified',
		fr: 'Moyen-Orient et Asie centrale non spécifiés'
	},
	{
		code: 'XUW',
		kind: 'special',
		en: 'Western Hemisphere Not Specified',
		fr: 'Hémisphère occidental non spécifié'
	},
	{ code: 'XWH', kind: 'aggregate', en: 'Western Hemisphere', fr: 'Hémisphère occidental' },
	{ code: 'XYA', kind: 'historical', en: 'Yemen Arab Republic', fr: 'République arabe du Yémen' },
	{
		code: 'YMD',
		kind: 'historical',
		en: 'People’s Democratic Republic of Yemen',
		fr: 'République démocratique populaire du Yémen'
	},
	{ code: 'YUG', kind: 'historical', en: 'Yugoslavia', fr: 'Yougoslavie' }
] as const;
