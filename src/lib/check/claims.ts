/**
 * Numeric statements about trade, read from an article's text: each number with the economies, flow,
 * year and measure its sentence gives it. Rule-based and deterministic; a claim no official series
 * answers (a poll, a tariff rate, a quota) is marked so, never guessed at.
 */
import { foldLetters, type EconomyIndex, type EconomyWord } from './economies';
import { readNumbers, readPeriods, type CheckLang, type NumberMention, type PeriodMention } from './numbers';

import type { Claim, ClaimFlow, ClaimMeasure } from './claim';
export type { Claim, ClaimFlow, ClaimMeasure, ClaimPeriod } from './claim';

/** Words of each kind, in both languages, matched at word starts in the folded sentence. */
const WORDS: Record<
	'poll' | 'target' | 'product' | 'tariff' | 'quota' | 'cap' | 'price' | 'trade' | 'partner' | 'exports' | 'imports' | 'total',
	RegExp
> = {
	poll: /\b(favou?rabl|poll|survey|respondent|sondage|opinion favorable|percu)/,
	tariff: /\b(tariff|dut(y|ies)|surtax|levy|levies|droits? de douane|tarif|surtaxe)/,
	quota: /\b(quota|vehicles?|vehicules?|cars?|voitures?|evs?|ve)\b/,
	target:
		/\b(targets?|goals?|aims?|aiming|seeking|seeks?|plans?|pledged?|objectifs?|vise|visant|cible|entend|souhaite)\b|\bover the next\b|\bd'ici (a |l')?\d|\bau cours des (prochaines|dix|cinq)/,
	product:
		/\b(crude|oil|petroleum|gas|canola|colza|pork|porc|seafood|fruits de mer|lumber|bois d'oeuvre|wheat|ble|steel|acier|alumini?um|energy|energie|potash|potasse|coal|charbon|beef|boeuf|lobsters?|homards?|soy(beans?)?|soja|barley|orge|uranium|copper|cuivre|iron ore|minerai de fer)\b/,
	cap: /\b(quotas?|caps?|capped|plafonds?|contingents?)\b/,
	price: /\b(prices?|priced|costs?|costing|prix|coute|coutant|cout)\b/,
	trade: /\b(export|import|trade|trading|sales|sold|bought|buy|purchas|shipment|commerce|commercia|exportation|importation|vend|achet)/,
	partner: /\b(partner|market|customer|client|buyer|supplier|partenaire|marche|fournisseur)/,
	exports: /\b(export|sales to|sold to|shipments to|exportation|ventes)/,
	imports: /\b(import|bought from|purchases from|importation|achats)/,
	total: /\b(trad(e|ing) partner|bilateral trade|commerce bilateral|partenaire commercial|two-way trade)/
};

/**
 * Sentences with their offsets, by the platform's own segmenter for the language, a line at a time:
 * a sentence never runs across a line break, and the segmenter, slow on one long string (12 s for
 * 1 MB), is fast on many short ones.
 */
export function sentences(text: string, lang: CheckLang): { start: number; end: number; text: string }[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
	const out: { start: number; end: number; text: string }[] = [];
	for (const line of text.matchAll(/[^\n]+/g))
		for (const s of segmenter.segment(line[0])) {
			const start = line.index + s.index;
			out.push({ start, end: start + s.segment.length, text: s.segment });
		}
	return out;
}

/** What a number measures, from the words of its sentence and those just before and after it. */
function measureOf(n: NumberMention, words: string, near: { before: string; after: string }): { measure: ClaimMeasure; noSeries: boolean } {
	if (WORDS.poll.test(words) && n.unit === 'percent') return { measure: 'favourability', noSeries: true };
	// A goal ("seeking to grow trade by at least 50% over the next ten years") is no published figure.
	if ((n.unit === 'percent' || n.unit === 'USD' || n.unit === 'CAD') && (WORDS.target.test(near.before) || WORDS.target.test(near.after)))
		return { measure: 'trade_target', noSeries: true };
	// An amount after "price" or under a million is what a thing costs, not a country's trade.
	if ((n.unit === 'USD' || n.unit === 'CAD' || n.unit === 'CNY' || n.unit === 'EUR') && (WORDS.price.test(near.before) || n.value < 1e6))
		return { measure: 'price', noSeries: true };
	if (WORDS.tariff.test(words) && n.unit === 'percent' && !n.direction) return { measure: 'tariff_rate', noSeries: true };
	// A share of vehicles ("3% of the 1.8 million vehicles sold", "half of the EVs exported") is a quota or a market share, not trade.
	if (n.unit === 'percent' && !n.direction && /^\s+(of|de|des|du|d')\b/.test(near.after) && WORDS.quota.test(near.after))
		return { measure: WORDS.cap.test(words) ? 'import_quota' : 'market_share', noSeries: true };
	// A product's share or change ("2% of Canada's crude oil", "canola exports fell 10%"): no all-goods series answers it.
	const product =
		n.unit === 'percent' &&
		(n.direction ? WORDS.product.test(near.before) : /^\s+(of|de|des|du|d')\b/.test(near.after) && WORDS.product.test(near.after));
	if (product && WORDS.trade.test(words)) return { measure: n.direction ? 'trade_change' : 'export_share', noSeries: true };
	if (n.unit === 'rank')
		return WORDS.partner.test(words) || WORDS.trade.test(words)
			? { measure: 'rank', noSeries: false }
			: { measure: 'other', noSeries: true };
	if (n.unit === 'percent') {
		if (n.direction && WORDS.trade.test(words)) return { measure: 'trade_change', noSeries: false };
		if (WORDS.trade.test(words) || WORDS.partner.test(words)) return { measure: 'export_share', noSeries: false };
		return { measure: 'other', noSeries: true };
	}
	if (n.unit === 'USD' || n.unit === 'CAD' || n.unit === 'CNY' || n.unit === 'EUR')
		return WORDS.trade.test(words) && !WORDS.quota.test(words)
			? { measure: 'trade_value', noSeries: n.unit === 'CNY' || n.unit === 'EUR' }
			: { measure: 'other', noSeries: true };
	return { measure: 'other', noSeries: true };
}

/** Measures of trade itself: they have a flow and cover goods (all or some). */
export const TRADE_MEASURES: ReadonlySet<ClaimMeasure> = new Set<ClaimMeasure>(['trade_value', 'trade_change', 'export_share', 'rank']);

/** Measures of other things than trade: they have no flow. */
const NOT_TRADE = new Set<ClaimMeasure>(['trade_target', 'tariff_rate', 'favourability', 'import_quota', 'market_share', 'price']);

/** The flow the sentence speaks of: partners in trade, exports or imports. */
function flowOf(words: string): ClaimFlow | null {
	if (WORDS.total.test(words)) return 'total';
	if (WORDS.imports.test(words)) return 'imports';
	if (WORDS.exports.test(words)) return 'exports';
	return null;
}

/**
 * Who reports and who is the partner: an economy written with a possessive or as a demonym before
 * the flow word reports ("China’s imports", "Canadian exports"); one after "to", "from", "with"
 * (vers, de) is the partner; otherwise the economy nearest the number, other than the reporter.
 */
function economiesOf(
	n: NumberMention,
	sentence: string,
	offset: number,
	words: EconomyWord[],
	lang: CheckLang
): { reporter: string | null; partner: string | null } {
	const local = words.map((w) => ({ ...w, start: w.start - offset, end: w.end - offset }));
	const after = (w: { end: number }) => sentence.slice(w.end, w.end + 3);
	const before = (w: { start: number }) => foldLetters(sentence.slice(Math.max(0, w.start - 25), w.start));
	const owner = local.find(
		(w) =>
			/^[’']s\b/.test(after(w)) ||
			/^\s+(export|import)/i.test(sentence.slice(w.end, w.end + 10)) ||
			// French puts the owner after the flow: "exportations canadiennes", "les importations de la Chine".
			(lang === 'fr' && /\b(exportations?|importations?)\s+((du|des|de la|de l'|d')\s*)?$/.test(before(w)))
	);
	let reporter = owner?.code ?? null;
	// "to", "from", "with" (vers, de, avec) name the partner, and so does "of" after a flow ("imports of Canadian goods").
	const named = local.find(
		(w) =>
			w.code !== reporter &&
			(/\b(to|from|with|vers|avec|en provenance de|a destination de)\s+(the\s+|la\s+|le\s+|les\s+|l')?$/.test(before(w)) ||
				(lang === 'en' && /\b(exports?|imports?|sales|purchases)\s+of\s+$/.test(before(w))))
	);
	const at = n.start - offset;
	const partner =
		named?.code ??
		local.filter((w) => w.code !== reporter).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]?.code ??
		null;
	// Otherwise the economy nearest before the flow that is not the partner reports ("China, where imports of Canadian goods fell").
	// The flow word nearest before the number.
	const flows = [...foldLetters(sentence).matchAll(/\b(export|import|sales|purchases|exportation|importation)/g)].map((m) => m.index);
	const flowAt = flows.filter((i) => i < at).at(-1) ?? flows[0] ?? -1;
	if (!reporter && partner && flowAt >= 0)
		reporter = local.filter((w) => w.end <= flowAt && w.code !== partner).sort((a, b) => b.end - a.end)[0]?.code ?? null;
	return { reporter, partner };
}

/** The clause a number stands in: the sentence cut at commas, semicolons, colons and dashes. */
function clauseAround(sentence: string, start: number, end: number): [number, number] {
	const cuts = [...sentence.matchAll(/[,;:]\s|\s[—–]\s/g)].map((m) => m.index);
	return [cuts.filter((i) => i < start).at(-1) ?? 0, cuts.find((i) => i >= end) ?? sentence.length];
}

/**
 * Reporter and partner, read in the number's own clause where it names an economy ("… to the U.S.,
 * while China buys under 4%"), with the sentence's reporter where the clause names none.
 */
function whoOf(
	n: NumberMention,
	s: { start: number; text: string },
	economies: EconomyWord[],
	lang: CheckLang
): { reporter: string | null; partner: string | null } {
	const all = economiesOf(n, s.text, s.start, economies, lang);
	const [from, to] = clauseAround(s.text, n.start - s.start, n.end - s.start);
	const inClause = economies.filter((w) => w.start - s.start >= from && w.end - s.start <= to);
	if (inClause.length === 0 || inClause.length === economies.length) return all;
	const own = economiesOf(n, s.text, s.start, inClause, lang);
	const partner = own.partner ?? all.partner;
	return { reporter: own.reporter ?? (all.reporter !== partner ? all.reporter : null), partner };
}

export interface ReadOptions {
	/** The article's date (ISO), which a statement without a year is read against. */
	date?: string;
	/** Who published the text ("Statistics Canada, The Daily"): the currency a bare "$" implies where the text names no reporter. */
	publisher?: string;
}

/** "last year", "this year" and their French, relative to the article's year. */
const RELATIVE: { pattern: RegExp; offset: number }[] = [
	{ pattern: /\b(last year|a year earlier|l'an dernier|l'annee derniere|l'an passe)\b/g, offset: -1 },
	{ pattern: /\b(this year|cette annee)\b/g, offset: 0 }
];

/** "Last year" or "this year" nearest a number, with its distance: a relative year nearer than a written one wins ("Last year, 34% …, up from 21% in 2024"). */
function relativeNear(words: string, at: number, date: string | undefined): { year: number; distance: number } | null {
	if (!date) return null;
	let best: { year: number; distance: number } | null = null;
	for (const r of RELATIVE)
		for (const m of words.matchAll(r.pattern)) {
			const distance = Math.abs(m.index - at);
			if (!best || distance < best.distance) best = { year: Number(date.slice(0, 4)) + r.offset, distance };
		}
	return best;
}

/**
 * The year a statement without one is of. A trade figure in the present tense is the latest full
 * year published by the article's date (a year's figures come out by the end of February of the
 * next); a rank among partners is of the article's own year, or of the figures beside it.
 */
function yearWithout(measure: ClaimMeasure, words: string, date: string | undefined): number | null {
	if (!date) return null;
	const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
	const relative = relativeNear(words, 0, date);
	if (relative) return relative.year;
	if (measure === 'trade_value' || measure === 'trade_change' || measure === 'export_share') return month <= 2 ? year - 2 : year - 1;
	return year;
}

/** The written period nearest a number, unless "last year" or "this year" is nearer. */
function yearOf(written: PeriodMention | undefined, relative: { year: number; distance: number } | null, at: number): number | null {
	if (written && (!relative || Math.abs(written.start - at) <= relative.distance)) return written.year;
	return relative?.year ?? null;
}

/** Every numeric statement of the text, sentence by sentence, in order. */
export function readClaims(text: string, lang: CheckLang, index: EconomyIndex, options: ReadOptions = {}): Claim[] {
	const claims: Claim[] = [];
	for (const s of sentences(text, lang)) {
		const numbers = readNumbers(s.text, lang);
		if (numbers.length === 0) continue;
		const words = foldLetters(s.text);
		// A word inside a number ("dollars américains", "U.S. dollars") names a currency, not an economy.
		const economies = index
			.find(s.text)
			.filter((w) => !numbers.some((n) => w.start < n.end && w.end > n.start))
			.map((w) => ({ ...w, start: w.start + s.start, end: w.end + s.start }));
		const periods = readPeriods(s.text, lang);
		const flow = flowOf(words);
		const read: Claim[] = [];
		for (const local of numbers) {
			const n = { ...local, start: local.start + s.start, end: local.end + s.start };
			const near = { before: words.slice(Math.max(0, local.start - 40), local.start), after: words.slice(local.end, local.end + 40) };
			const { measure, noSeries } = measureOf(n, words, near);
			const { reporter, partner } = whoOf(n, s, economies, lang);
			const nearest = [...periods].sort((a, b) => Math.abs(a.start - local.start) - Math.abs(b.start - local.start))[0];
			read.push({
				sentence: s,
				number: n,
				measure,
				value: n.direction === 'down' ? -n.value : n.value,
				reporter,
				partner,
				flow: NOT_TRADE.has(measure) ? null : flow,
				year: yearOf(nearest, relativeNear(words, local.start, options.date), local.start) ?? yearWithout(measure, words, options.date),
				noSeries,
				partnerWords: null,
				period: null,
				base: null,
				currency: null,
				currencyImplied: false,
				scope: 'goods',
				volume: false,
				product: null
			});
		}
		// A sentence that names no reporter goes on from the one before ("About 75% … to the U.S. China is the second-largest market at about 4%").
		const previous = claims.at(-1);
		for (const c of read)
			if (
				!NOT_TRADE.has(c.measure) &&
				!c.reporter &&
				previous?.reporter &&
				previous.sentence.end >= s.start - 2 &&
				c.partner !== previous.reporter
			) {
				c.reporter = previous.reporter;
				c.flow ??= previous.flow;
			}
		// A rank beside a figure of its own sentence is of that figure's year ("second-largest market, at about 4%").
		const figureYear = read.find((c) => c.measure === 'export_share' || c.measure === 'trade_value')?.year;
		if (periods.length === 0 && figureYear) for (const c of read) if (c.measure === 'rank') c.year = figureYear;
		claims.push(...read);
	}
	return claims;
}
