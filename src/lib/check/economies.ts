/**
 * Finding economies in running text: their names from the countries table and the other words for
 * them (demonyms, capitals standing for governments, short names) from the aliases table, in the
 * text's language. Matching ignores case and accents, except for words written in capitals (US,
 * UK, EU), which must be written so ("us" is not the United States).
 */

export type EconomyWordKind = 'name' | 'demonym' | 'capital' | 'short';

export interface EconomyEntry {
	phrase: string;
	code: string;
	kind: EconomyWordKind;
}

export interface EconomyWord extends EconomyEntry {
	/** Offsets in the text, and the words as written there. */
	start: number;
	end: number;
	text: string;
}

/** The rows the entries come from: the countries table's names and the aliases table. */
export interface NamedEconomy {
	code: string;
	nameEn: string;
	nameFr: string;
	aggregate: boolean;
	former: boolean;
}
export interface Alias {
	alias: string;
	lang: string;
	code: string;
	kind: string;
}

/**
 * A character folded to one of the same length, so offsets in the folded text are those of the text:
 * accents dropped, ’ as ', lower case if asked; a character whose fold would change length stays.
 */
function foldChar(c: string, lower: boolean): string {
	if (c === '’') return "'";
	const base = [...c.normalize('NFD')][0] ?? c;
	const out = lower ? base.toLowerCase() : base;
	return out.length === c.length ? out : c;
}
/** Each character folded once: a text's characters come from a small set. */
const folded = [new Map<string, string>(), new Map<string, string>()];
function fold(text: string, lower: boolean): string {
	// Plain ASCII has no accents and no curly apostrophes: lower case is all there is to do.
	if (!/[^\t\n\r\x20-\x7e]/.test(text)) return lower ? text.toLowerCase() : text;
	const cache = folded[lower ? 1 : 0];
	let out = '';
	for (const c of text) {
		let f = cache.get(c);
		if (f === undefined) cache.set(c, (f = foldChar(c, lower)));
		out += f;
	}
	return out;
}
export const foldLetters = (text: string) => fold(text, true);
/** Accents dropped, case kept (for words written in capitals). */
const unaccent = (text: string) => fold(text, false);
const isCapitals = (phrase: string) => /^[\p{Lu}.-]+$/u.test(phrase) && /\p{Lu}.*\p{Lu}/u.test(phrase);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The economies of both tables that a text in `lang` may name: economies by name (no groups or former ones), and every alias. */
export function economyEntries(countries: readonly NamedEconomy[], aliases: readonly Alias[], lang: 'en' | 'fr'): EconomyEntry[] {
	const names = countries
		.filter((c) => !c.aggregate && !c.former)
		.map((c) => ({ phrase: lang === 'fr' ? c.nameFr : c.nameEn, code: c.code, kind: 'name' as const }));
	const others = aliases
		.filter((a) => a.lang === lang && (a.kind === 'demonym' || a.kind === 'capital' || a.kind === 'short'))
		.map((a) => ({ phrase: a.alias, code: a.code, kind: a.kind as EconomyWordKind }));
	return [...names, ...others].filter((e) => e.phrase.trim() !== '');
}

export interface EconomyIndex {
	find(text: string): EconomyWord[];
}

/** One pattern of every phrase, longest first, so "South Korean" wins over "Korean" and "Mexico City" over "Mexico". */
export function economyIndex(entries: readonly EconomyEntry[]): EconomyIndex {
	const byKey = new Map<string, EconomyEntry>();
	const caps: string[] = [];
	const folded: string[] = [];
	for (const e of entries) {
		const [prefix, key, list] = isCapitals(e.phrase)
			? (['C', unaccent(e.phrase), caps] as const)
			: (['F', foldLetters(e.phrase), folded] as const);
		if (byKey.has(`${prefix}${key}`)) continue;
		byKey.set(`${prefix}${key}`, e);
		list.push(key);
	}
	const pattern = (phrases: string[], flags: string) =>
		phrases.length
			? new RegExp(
					`(?<![\\p{L}\\p{N}])(?:${[...phrases]
						.sort((a, b) => b.length - a.length)
						.map(escape)
						.join('|')})(?![\\p{L}\\p{N}])`,
					flags
				)
			: null;
	const capsPattern = pattern(caps, 'gu');
	const foldedPattern = pattern(folded, 'gu');
	return {
		find(text: string): EconomyWord[] {
			const found: EconomyWord[] = [];
			const scan = (re: RegExp | null, subject: string, prefix: 'C' | 'F') => {
				if (!re) return;
				for (const m of subject.matchAll(re)) {
					const entry = byKey.get(`${prefix}${m[0]}`);
					if (entry) found.push({ ...entry, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) });
				}
			};
			scan(capsPattern, unaccent(text), 'C');
			scan(foldedPattern, foldLetters(text), 'F');
			// Overlaps: the longer word wins ("Hong Kong" over "Kong"), then the earlier.
			found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
			return found.filter((w, i) => !found.slice(0, i).some((o) => o.start <= w.start && o.end >= w.end && o !== w));
		}
	};
}
