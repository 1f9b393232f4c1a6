/**
 * The article checker's number reader: the figures a text states (money, percentages, shares in words, ranks, counts),
 * each with its value in base units, how exact the words say it is, and the direction of a change stated with it.
 * Rule-based and deterministic, English and French; the word tables are in phrases.ts.
 *
 * A mention's span takes in its qualifier and a range's opening word ("nearly half", "between $2bn and $3bn"), not a
 * direction word ("fell" in "fell 10.4%"). Years, dates, list numbers, phone numbers and labels ("G7", "COVID-19",
 * "No. 5") are not mentions; readPeriods gives the years and months.
 */
import {
	alt,
	BARE_FRACTIONS,
	CODE_WORDS,
	CURRENCY_AFTER,
	CURRENCY_BEFORE,
	DENOMINATORS,
	DIRECTION_FILLERS,
	DIRECTIONS,
	DIRECTIONS_AFTER,
	fold,
	FRACTION_NEXT,
	key,
	MONTHS,
	NOT_A_RANK_AFTER,
	NOT_A_SHARE_AFTER,
	NUMBER_WORDS,
	NUMERATORS,
	ONE_BEFORE_SCALE,
	ORDINAL_DIGITS,
	ORDINALS,
	PERCENT_WORDS,
	perLang,
	PLACE_NOUNS,
	QUALIFIERS,
	RANK_MODIFIERS,
	RANK_NOUNS,
	RANK_VERBS,
	readPeriods,
	SCALE_LETTERS,
	SCALES,
	SHARE_AFTER,
	SHARE_BEFORE,
	SUPERLATIVES,
	TIME_WORDS,
	type CheckLang,
	type NumberUnit,
	type Qualifier
} from './phrases';

export type { CheckLang, NumberUnit, PeriodMention, Qualifier } from './phrases';
export { readPeriods };

export interface NumberMention {
	/** Character offsets of the whole mention in the input text (for marking it). */
	start: number;
	end: number;
	/** The mention exactly as written. */
	text: string;
	/** The value in base units: 41_700_000_000 for "US$41.7 billion"; 75 for "75%" or "three quarters"; 50 for "nearly half"; 2 for "second-largest". */
	value: number;
	/** For a range ("10 to 15 per cent", "between $2bn and $3bn"): the upper value; value is the lower. */
	high?: number;
	unit: NumberUnit;
	qualifier: Qualifier;
	/** A change stated with its direction: 'down' for "down 10.4%", "fell by a tenth", "a drop of"; 'up' for "up", "rose", "increase of". */
	direction?: 'up' | 'down';
	/** For percentages and fractions only: true when the words say it is a share/part ("75% of", "three quarters of", "a share of"). */
	share?: boolean;
	/** A scale word or letter follows the digits ("189,3 mrds", "$4.2bn"): an amount, even where no currency is written. */
	scaled?: boolean;
}

const QUALIFIER_ORDER = ['about', 'less_than', 'more_than', 'at_least', 'up_to'] as const;
const BEFORE = 60;

interface Span {
	start: number;
	end: number;
}
/** A figure found, before its qualifier and direction are read. `part`: a fraction followed by "of", "the", "des". */
interface Draft extends Span {
	value: number;
	high?: number;
	unit: NumberUnit;
	part?: boolean;
	scaled?: boolean;
}
interface Amount extends Span {
	mantissa: string;
	exp: number;
	scaled: boolean;
	unit: NumberUnit;
}

const rules = perLang((lang) => {
	const en = lang === 'en';
	const re = (source: string, flags = 'u') => new RegExp(source, flags);
	const words = alt([...Object.keys(NUMBER_WORDS[lang]), ...ONE_BEFORE_SCALE[lang]]);
	const numeral = `${words}|\\d{1,3}`;
	const ordinal = `${alt(Object.keys(ORDINALS[lang]))}|${ORDINAL_DIGITS[lang]}`;
	const superlative = alt(SUPERLATIVES[lang]);
	const rankNoun = String.raw`(?:(?:${alt(RANK_MODIFIERS[lang])})\s+){0,2}(?:${alt(RANK_NOUNS[lang])})s?(?!\p{L})`;
	const months = alt(MONTHS[lang].flat());
	const { down, up } = DIRECTIONS[lang];
	const after = DIRECTIONS_AFTER[lang];
	const q = QUALIFIERS[lang];
	return {
		start: re(String.raw`(?<![\p{L}\d.,])\d|(?<!\p{L})(?:${words})(?!\p{L})`, 'gu'),
		digits: en ? /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y : /\d{1,3}(?: \d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:[.,]\d+)?/y,
		word: re(String.raw`(?:${words})(?:-(?:${words}))?(?!\p{L})`, 'uy'),
		prefix: re(String.raw`(?<!\p{L})(${alt(Object.keys(CURRENCY_BEFORE))})\s?$`),
		prefixAt: re(String.raw`(?:${alt(Object.keys(CURRENCY_BEFORE))})\s?`, 'uy'),
		scaleWord: re(String.raw`(?:\s*${en ? '|-' : ''})(${alt(Object.keys(SCALES[lang]))})(?!\p{L})`, 'uy'),
		scaleLetter: en ? /([kmbt])(?![\p{L}\d])/uy : /\s*([kmg])(?=\s*[$€])/uy,
		currency: re(String.raw`(?:${en ? '' : String.raw`\s+(?:de|d')\s*|`}\s*)(${alt(Object.keys(CURRENCY_AFTER[lang]))})(?!\p{L})`, 'uy'),
		percent: re(String.raw`(?:\s*${en ? '|-' : ''})(?:${alt(PERCENT_WORDS[lang])})(?!\p{L})`, 'uy'),
		qualifier: re(String.raw`(?<!\p{L})(?:${QUALIFIER_ORDER.map((k) => `(${alt(q[k])})`).join('|')})\s*$`),
		direction: re(String.raw`(?<!\p{L})(?:(${alt(down)})|(${alt(up)}))(?:\s+(?:${DIRECTION_FILLERS[lang]})){0,3}\s*$`),
		directionAfter: re(String.raw`\s*-?\s*(?:(${alt(after.down)})|(${alt(after.up)}))${en ? 's?' : ''}(?!\p{L})`, 'uy'),
		shareBefore: re(String.raw`(?<!\p{L})(?:${alt(SHARE_BEFORE[lang])})\s*$`),
		shareAfter: re(SHARE_AFTER[lang], 'uy'),
		fractionNext: re(FRACTION_NEXT[lang], 'uy'),
		between: en ? /(?<!\p{L})between\s+$/u : /(?<!\p{L})entre\s+$/u,
		and: en ? /\s+and\s+/y : /\s+et\s+/y,
		to: en ? /\s*-\s*|\s+to\s+/y : /\s*-\s*|\s+(?:à|au)\s+/y,
		/** "an increase in the deficit of $1.6 billion to $73.7 billion": a change in the clause makes "to" the new level, not a range's end. */
		changeInClause: re(String.raw`(?<!\p{L})(?:${alt([...down, ...up])})(?!\p{L})[^,;:.()]*$`),
		/** "from 10 to 15 per cent" is a change from one figure to another, not a range. */
		from: en ? /(?<!\p{L})from\s+$/u : /(?<!\p{L})pass\p{L}*\s+(?:de\s+|d')$/u,
		blocked: [
			/(?<!\d)(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\d)/g, // phone numbers
			/(?<!\d)\d{1,2}(?::\d{2}|\s?h\s?\d{2})(?!\d)/g, // times
			/\d+(?:\/\d+)+/g, // dates and codes with slashes
			/^[ \t]*\d{1,3}[.)](?=\s)/gm, // list numbering
			/(?<![\p{L}\d])\p{L}+-?\d+[\p{L}\d]*/gu, // labels: G7, COVID-19, F-35, Q3
			re(String.raw`(?<!\p{L})(?:${alt(CODE_WORDS[lang])})\s*\d[\d.,]*`, 'gu'),
			re(String.raw`(?<!\p{L})(?:${months})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)`, 'gu'), // Jan. 16
			re(String.raw`(?<![\d.,])\d{1,2}(?:st|nd|rd|th|er)?\s+(?:${months})(?!\p{L})`, 'gu') // 16 janvier
		],
		rankPair: re(String.raw`(?<![\p{L}\d])(${ordinal})[\s-]+(?:${superlative})(?!\p{L})`, 'gu'),
		rankNoun: re(String.raw`(?<![\p{L}\d])(${ordinal}|${superlative})(?=\s+${rankNoun})`, 'gu'),
		rankPlace: re(String.raw`(?<![\p{L}\d])(${ordinal})(?=\s+(?:${alt(PLACE_NOUNS[lang])})(?!\p{L}))`, 'gu'),
		rankVerb: re(String.raw`(?<!\p{L})(?:${alt(RANK_VERBS[lang])})\s+(${ordinal})(?!\p{L})`, 'gu'),
		notRank: re(String.raw`(?<!\p{L})(?:${alt(NOT_A_RANK_AFTER[lang])})\s+$`),
		fraction: re(
			String.raw`(?<!\p{L})${en ? '' : String.raw`(?:les\s+)?`}(?:(${alt(Object.keys(NUMERATORS[lang]))})[\s-]+)?(${alt(Object.keys(DENOMINATORS[lang]))})(?!\p{L}|-\p{L})`,
			'gu'
		),
		bareAfter: en ? /(?!)/ : /(?<!\p{L})(?:du|de|des)\s+$/u,
		notShare: re(String.raw`(?<!\p{L})(?:${alt(NOT_A_SHARE_AFTER[lang])})\s+$`),
		oneIn: re(String.raw`(?<![\p{L}\d])(${numeral})\s+(?:${en ? String.raw`in|out\s+of` : 'sur'})\s+(${numeral})(?![\p{L}\d])`, 'gu'),
		timeAfter: re(String.raw`\s+(?:${alt(TIME_WORDS[lang])})(?!\p{L})`, 'uy')
	};
});
type Rules = ReturnType<typeof rules>;

const sticky = (re: RegExp, t: string, pos: number) => {
	re.lastIndex = pos;
	return re.exec(t);
};
/** A match that ends where `pos` is (regexes anchored with `$`), with its offset in the text. */
const endMatch = (re: RegExp, t: string, pos: number) => {
	let from = Math.max(0, pos - BEFORE);
	while (from > 0 && /\p{L}/u.test(t[from - 1])) from -= 1; // whole words only
	const m = re.exec(t.slice(from, pos));
	return m ? { index: from + m.index, m } : null;
};
const valueOf = (a: Pick<Amount, 'mantissa' | 'exp'>) => Number(`${a.mantissa}e${a.exp}`);
/** "1,000.5" (English), "1 000,5" (French) → "1000.5". */
const plainDigits = (lang: CheckLang, digits: string) =>
	lang === 'en'
		? digits.replace(/,/g, '')
		: digits
				.replace(/ /g, '')
				.replace(/\.(?=.*,)/g, '')
				.replace(',', '.');
const wordValue = (lang: CheckLang, word: string) =>
	word.split('-').reduce((sum, part) => sum + (NUMBER_WORDS[lang][part] ?? (ONE_BEFORE_SCALE[lang].includes(part) ? 1 : NaN)), 0);

/** A figure whose digits (or number words) begin at `pos`: its currency sign before, scale, currency or percent after. */
function readAmount(t: string, r: Rules, lang: CheckLang, pos: number): Amount | null {
	const digits = sticky(r.digits, t, pos)?.[0];
	const word = digits ? undefined : sticky(r.word, t, pos)?.[0];
	const core = digits ?? word;
	if (!core) return null;
	let mantissa = word ? String(wordValue(lang, word)) : plainDigits(lang, core);
	let end = pos + core.length;
	const prefix = word ? null : endMatch(r.prefix, t, pos);
	let start = prefix ? prefix.index : pos;
	if (t[start - 1] === '-' && !/[\p{L}\d]/u.test(t[start - 2] ?? '')) {
		start -= 1;
		mantissa = `-${mantissa}`;
	}
	let exp = 0;
	const scale = sticky(r.scaleWord, t, end) ?? (prefix || lang === 'fr' ? sticky(r.scaleLetter, t, end) : null);
	if (scale) {
		exp = SCALES[lang][key(scale[1])] ?? SCALE_LETTERS[scale[1]];
		end += scale[0].length;
	}
	let unit: NumberUnit = prefix ? CURRENCY_BEFORE[key(prefix.m[1])] : 'count';
	const currency = sticky(r.currency, t, end);
	const percent = !currency && !prefix && sticky(r.percent, t, end);
	const suffix = currency || percent;
	if (suffix) {
		unit = currency ? CURRENCY_AFTER[lang][key(currency[1])] : 'percent';
		end += suffix[0].length;
	}
	if (word && !(scale || (percent && !ONE_BEFORE_SCALE[lang].includes(word)))) return null;
	if (/[\p{L}\d]/u.test(t[end] ?? '') || /^-\p{L}/u.test(t.slice(end, end + 2))) return null;
	return { start, end, mantissa, exp, scaled: !!scale, unit };
}

const draft = (a: Amount): Draft => ({ start: a.start, end: a.end, value: valueOf(a), unit: a.unit, scaled: a.scaled });

/** The figure at `pos`, or the range it opens ("10 to 15 per cent", "between $2bn and $3bn", "entre 10 et 15 %"). */
function readFigure(t: string, r: Rules, lang: CheckLang, pos: number, free: (s: Span) => boolean): Draft | null {
	const a = readAmount(t, r, lang, pos);
	if (!a || /[\p{L}\d]-$/u.test(t.slice(Math.max(0, a.start - 2), a.start))) return null;
	const between = endMatch(r.between, t, a.start);
	const sep = sticky(between ? r.and : r.to, t, a.end);
	const next = sep ? a.end + sep[0].length : -1;
	const b = sep ? readAmount(t, r, lang, next + (sticky(r.prefixAt, t, next)?.[0].length ?? 0)) : null;
	const hyphen = !!sep?.[0].includes('-');
	// The unit is written once, after the range ("10 to 15 per cent") or, with a hyphen or "between", before it ("$2-3 billion").
	const unit = b && (a.unit === 'count' || b.unit === a.unit) ? b.unit : b?.unit === 'count' && (hyphen || between) ? a.unit : null;
	if (!b || !unit || !free(b)) return draft(a);
	const low = { ...a, unit, exp: a.scaled ? a.exp : b.exp };
	// "from 10 to 15 per cent", "rose 0.5 percentage points to 5%": a change to a new figure; that one is read next.
	if (endMatch(r.from, t, a.start) || (!hyphen && (endMatch(r.direction, t, a.start) || endMatch(r.changeInClause, t, a.start))))
		return draft(low);
	if (valueOf(b) <= valueOf(low)) return draft(a);
	return { start: between?.index ?? a.start, end: b.end, value: valueOf(low), high: valueOf(b), unit };
}

/** Qualifier, direction and share: the words around a figure. */
function dress(text: string, t: string, r: Rules, d: Draft): NumberMention {
	const q = endMatch(r.qualifier, t, d.start);
	const start = q ? q.index : d.start;
	const qualifier: Qualifier = q ? QUALIFIER_ORDER[q.m.slice(1).findIndex(Boolean)] : 'exact';
	const shareCue = !!endMatch(r.shareBefore, t, start);
	const before = shareCue ? null : endMatch(r.direction, t, start)?.m;
	const after = before || shareCue ? null : sticky(r.directionAfter, t, d.end);
	const turn = before ?? after;
	const mention: NumberMention = { start, end: d.end, text: text.slice(start, d.end), value: d.value, unit: d.unit, qualifier };
	if (d.high !== undefined) mention.high = d.high;
	if (d.scaled) mention.scaled = true;
	if (turn) mention.direction = turn[1] ? 'down' : 'up';
	if (d.unit === 'percent') mention.share = !turn && (shareCue || (d.part ?? !!sticky(r.shareAfter, t, d.end)));
	return mention;
}

function readRanks(text: string, t: string, r: Rules, lang: CheckLang): NumberMention[] {
	const found: NumberMention[] = [];
	for (const re of [r.rankPair, r.rankNoun, r.rankPlace, r.rankVerb]) {
		for (const m of t.matchAll(re)) {
			const end = m.index + m[0].length;
			const start = re === r.rankVerb ? end - m[1].length : m.index;
			if (endMatch(r.notRank, t, start)) continue;
			const word = key(m[1]);
			const value = ORDINALS[lang][word] ?? (parseInt(word, 10) || 1);
			found.push({ start, end, text: text.slice(start, end), value, unit: 'rank', qualifier: 'exact' });
		}
	}
	return found;
}

/** Shares in words: "three quarters", "nearly half", "les deux tiers", "one in five". */
function readFractions(text: string, t: string, r: Rules, lang: CheckLang): NumberMention[] {
	const found: NumberMention[] = [];
	/** A fraction word may be something else ("a third country"): it is a share when the words around say so. */
	const take = (start: number, end: number, value: number, sure = false) => {
		const part = sure || !!sticky(r.fractionNext, t, end);
		const mention = dress(text, t, r, { start, end, value, unit: 'percent', part });
		const alone = /^\s*(?:[^\s\p{L}\d]|$)/u.test(t.slice(end, end + 3));
		if (part || alone || mention.qualifier !== 'exact' || mention.direction || mention.share) found.push(mention);
	};
	for (const m of t.matchAll(r.fraction)) {
		const [whole, numerator, denominator] = m;
		const bare = BARE_FRACTIONS[lang].includes(denominator) || endMatch(r.bareAfter, t, m.index);
		if ((!numerator && !bare) || endMatch(r.notShare, t, m.index)) continue;
		take(m.index, m.index + whole.length, (100 * (numerator ? NUMERATORS[lang][numerator] : 1)) / DENOMINATORS[lang][denominator]);
	}
	const read = (s: string) => (/\d/.test(s) ? Number(s) : wordValue(lang, s));
	for (const m of t.matchAll(r.oneIn)) {
		const [n, of] = [read(m[1]), read(m[2])];
		const end = m.index + m[0].length;
		if (n >= 1 && of >= 2 && n < of && !sticky(r.timeAfter, t, end)) take(m.index, end, (100 * n) / of, true);
	}
	return found;
}

/** The figures a text states, in order; see NumberMention. Years and dates are left to readPeriods. */
export function readNumbers(text: string, lang: CheckLang): NumberMention[] {
	const t = fold(text);
	const r = rules(lang);
	const taken: Span[] = readPeriods(text, lang).map(({ start, end }) => ({ start, end }));
	for (const re of r.blocked) for (const m of t.matchAll(re)) taken.push({ start: m.index, end: m.index + m[0].length });
	const free = (s: Span) => !taken.some((o) => o.start < s.end && s.start < o.end);
	const found: NumberMention[] = [];
	const keep = (m: NumberMention) => {
		if (!free(m)) return;
		taken.push(m);
		found.push(m);
	};
	readRanks(text, t, r, lang).forEach(keep);
	readFractions(text, t, r, lang).forEach(keep);
	for (const m of t.matchAll(r.start)) {
		if (!free({ start: m.index, end: m.index + 1 })) continue;
		const figure = readFigure(t, r, lang, m.index, free);
		if (figure) keep(dress(text, t, r, figure));
	}
	return found.sort((a, b) => a.start - b.start);
}
