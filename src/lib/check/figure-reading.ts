/**
 * What one figure of a sentence is, read from the words of its clause: its flow (exports, imports,
 * the balance, total trade), whether it is a level or a change, the sign a balance takes from the
 * reporter's side (a deficit is negative), its scope (goods, services) and whether it is in volume
 * terms. Works on foldLetters(sentence), whose offsets are the sentence's.
 */
import type { ClaimFlow, TradeScope } from './claim';
import type { NumberMention } from './numbers';
import { alt, type CheckLang } from './phrases';
import { BALANCE_SIDES, CHANGE_WORDS, FLOW_WORDS, LEVEL_BEFORE, SCOPE_WORDS } from './trade-words';

interface Found {
	index: number;
	end: number;
}
interface FlowWord extends Found {
	flow: ClaimFlow;
}

const cache = new Map<CheckLang, ReturnType<typeof build>>();
function build(lang: CheckLang) {
	const re = (source: string, flags = 'gu') => new RegExp(source, flags);
	const flows = FLOW_WORDS[lang];
	return {
		flows: (['total', 'balance', 'exports', 'imports'] as const).map((flow) => ({
			flow,
			re: re(String.raw`(?<![\p{L}-])(?:${alt(flows[flow])})\p{L}*`)
		})),
		deficit: re(String.raw`(?<!\p{L})(?:${alt(BALANCE_SIDES[lang].deficit)})(?!\p{L})`),
		surplus: re(String.raw`(?<!\p{L})(?:${alt(BALANCE_SIDES[lang].surplus)})(?!\p{L})`),
		change: re(String.raw`(?<!\p{L})(?:${alt(Object.values(CHANGE_WORDS[lang]).flat())})(?!\p{L})`),
		levelBefore: re(String.raw`(?<!\p{L})${LEVEL_BEFORE[lang]}`, 'u'),
		both: re(String.raw`(?<!\p{L})(?:${alt(SCOPE_WORDS[lang].both)})(?!\p{L})`),
		services: re(String.raw`(?<!\p{L})(?:${alt(SCOPE_WORDS[lang].services)})(?!\p{L})`),
		volume: re(String.raw`(?<!\p{L})(?:${alt(SCOPE_WORDS[lang].volume)})(?!\p{L})`),
		goods: re(String.raw`(?<!\p{L})(?:${alt(SCOPE_WORDS[lang].goods)})(?!\p{L})`),
		/** "both exports and imports", "à la fois les exportations et les importations": one figure, two flows. */
		twoFlows:
			lang === 'en'
				? /\bboth (?:\p{L}+ )?(?:exports|imports) (?:of \p{L}+ )?and (?:imports|exports)\b|\b(?:exports|imports) and (?:imports|exports) (?:both|each)\b/u
				: /\ba la fois (?:les )?(?:exportations|importations) et (?:les )?(?:importations|exportations)\b/u,
		/** Clause cuts: punctuation, and conjunctions that start a new statement. */
		cuts:
			lang === 'en'
				? /[,;:]\s|\s[—–-]\s|\b(?:while|whereas|but|and (?:a|an|the)|resulting from)\s/gu
				: /[,;:]\s|\s[—–-]\s|\b(?:tandis que|alors que|mais|et (?:les|la|le|l'|un|une|d'))\s?/gu
	};
}
const rulesFor = (lang: CheckLang) => {
	let r = cache.get(lang);
	if (!r) cache.set(lang, (r = build(lang)));
	return r;
};

const all = (re: RegExp, t: string): Found[] => [...t.matchAll(re)].map((m) => ({ index: m.index, end: m.index + m[0].length }));

/** The clause around [start, end): from the last cut before to the first cut after. */
export function clauseOf(t: string, lang: CheckLang, start: number, end: number): [number, number] {
	const cuts = all(rulesFor(lang).cuts, t);
	return [cuts.filter((c) => c.end <= start).at(-1)?.end ?? 0, cuts.find((c) => c.index >= end)?.index ?? t.length];
}

/** The flow words of a sentence, longest first where they overlap ("total trade" over "trade"). */
function flowWords(t: string, lang: CheckLang): FlowWord[] {
	const found: FlowWord[] = [];
	for (const { flow, re } of rulesFor(lang).flows)
		for (const w of all(re, t)) if (!found.some((f) => f.index < w.end && w.index < f.end)) found.push({ ...w, flow });
	return found.sort((a, b) => a.index - b.index);
}

/** The flow a figure is of: the nearest flow word before it in its clause, else after it; then the same in the sentence. */
export function flowAt(t: string, lang: CheckLang, n: { start: number; end: number; unit?: string }): ClaimFlow | null {
	// A rank's own noun says it: "largest trading partner", "second-largest market", "main supplier".
	if (n.unit === 'rank') {
		const next = t.slice(n.end, n.end + 50);
		const flowNamed = RANK_FOR[lang].exec(next);
		if (flowNamed) return /^(?:export|ventes)/.test(flowNamed[1]) ? 'exports' : 'imports';
		const noun = RANK_FLOW[lang].find(([re]) => re.test(next));
		if (noun) return noun[1];
	}
	const words = flowWords(t, lang);
	const [from, to] = clauseOf(t, lang, n.start, n.end);
	const before = (lo: number) => words.filter((w) => w.end <= n.start && w.index >= lo).at(-1);
	const after = (hi: number) => words.find((w) => w.index >= n.end && w.end <= hi);
	return (before(from) ?? after(to) ?? before(0) ?? after(t.length))?.flow ?? null;
}

/** "third largest partner for EU exports", "principal partenaire pour les exportations". */
const RANK_FOR: Record<CheckLang, RegExp> = {
	en: /^[\s-]+(?:\p{L}+[\s-]+){0,3}?(?:partner|market|destination|supplier|source)s?\s+(?:for|of|in)\s+(?:\p{L}+\s+){0,2}?(export|import)/u,
	fr: /^[\s-]+(?:\p{L}+[\s-]+){0,3}?(?:partenaire|marche|destination|fournisseur|source)s?(?:\s+commercial)?\s+(?:pour|des|de)\s+(?:\p{L}+\s+){0,2}?(export|import)/u
};

const RANK_FLOW: Record<CheckLang, [RegExp, ClaimFlow][]> = {
	en: [
		[/^[\s-]+(?:\p{L}+\s+){0,2}?(?:trading|trade)\s+partner/u, 'total'],
		[/^[\s-]+(?:\p{L}+\s+){0,2}?(?:export\s+)?(?:market|buyer|customer|destination|client)/u, 'exports'],
		[/^[\s-]+(?:\p{L}+\s+){0,2}?(?:import\s+)?(?:supplier|source)/u, 'imports']
	],
	fr: [
		[/^[\s-]+(?:\p{L}+\s+){0,2}?partenaire commercial/u, 'total'],
		[/^[\s-]+(?:\p{L}+\s+){0,2}?(?:marche|client|acheteur|destination|debouche)/u, 'exports'],
		[/^[\s-]+(?:\p{L}+\s+){0,2}?(?:fournisseur|source)/u, 'imports']
	]
};

/** One figure, two flows: "both exports and imports … increased by 0.4%"; the two in the text's order. */
export function twoFlows(t: string, lang: CheckLang): ['exports', 'imports'] | ['imports', 'exports'] | null {
	const m = rulesFor(lang).twoFlows.exec(t);
	if (!m) return null;
	return m[0].search(/export/) < m[0].search(/import/) ? ['exports', 'imports'] : ['imports', 'exports'];
}

/** Whether a figure is a change: a change word governs it (with no other figure between), and nothing makes it a level. */
export function isChange(t: string, lang: CheckLang, n: NumberMention, others: readonly NumberMention[]): 'up' | 'down' | 'unknown' | null {
	const r = rulesFor(lang);
	if (n.direction) return n.direction;
	const before = t.slice(Math.max(0, n.start - 40), n.start);
	if (r.levelBefore.test(before)) return null;
	const [from, to] = clauseOf(t, lang, n.start, n.end);
	const blocked = (a: number, b: number) => others.some((o) => o !== n && o.start >= a && o.end <= b);
	const changes = all(r.change, t);
	const word = changes.filter((w) => w.index >= from && w.end <= n.start && !blocked(w.end, n.start)).at(-1);
	// "a $54.7b (12%) increase in credits": the change word after the figure.
	const gap = /^\s*(?:\([^)]{0,20}\)\s*)?/.exec(t.slice(n.end))?.[0].length ?? 0;
	const next = changes.find((w) => w.index === n.end + gap && w.index <= to);
	const found = word ?? next;
	if (!found) return null;
	const said = t.slice(found.index, found.end).replace(/\s+/g, ' ');
	const { down, up } = CHANGE_WORDS[lang];
	return down.includes(said) ? 'down' : up.includes(said) ? 'up' : 'unknown';
}

/** The side of the balance a figure is of: the nearest "deficit" or "surplus" before it in its sentence, else after it. */
export function balanceSide(t: string, lang: CheckLang, n: { start: number; end: number }): 'deficit' | 'surplus' | null {
	const r = rulesFor(lang);
	const sides = [
		...all(r.deficit, t).map((w) => ({ ...w, side: 'deficit' as const })),
		...all(r.surplus, t).map((w) => ({ ...w, side: 'surplus' as const }))
	];
	const before = sides.filter((w) => w.end <= n.start).sort((a, b) => b.end - a.end)[0];
	const after = sides.filter((w) => w.index >= n.end).sort((a, b) => a.index - b.index)[0];
	return (before ?? after)?.side ?? null;
}

/** Goods, services or both, as the figure's clause says (a clause that names neither is of goods). */
export function scopeAt(t: string, lang: CheckLang, n: { start: number; end: number }, text: TradeScope = 'goods'): TradeScope {
	const r = rulesFor(lang);
	const [from, to] = clauseOf(t, lang, n.start, n.end);
	// The words nearest the figure say it: "the goods and services deficit reflected a decrease in the goods deficit of $1.6 billion".
	const both = all(r.both, t).map((w) => ({ ...w, scope: 'goods_and_services' as const }));
	const inBoth = (w: Found) => both.some((b) => b.index <= w.index && w.end <= b.end);
	const marks = [
		...both,
		...all(r.services, t)
			.filter((w) => !inBoth(w))
			.map((w) => ({ ...w, scope: 'services' as const })),
		...all(r.goods, t)
			.filter((w) => !inBoth(w))
			.map((w) => ({ ...w, scope: 'goods' as const }))
	];
	const before = (lo: number) => marks.filter((w) => w.end <= n.start && w.index >= lo).sort((a, b) => b.end - a.end)[0];
	const after = (hi: number) => marks.filter((w) => w.index >= n.end && w.end <= hi).sort((a, b) => a.index - b.index)[0];
	// A clause naming none is of what its sentence, else the text's title, says it covers.
	return (before(from) ?? after(to) ?? before(0) ?? after(t.length))?.scope ?? text;
}

/** What a text covers where a figure's words say nothing: goods and services where its title names both. */
export const textScope = (title: string, lang: CheckLang): TradeScope =>
	all(rulesFor(lang).both, title).length > 0 ? 'goods_and_services' : 'goods';

/** In volume (real) terms, as the sentence says. */
export const inVolume = (t: string, lang: CheckLang): boolean => all(rulesFor(lang).volume, t).length > 0;

/** A printed sign just before a figure ("+0.6%", "+€60.1 billion"): the reader keeps "−" in the value already. */
export const printedPlus = (sentence: string, n: { start: number }): boolean =>
	/\+\s?$/.test(sentence.slice(Math.max(0, n.start - 2), n.start));
