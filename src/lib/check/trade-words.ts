/**
 * The words trade releases use for flows, balances, changes, bases and groups of partners, English
 * and French, as tables; figure-reading.ts and periods.ts build their patterns from them. Matched on
 * fold(text) (lower case, plain apostrophes and dashes) and, for French, also without accents.
 */
import type { CheckLang } from './phrases';

type ByLang<T> = Record<CheckLang, T>;
const words = (list: string): string[] => list.split('|');

/** Words naming a flow (matched at a word start; a word may continue: "export" also finds "exported", "exportations"). */
export const FLOW_WORDS: ByLang<Record<'exports' | 'imports' | 'balance' | 'total', string[]>> = {
	en: {
		exports: words('export|credits|sales abroad|shipments abroad|sold abroad|buying|buys'),
		imports: words('import|debits|purchases abroad'),
		balance: words('balance|deficit|surplus|trade gap'),
		total: words(
			'total trade|two-way trade|bilateral trade|trading partner|trade partner|trading relationship|trade between|intra-eu trade|intra-euro area trade|trade within|combined|totalling|totaling|trade flows'
		)
	},
	fr: {
		exports: words('export|ventes'),
		imports: words("import|achats a l'etranger"),
		balance: words('balance|solde|deficit|excedent|excedentaire|deficitaire'),
		total: words('partenaire commercial|partenaires commerciaux|commerce intra|echanges intra|commerce total|echanges|commerce bilateral')
	}
};

/** A balance's side: these name a deficit (the reporter imports more) or a surplus. */
export const BALANCE_SIDES: ByLang<Record<'deficit' | 'surplus', string[]>> = {
	en: { deficit: words('deficit|deficits|trade gap'), surplus: words('surplus|surpluses|positive trade balance') },
	fr: { deficit: words('deficit|deficits|deficitaire'), surplus: words('excedent|excedents|excedentaire|excedentaires') }
};

/**
 * Words that say a figure changed, by the way it went: a figure they govern, with no other figure
 * between, is a change in that direction ("either" for a change whose words give none).
 */
export const CHANGE_WORDS: ByLang<Record<'down' | 'up' | 'either', string[]>> = {
	en: {
		down: words('decrease|decreased|decreases|fall|fell|fallen|drop|dropped|decline|declined|narrowed|went down|down|less|lower'),
		up: words('increase|increased|increases|rise|rose|risen|grew|growth|gain|gained|jump|jumped|widened|went up|up|more|higher'),
		either: words('change|changed')
	},
	fr: {
		down: words('baisse|diminue|diminution|recul|recule|repli|chute|retreci|flechi'),
		up: words('hausse|augmente|augmentation|progresse|progression|croissance|creuse|accru'),
		either: words('variation')
	}
};

/** Words just before a figure that make it a level, not a change: "to $73.7 billion", "from $4.6 billion", "pour se chiffrer à". */
export const LEVEL_BEFORE: ByLang<string> = {
	en: String.raw`(?:to|from|at|reached|reaching|totalled|totaled|totalling|totaling|worth|valued at|stood at|was|were|is|are|hit)\s*$`,
	fr: String.raw`(?:a|au|passer de|passe de|passant de|se chiffrer a|atteindre|atteint|s'elever a|s'etablir a|totalisant|de\s+\S+\s+a)\s*$`
};
/** Clauses that elaborate on a figure ("…, with rises in fuel imports from the EU", "driven by the United States"): their economies are not its partners. */
export const ELABORATION: ByLang<RegExp> = {
	en: /\b(?:with|led by|driven|stimulated|fuell?ed|supported|boosted|helped|because|due to|owing to|thanks to|reflecting|including|notably|mainly|as a result)\b/,
	fr: /\b(?:avec|notamment|en raison|grace a|sous l'effet|porte|portee|soutenu|soutenue|stimule|stimulee|tire|tiree|dont)\b/
};

/**
 * Words that put the period after them as the base of a comparison, not the figure's own period:
 * "from 2023", "compared with 2022", "than in 2022", "on the surplus in November", "par rapport à juin 2019".
 */
export const BASE_BEFORE: ByLang<string> = {
	en: String.raw`(?:from|since|than|compared (?:with|to)|relative to|versus|vs\.?|over the|on the|on its|against|after)(?:\s+(?:the|a|an|in|its|surplus|deficit|balance|exports|imports|same|period|month|quarter|year|of|level|revised))*\s*$`,
	fr: String.raw`(?:par rapport (?:a|au|aux)|depuis|contre|comparativement (?:a|au)|qu'en|que)(?:\s+(?:la|le|l'|les|de|du|d'|en|meme|periode|mois|trimestre|annee))*\s*$`
};

/** A change measured against the same period a year earlier. */
export const YEAR_AGO: ByLang<string[]> = {
	en: words(
		'year-over-year|year over year|year-on-year|year on year|from a year earlier|a year earlier|a year ago|same month a year|same month of|same month last year|same quarter a year|same quarter of|same quarter last year|same period in|same period of|same period last year|y/y|yoy'
	),
	fr: words(
		"sur un an|en glissement annuel|meme mois de l'annee|meme mois l'an|meme trimestre de l'annee|meme periode de l'annee|d'une annee a l'autre"
	)
};
/** After a figure given for comparison: it is of the same period a year earlier ("contre 75,3 milliards un an plus tôt"). */
export const YEAR_EARLIER_AFTER: ByLang<RegExp> = {
	en: /^\s*(?:a year earlier|a year ago|the year before|in the same (?:month|quarter|period) (?:a year earlier|last year|of the previous year))/,
	fr: /^\s*(?:un an plus tot|il y a un an|l'annee precedente|l'an dernier|un an auparavant|a la meme periode de l'annee (?:precedente|derniere))/
};
/** Words before a figure given for comparison ("from", "compared with", "contre"). */
export const COMPARED_BEFORE: ByLang<RegExp> = {
	en: /(?:from|than|compared (?:with|to)|versus|vs\.?|against)\s*[+-]?\s*$/,
	fr: /(?:contre|par rapport (?:a|au|aux)|comparativement (?:a|au))\s*[+-]?\s*$/
};

/** A change measured against the period just before. */
export const PREVIOUS: ByLang<string[]> = {
	en: words(
		'month-over-month|month on month|month-on-month|quarter-on-quarter|quarter-over-quarter|from the previous|previous month|prior month'
	),
	fr: words("mois precedent|trimestre precedent|d'un mois a l'autre|en variation mensuelle|sur un mois|sur un trimestre")
};

/** Services, goods and services, and volume (real) terms. */
export const SCOPE_WORDS: ByLang<{ both: string[]; services: string[]; goods: string[]; volume: string[] }> = {
	en: {
		both: words('goods and services'),
		goods: words('goods|merchandise'),
		services: words('services|service'),
		volume: words('real terms|volume terms|in volume|volumes|chained volume|constant prices|inflation-adjusted|(or volume) terms')
	},
	fr: {
		both: words('biens et services|biens et de services'),
		goods: words('biens|marchandises'),
		services: words('services|service'),
		volume: words('en volume|termes reels|en termes de volume|prix constants|volumes')
	}
};

/** Partners as groups or the rest of the world, with the project's code where it has one (null: named, no code). */
export const GROUP_PARTNERS: ByLang<{ phrase: string; code: string | null; extraOf?: string }[]> = {
	en: [
		...words('the world|world|the rest of the world|rest of the world|rest of world|all countries').map((phrase) => ({
			phrase,
			code: 'WLD'
		})),
		...words('non-eu countries|non-eu|extra-eu|outside the eu|third countries').map((phrase) => ({ phrase, code: null, extraOf: 'XEU' })),
		...words('non-euro area|extra-euro area|outside the euro area').map((phrase) => ({ phrase, code: null, extraOf: 'XEA' })),
		...words('the eu|eu countries|eu member states|intra-eu|other eu member states|other member states|european union|eu27|eu-27').map(
			(phrase) => ({ phrase, code: 'XEU' })
		),
		...words('the euro area|euro area|eurozone|euro zone|intra-euro area').map((phrase) => ({ phrase, code: 'XEA' }))
	],
	fr: [
		...words('le monde|monde|le reste du monde|reste du monde|tous les pays').map((phrase) => ({ phrase, code: 'WLD' })),
		...words("extra-ue|hors ue|hors de l'ue|pays tiers|pays non membres").map((phrase) => ({ phrase, code: null, extraOf: 'XEU' })),
		...words('extra-zone euro|hors zone euro').map((phrase) => ({ phrase, code: null, extraOf: 'XEA' })),
		...words("intra-ue|l'interieur de l'ue|autre etat membre|autres etats membres|l'union europeenne|union europeenne|ue").map(
			(phrase) => ({ phrase, code: 'XEU' })
		),
		...words('la zone euro|zone euro|intra-zone euro').map((phrase) => ({ phrase, code: 'XEA' }))
	]
};

/** "Countries other than the United States", "pays autres que les États-Unis": a partner with no code. */
export const OTHER_THAN: ByLang<string> = {
	en: String.raw`(?:countries|economies|markets|partners|destinations)\s+other\s+than\s+(?:the\s+)?$`,
	fr: String.raw`(?:pays|economies|marches|partenaires)\s+autres\s+que\s+(?:les?\s+|la\s+|l')?$`
};

/** Words after which an economy is the partner: "to", "from", "with", "vers", "en provenance de". */
export const PARTNER_BEFORE: ByLang<string> = {
	en: String.raw`(?:to|from|with|into|destined for|bound for|for)\s+(?:the\s+)?$`,
	fr: String.raw`(?:vers|avec|en provenance (?:de|du|des|de la|de l')|a destination (?:de|du|des|de la|de l')|depuis|a|au|aux|de|du|des|de la|de l')\s*$`
};

/** Economies' currencies where a text may write only "$" or "dollars" (a bare "$" is the reporter's dollar). */
export const DOLLAR_ECONOMIES: Record<string, string> = {
	CAN: 'CAD',
	USA: 'USD',
	AUS: 'AUD',
	NZL: 'NZD',
	HKG: 'HKD',
	SGP: 'SGD',
	TWN: 'TWD',
	MEX: 'MXN'
};
/** Currencies of reporters that write amounts with a scale word alone ("189,3 mrds"). */
export const HOME_CURRENCY: Record<string, string> = {
	...DOLLAR_ECONOMIES,
	XEU: 'EUR',
	XEA: 'EUR',
	GBR: 'GBP',
	JPN: 'JPY',
	CHN: 'CNY',
	CHE: 'CHF',
	IND: 'INR',
	KOR: 'KRW',
	BRA: 'BRL'
};

/**
 * Statistical offices and customs services: whose figures a release is when it names no reporter.
 * Matched in the publisher's line, folded.
 */
export const PUBLISHERS: { pattern: RegExp; code: string }[] = [
	{ pattern: /\bstatisti(?:cs|que) canada\b|\bstatcan\b/, code: 'CAN' },
	{ pattern: /\bcensus bureau\b|\bbureau of economic analysis\b|\bbea\b/, code: 'USA' },
	{ pattern: /\boffice for national statistics\b|\bons\b|\bhm revenue/, code: 'GBR' },
	{ pattern: /\baustralian bureau of statistics\b|\babs\b/, code: 'AUS' },
	{ pattern: /\bstats nz\b|\bstatistics new zealand\b/, code: 'NZL' },
	{ pattern: /\beurostat\b/, code: 'XEU' },
	{ pattern: /\binsee\b|\bdouanes? francaises?\b/, code: 'FRA' },
	{ pattern: /\bdestatis\b/, code: 'DEU' },
	{ pattern: /\bistat\b/, code: 'ITA' },
	{ pattern: /\bgeneral administration of customs\b|\bgacc\b/, code: 'CHN' },
	{ pattern: /\bministry of finance japan\b|\bjapan customs\b/, code: 'JPN' }
];
