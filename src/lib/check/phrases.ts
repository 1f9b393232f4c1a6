/**
 * The words the article checker reads figures by, English and French, kept as tables; numbers.ts builds its regular
 * expressions from them. Also readPeriods: the years and months a text names.
 *
 * Everything is matched on fold(text), a copy of the text of the same length (lower case, no-break and thin spaces as
 * spaces, curly apostrophes straight, en dashes and minus signs as hyphens), so an offset found in the copy is an
 * offset in the text.
 */

export type CheckLang = 'en' | 'fr';
export type Qualifier = 'exact' | 'about' | 'less_than' | 'more_than' | 'at_least' | 'up_to';
/** A currency: its ISO 4217 code, in capitals. */
export type Money = Uppercase<string>;
export type NumberUnit = Money | 'percent' | 'count' | 'rank' | 'year';
type ByLang<T> = Record<CheckLang, T>;

const FOLD: Record<string, string> = {
	'\u00a0': ' ',
	'\u202f': ' ',
	'\u2009': ' ',
	'\u2007': ' ',
	'\u2018': "'",
	'\u2019': "'",
	'\u02bc': "'",
	'\u2010': '-',
	'\u2011': '-',
	'\u2013': '-',
	'\u2212': '-'
};

/** The text in lower case with its spaces, apostrophes and dashes made plain, character for character. */
export const fold = (text: string): string =>
	// Plain ASCII folds by lower case alone.
	!/[^\t\n\r\x20-\x7e]/.test(text)
		? text.toLowerCase()
		: text.replace(/[\s\S]/g, (ch) => {
				const plain = FOLD[ch] ?? ch.toLowerCase();
				return plain.length === 1 ? plain : ch;
			});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of phrases, longest first: a space matches any run of spaces, a final " de" also du, des and d'. */
export function alt(phrases: Iterable<string>): string {
	const list = [...phrases].sort((a, b) => b.length - a.length);
	if (list.length === 0) return '(?!)';
	return list.map((p) => escape(p).replace(/ de$/, " (?:de|du|des|d')").replace(/ /g, '\\s+')).join('|');
}

/** A matched phrase as its table writes it (runs of spaces as one). */
export const key = (matched: string) => matched.trim().replace(/\s+/g, ' ');

/** Builds something once per language. */
export function perLang<T>(build: (lang: CheckLang) => T): (lang: CheckLang) => T {
	const built = new Map<CheckLang, T>();
	return (lang) => {
		if (!built.has(lang)) built.set(lang, build(lang));
		return built.get(lang) as T;
	};
}

/** A table of phrases written as one string, phrases apart by "|" (keeps the tables short and easy to scan). */
const words = (list: string): string[] => list.split('|');

/** Words just before a figure that say how exact it is. */
export const QUALIFIERS: ByLang<Record<Exclude<Qualifier, 'exact'>, string[]>> = {
	en: {
		about: words('about|around|roughly|nearly|almost|some|approximately|approx.|close to|an estimated|circa'),
		less_than: words('less than|under|below|fewer than|just under|just below|not quite'),
		more_than: words('more than|over|above|just over|well over|in excess of|upwards of|greater than|exceeding'),
		at_least: words('at least|no less than|no fewer than|a minimum of'),
		up_to: words('up to|as much as|as many as|as high as|at most|no more than|a maximum of')
	},
	fr: {
		about: words('environ|quelque|près de|tout près de|presque|autour de|approximativement|à peu près|pratiquement|quasiment'),
		less_than: words('moins de|un peu moins de|inférieur à|inférieure à|à peine'),
		more_than: words('plus de|un peu plus de|bien plus de|au-delà de|supérieur à|supérieure à'),
		at_least: words('au moins|pas moins de|au minimum'),
		up_to: words("jusqu'à|au plus|tout au plus|au maximum|pas plus de")
	}
};

/** Words a few words before a figure that give the direction of a change ("fell by", "en hausse de"). */
export const DIRECTIONS: ByLang<Record<'down' | 'up', string[]>> = {
	en: {
		down: words(
			'down|fell|fall|falls|fallen|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|slid|slide|plunged|plunge|' +
				'shrank|shrunk|contracted|tumbled|sank|slumped|dipped|lost|lower|cut|reduced|reduction|narrowed|narrow|narrows|narrowing|' +
				'smaller|decreasing|declining|eased|easing|retreated'
		),
		up: words(
			'up|rose|rise|rises|risen|rising|increased|increase|increases|grew|grow|grown|growth|jumped|jump|climbed|gained|gain|surged|' +
				'surge|soared|higher|expanded|advanced|widened|widen|widens|widening|larger|increasing|deepened'
		)
	},
	fr: {
		down: words(
			'baisse|baissé|chute|chuté|diminué|diminue|diminution|recul|reculé|recule|repli|replié|plongé|dégringolé|fléchi|contracté|' +
				'contraction|perdu|réduit|réduction|glissé|effondré|rétréci|resserré|amoindri|fléchissement|moindre'
		),
		up: words(
			'hausse|haussé|augmenté|augmente|augmentation|bondi|bond|progressé|progresse|progression|crû|croissance|grimpé|monté|accru|' +
				'gagné|envolé|redressé|creusé|élargi|accentué|alourdi|aggravé'
		)
	}
};

/** What may stand between a direction word and its figure ("fell sharply by", "en baisse d'"), as regex source. */
export const DIRECTION_FILLERS: ByLang<string> = { en: String.raw`by|of|a|an|\p{L}+ly`, fr: String.raw`de|du|des|la|le|d'|\p{L}+ment` };

/** Words just after a figure that give its direction ("a 10% drop", "10 % de plus"). */
export const DIRECTIONS_AFTER: ByLang<Record<'down' | 'up', string[]>> = {
	en: {
		down: words('drop|decline|decrease|fall|cut|reduction|contraction|slide|plunge|slump|lower'),
		up: words('increase|rise|jump|gain|surge|growth|hike|higher')
	},
	fr: { down: words('de baisse|de moins|de recul'), up: words("de hausse|de plus|de croissance|d'augmentation") }
};

/** Words before a figure that make it a share ("accounted for", "une part de"). */
export const SHARE_BEFORE: ByLang<string[]> = {
	en: words('share of|accounted for|accounts for|account for|accounting for|made up|makes up|make up|making up|proportion of'),
	fr: words('part de|proportion de|représente|représentait|représentent|représentaient|compte pour|comptait pour|accapare')
};

/** After a percentage: "75% of", "a 12% share", "75 % des" (regex source). */
export const SHARE_AFTER: ByLang<string> = { en: String.raw`\s+(?:of|share)(?!\p{L})`, fr: String.raw`\s+(?:de|des|du)(?!\p{L})|\s+d'` };

/** After a fraction: "half of", "half the", "la moitié des" (regex source). */
export const FRACTION_NEXT: ByLang<string> = {
	en: String.raw`\s+(?:of|the|its|their|all)(?!\p{L})`,
	fr: String.raw`\s+(?:de|des|du)(?!\p{L})|\s+d'`
};

/** Fractions: numerator words, denominator words; the value is the percentage. */
export const NUMERATORS: ByLang<Record<string, number>> = {
	en: { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, nine: 9 },
	fr: { un: 1, une: 1, le: 1, la: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, neuf: 9 }
};
export const DENOMINATORS: ByLang<Record<string, number>> = {
	en: { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, eighth: 8, tenth: 10, tenths: 10 },
	fr: { moitié: 2, tiers: 3, quart: 4, quarts: 4, cinquième: 5, cinquièmes: 5, sixième: 6, huitième: 8, dixième: 10, dixièmes: 10 }
};
/** Fractions read without a numerator ("nearly half", "de moitié"); French also after du, de, des ("plus du tiers"). */
export const BARE_FRACTIONS: ByLang<string[]> = { en: ['half'], fr: ['moitié'] };
/** Words before a fraction with no numerator that make it no share: "first half", "la première moitié". */
export const NOT_A_SHARE_AFTER: ByLang<string[]> = {
	en: words('first|second|1st|2nd|latter|former|this|last|next|past|the|other'),
	fr: words('première|premier|seconde|deuxième|dernière|cette|autre')
};
/** After "one in five": no share when a span of time follows ("5 in 10 years"). */
export const TIME_WORDS: ByLang<string[]> = {
	en: words('year|years|month|months|week|weeks|day|days|decade|decades'),
	fr: words('an|ans|année|années|mois|semaine|semaines|jour|jours')
};

/** Ranks: ordinals, superlatives, and the nouns that make an ordinal or a superlative a rank. */
export const ORDINALS: ByLang<Record<string, number>> = {
	en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 },
	fr: {
		...{ premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6 },
		...{ septième: 7, huitième: 8, neuvième: 9, dixième: 10 }
	}
};
export const ORDINAL_DIGITS: ByLang<string> = { en: String.raw`\d{1,2}(?:st|nd|rd|th)`, fr: String.raw`\d{1,2}(?:er|re|ère|ème|e|de|d)` };
export const SUPERLATIVES: ByLang<string[]> = {
	en: words('largest|biggest|greatest|most important|top|leading|main'),
	fr: words('plus grand|plus grande|plus gros|plus grosse|plus important|plus importante|principal|principale')
};
export const RANK_NOUNS: ByLang<string[]> = {
	en: words('partner|market|export|import|supplier|customer|client|destination|source|buyer|economy|exporter'),
	fr: words('partenaire|marché|fournisseur|client|cliente|destination|source|acheteur|économie|exportateur|débouché')
};
/** Nouns after an ordinal alone ("in second place", "au troisième rang"). */
export const PLACE_NOUNS: ByLang<string[]> = { en: words('place|position|spot'), fr: words('rang|place|position') };
/** Words between a superlative and its noun ("largest export market"). */
export const RANK_MODIFIERS: ByLang<string[]> = {
	en: words('trading|trade|export|import|foreign|single|overseas|international|commercial|energy|goods|two-way'),
	fr: []
};
/** Words before an ordinal that make it a rank ("ranked second", "se classe troisième"). */
export const RANK_VERBS: ByLang<string[]> = {
	en: words('rank|ranks|ranked|placed|came|comes|finished'),
	fr: words('se classe|se classait|se classant|classé|classée|arrive|arrivait')
};
/** Before a superlative: "one of the largest" is no rank. */
export const NOT_A_RANK_AFTER: ByLang<string[]> = {
	en: words('one of the|one of its|one of their|among the|among its'),
	fr: words("l'un des|l'une des|un des|une des|parmi les")
};

/** Numbers in words, read only before a scale or a percent word ("two billion", "ten per cent", "vingt-cinq pour cent"). */
export const NUMBER_WORDS: ByLang<Record<string, number>> = {
	en: {
		...{ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
		...{ thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 },
		...{ thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }
	},
	fr: {
		...{ un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12 },
		...{ treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60 }
	}
};
/** Read as 1 only before a scale: "a billion". */
export const ONE_BEFORE_SCALE: ByLang<string[]> = { en: ['a'], fr: [] };

/** Scales as powers of ten. */
export const SCALES: ByLang<Record<string, number>> = {
	en: { thousand: 3, million: 6, billion: 9, trillion: 12, mn: 6, mln: 6, bn: 9, bln: 9, tn: 12, trn: 12 },
	fr: { mille: 3, million: 6, millions: 6, milliard: 9, milliards: 9, billion: 12, billions: 12, md: 9, mds: 9, mrd: 9, mrds: 9 }
};
/** One letter after the figure: "$41.7B", "C$811M" (English, after a currency sign); "41,7 G$", "3 M€" (French, before one). */
export const SCALE_LETTERS: Record<string, number> = { k: 3, m: 6, b: 9, g: 9, t: 12 };

/** ISO 4217 codes a text may write before or after a figure ("GBP 2.1bn", "12 billion CHF"). */
const WRITTEN_CODES = words('usd|cad|eur|gbp|aud|nzd|jpy|cny|rmb|chf|inr|krw|brl|mxn|hkd|sgd|sek|nok|dkk|zar|rub|try|idr|myr|thb|php|pln');
const codes = (list: string[]): Record<string, Money> =>
	Object.fromEntries(list.map((c) => [c, (c === 'rmb' ? 'CNY' : c.toUpperCase()) as Money]));

export const CURRENCY_BEFORE: Record<string, Money> = {
	...codes(WRITTEN_CODES),
	...{ us$: 'USD', 'us $': 'USD', 'u.s.$': 'USD', $: 'USD', c$: 'CAD', ca$: 'CAD', can$: 'CAD', cdn$: 'CAD' },
	...{ a$: 'AUD', au$: 'AUD', aud$: 'AUD', nz$: 'NZD', hk$: 'HKD', s$: 'SGD', r$: 'BRL', mx$: 'MXN', '£': 'GBP', '€': 'EUR' },
	...{ '¥': 'CNY', 'cn¥': 'CNY', 'jp¥': 'JPY', '₹': 'INR', '₩': 'KRW', 'chf ': 'CHF' }
};
/** After the figure (French: also after "de"/"d'"). */
export const CURRENCY_AFTER: ByLang<Record<string, Money>> = {
	en: {
		...{ 'u.s. dollars': 'USD', 'us dollars': 'USD', 'american dollars': 'USD', dollars: 'USD', dollar: 'USD', usd: 'USD' },
		...{ 'canadian dollars': 'CAD', 'cdn dollars': 'CAD', cad: 'CAD', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY' },
		...{ euros: 'EUR', euro: 'EUR', eur: 'EUR', 'australian dollars': 'AUD', 'new zealand dollars': 'NZD', 'hong kong dollars': 'HKD' },
		...{ pounds: 'GBP', pound: 'GBP', 'pounds sterling': 'GBP', sterling: 'GBP', yen: 'JPY', 'swiss francs': 'CHF', rupees: 'INR' },
		...codes(WRITTEN_CODES)
	},
	fr: {
		...{ 'dollars américains': 'USD', 'dollars us': 'USD', 'dollars des états-unis': 'USD', dollars: 'USD', dollar: 'USD', usd: 'USD' },
		...{ '$ us': 'USD', $us: 'USD', '$ é.-u.': 'USD', $: 'USD', 'dollars canadiens': 'CAD', 'dollar canadien': 'CAD', cad: 'CAD' },
		...{ '$ ca': 'CAD', '$ can': 'CAD', $ca: 'CAD', $can: 'CAD', yuans: 'CNY', yuan: 'CNY', renminbis: 'CNY', renminbi: 'CNY' },
		...{ rmb: 'CNY', cny: 'CNY', euros: 'EUR', euro: 'EUR', '€': 'EUR', eur: 'EUR', '£': 'GBP', 'livres sterling': 'GBP' },
		...{ 'dollars australiens': 'AUD', 'dollars néo-zélandais': 'NZD', '$ a': 'AUD', '$ nz': 'NZD', yens: 'JPY', yen: 'JPY' },
		...{ 'francs suisses': 'CHF', livres: 'GBP', ...codes(WRITTEN_CODES) }
	}
};

/** Percentages, and percentage points (also 'percent': a later stage tells them apart). */
export const PERCENT_WORDS: ByLang<string[]> = {
	en: words('%|percent|per cent|per-cent|pct|percentage points|percentage point'),
	fr: words('%|pour cent|pour 100|p. 100|points de pourcentage|point de pourcentage')
};

/** Words before a number that make it a label, not a quantity ("No. 5", "HS 8703", "chapitre 87"). */
export const CODE_WORDS: ByLang<string[]> = {
	en: words(
		'no.|nos.|#|hs|chapter|chapters|article|section|sections|page|p.|pp.|bill|route|highway|item|version|quarter|exhibit|exhibits|' +
			'table|tables|figure|chart|annex|sitc'
	),
	fr: words(
		'n°|nº|no|#|sh|chapitre|chapitres|article|section|sections|page|p.|projet de loi|autoroute|route|version|tableau|graphique|annexe|cti'
	)
};

/** Month names and abbreviations, January first (names of one month apart by spaces). */
export const MONTHS: ByLang<string[][]> = {
	en: words(
		'january jan|february feb|march mar|april apr|may|june jun|july jul|august aug|september sept sep|october oct|november nov|december dec'
	).map((names) => names.split(' ')),
	fr: words(
		'janvier janv|février févr fév|mars|avril avr|mai|juin|juillet juil|août|septembre sept|octobre oct|novembre nov|décembre déc'
	).map((names) => names.split(' '))
};

/** A year or a month a text names. */
export interface PeriodMention {
	/** Character offsets in the text: the year, "January 2026", "16 janvier 2026", "2018-2025", "from 2018 to 2025", "de 2018 à 2025". */
	start: number;
	end: number;
	year: number;
	/** 1 to 12, for a month ("January 2026", "Jan. 16, 2026", "2026-01-16"). */
	month?: number;
	/** The last year of a range, inclusive: one entry for "2018 to 2025" (year 2018, to 2025) and for "2025-26" (to 2026). */
	to?: number;
}

const YEAR = String.raw`(?:19\d\d|20\d\d|2100)`;
const RANGE_WORDS: ByLang<{ intro: string[]; sep: string[]; pair: [string, string] }> = {
	en: { intro: ['from', 'between'], sep: ['to', 'through', 'and'], pair: ['between', 'and'] },
	fr: { intro: ['de', 'entre'], sep: ['à', 'au', 'et'], pair: ['entre', 'et'] }
};

const periodRules = perLang((lang) => {
	const { intro, sep } = RANGE_WORDS[lang];
	const currencies = Object.keys(CURRENCY_AFTER[lang]);
	return {
		iso: new RegExp(String.raw`(?<![\d-])(${YEAR})-(\d\d)-\d\d(?!\d)`, 'gu'),
		month: new RegExp(
			String.raw`(?<![\p{L}\d])(?:\d{1,2}(?:st|nd|rd|th|er)?\s+)?(${alt(MONTHS[lang].flat())})\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(${YEAR})(?![\d\p{L}])`,
			'gu'
		),
		range: new RegExp(
			String.raw`(?<![\p{L}\d])(?:(${alt(intro)})\s+)?(${YEAR})(?:(-)|\s+(${alt(sep)})\s+)(${YEAR}|\d\d)(?![\d\p{L}])`,
			'gu'
		),
		year: new RegExp(String.raw`(?<![\p{L}\d.,$€¥])(?:fy\s?)?(${YEAR})(?![\d\p{L}]|[.,]\d)`, 'gu'),
		/** A figure, not a year: "2000 billion", "2025 %". */
		unitAfter: new RegExp(String.raw`\s*(?:${alt([...PERCENT_WORDS[lang], ...Object.keys(SCALES[lang]), ...currencies])})(?!\p{L})`, 'uy')
	};
});

/** The years, months and ranges of years a text names, in order. Dates without a year ("Jan. 16") are not periods. */
export function readPeriods(text: string, lang: CheckLang): PeriodMention[] {
	// The number reader and the period reader both ask for a sentence's periods: read them once.
	if (last && last.text === text && last.lang === lang) return last.found.map((p) => ({ ...p }));
	const found = readPeriodsOnce(text, lang);
	last = { text, lang, found };
	return found.map((p) => ({ ...p }));
}
let last: { text: string; lang: CheckLang; found: PeriodMention[] } | null = null;

function readPeriodsOnce(text: string, lang: CheckLang): PeriodMention[] {
	const t = fold(text);
	const rules = periodRules(lang);
	const found: PeriodMention[] = [];
	const add = (period: PeriodMention) => {
		rules.unitAfter.lastIndex = period.end;
		if (rules.unitAfter.test(t) || found.some((p) => p.start < period.end && period.start < p.end)) return;
		found.push(period);
	};
	const span = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });
	const monthOf = (name: string) => MONTHS[lang].findIndex((names) => names.includes(name)) + 1;
	for (const m of t.matchAll(rules.iso)) if (+m[2] >= 1 && +m[2] <= 12) add({ ...span(m), year: +m[1], month: +m[2] });
	for (const m of t.matchAll(rules.month)) add({ ...span(m), year: +m[2], month: monthOf(m[1]) });
	for (const m of t.matchAll(rules.range)) {
		const [, intro, from, hyphen, word, end] = m;
		const year = +from;
		const to = end.length === 2 ? Math.floor(year / 100) * 100 + +end : +end;
		const [pairIntro, pairSep] = RANGE_WORDS[lang].pair;
		if (to <= year || (end.length === 2 && !hyphen) || (word === pairSep && intro !== pairIntro)) continue;
		add({ ...span(m), year, to });
	}
	for (const m of t.matchAll(rules.year)) add({ ...span(m), year: +m[1] });
	return found.sort((a, b) => a.start - b.start);
}
