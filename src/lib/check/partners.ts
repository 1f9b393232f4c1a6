/**
 * Partners that are no single economy: the world and the rest of it, the EU and the euro area,
 * extra-EU trade, "countries other than the United States"; and the economy a release is of when a
 * sentence names none (its publisher's, else the one the text names most).
 */
import type { NamedPartner } from './claim';
import { foldLetters, type EconomyWord } from './economies';
import { alt, type CheckLang } from './phrases';
import { GROUP_PARTNERS, OTHER_THAN, PUBLISHERS } from './trade-words';

/** A group named in a sentence, with its offsets in it. */
export interface GroupWord extends NamedPartner {
	start: number;
	end: number;
	/** Trade outside this group ("extra-EU"): the world, from the group's own side. */
	extraOf?: string;
	/** Trade within the group ("intra-EU", "intra-zone euro"). */
	intra: boolean;
}

const cache = new Map<CheckLang, RegExp>();
const groupPattern = (lang: CheckLang) => {
	let re = cache.get(lang);
	if (!re) {
		const phrases = GROUP_PARTNERS[lang].map((g) => g.phrase);
		cache.set(lang, (re = new RegExp(String.raw`(?<![\p{L}-])(?:${alt(phrases)})(?![\p{L}-])`, 'gu')));
	}
	return re;
};

/** The groups a sentence names ("EU" alone is left to the economy index, which knows its capitals). */
export function groupsIn(text: string, lang: CheckLang): GroupWord[] {
	const t = foldLetters(text);
	const out: GroupWord[] = [];
	for (const m of t.matchAll(groupPattern(lang))) {
		const entry = GROUP_PARTNERS[lang].find((g) => g.phrase === m[0].replace(/\s+/g, ' '));
		if (!entry) continue;
		out.push({
			start: m.index,
			end: m.index + m[0].length,
			text: text.slice(m.index, m.index + m[0].length),
			code: entry.code,
			extraOf: entry.extraOf,
			intra: /^intra/.test(entry.phrase)
		});
	}
	return out;
}

const OTHER_THAN_AT: Record<CheckLang, RegExp> = {
	en: new RegExp(`(?<!\\p{L})${OTHER_THAN.en}`, 'u'),
	fr: new RegExp(`(?<!\\p{L})${OTHER_THAN.fr}`, 'u')
};

/** "Countries other than the United States": the economy after it names a partner with no code. */
export function otherThan(text: string, lang: CheckLang, economies: readonly EconomyWord[], offset: number): NamedPartner | null {
	const t = foldLetters(text);
	const re = OTHER_THAN_AT[lang];
	for (const w of economies) {
		const local = w.start - offset;
		const before = t.slice(Math.max(0, local - 60), local);
		const m = re.exec(before);
		if (m) {
			const start = local - before.length + m.index;
			return { text: text.slice(start, w.end - offset), code: null };
		}
	}
	return null;
}

/**
 * The economy a text is of where a sentence names none: its publisher's (a statistical office, or an
 * economy its publisher line names), else the economy the text names most.
 */
export function homeEconomy(
	publisher: string | undefined,
	publisherWords: readonly EconomyWord[],
	textWords: readonly EconomyWord[]
): string | null {
	if (publisher) {
		const folded = foldLetters(publisher);
		const office = PUBLISHERS.find((p) => p.pattern.test(folded));
		if (office) return office.code;
		if (publisherWords[0]) return publisherWords[0].code;
	}
	const counts = new Map<string, number>();
	for (const w of textWords) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * A partner named in words the economy index does not know: "exports to Southeast Asian nations",
 * "les exportations vers les pays d'Asie du Sud-Est". Its words, with no code.
 */
const UNKNOWN_PARTNER: Record<CheckLang, RegExp> = {
	en: /\b(?:[Ee]xports?|[Ii]mports?|[Ss]hipments|[Ss]ales|[Tt]rade)\s+(?:to|from|with)\s+((?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:nations|countries|economies|markets|states|members)|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u,
	fr: /\b(?:exportations?|importations?|ventes|echanges)\s+(?:vers|avec|en provenance d(?:es|u|e la|e l')|a destination d(?:es|u|e la|e l'))\s*((?:les\s+)?(?:pays|nations|economies|marches|etats)\s+(?:d[eu']\s*|de la\s+|des\s+)?[\p{L}'-]+(?:\s+d[eu]\s+[\p{L}'-]+)?)/u
};
export function unknownPartner(text: string, lang: CheckLang): NamedPartner | null {
	const m = UNKNOWN_PARTNER[lang].exec(lang === 'fr' ? foldLetters(text) : text);
	if (!m) return null;
	const start = (m.index ?? 0) + m[0].length - m[1].length;
	return { text: text.slice(start, start + m[1].length).trim(), code: null };
}
