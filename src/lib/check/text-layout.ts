/**
 * Where a text's own layout says whose a figure is: economies written just before its bracket, and
 * the paragraph (line) each sentence stands in.
 */
import type { CheckLang } from './phrases';

const EACH: Record<CheckLang, string> = { en: '(?:each|both|respectively)', fr: '(?:chacun|chacune|chacunes|chacuns|respectivement)' };
/** A bracket opening right after an economy ("(83%", "(chacun 79%"), "each" inside it, and "and" joining two economies. */
const BRACKET: Record<CheckLang, { bracket: RegExp; each: RegExp; joint: RegExp }> = {
	en: {
		bracket: new RegExp(`^\\s*\\(\\s*(?:${EACH.en}\\s*(?:de\\s*|:\\s*)?)?[+-]?$`),
		each: new RegExp(EACH.en),
		joint: /^\s*(?:and|&)\s+(?:the\s+)?$/
	},
	fr: {
		bracket: new RegExp(`^\\s*\\(\\s*(?:${EACH.fr}\\s*(?:de\\s*|:\\s*)?)?[+-]?$`),
		each: new RegExp(EACH.fr),
		joint: /^\s*et\s+(?:en\s+|au\s+|aux\s+|a\s+|l'|la\s+|le\s+|les\s+)?$/
	}
};

/** Economies written just before a figure's bracket ("au Luxembourg (83%)"), and those joined to them for "each" ("en Slovaquie et en Croatie (chacun 79%)"). */
export function bracketOwners(
	words: string,
	lang: CheckLang,
	n: { start: number },
	economies: readonly { start: number; end: number; code: string }[],
	offset: number
): string[] {
	const local = economies.map((e) => ({ ...e, start: e.start - offset, end: e.end - offset }));
	const last = local.filter((e) => e.end <= n.start).at(-1);
	if (!last) return [];
	const gap = words.slice(last.end, n.start);
	const r = BRACKET[lang];
	if (!r.bracket.test(gap)) return [];
	const owners = [last.code];
	if (r.each.test(gap)) {
		const before = local.filter((e) => e.end <= last.start).at(-1);
		if (before && r.joint.test(words.slice(before.end, last.start))) owners.unshift(before.code);
	}
	return owners;
}

/** The paragraph (line) each sentence stands in. */
export function lineOf(text: string): (offset: number) => number {
	const starts = [...text.matchAll(/[^\n]+/g)].map((m) => m.index);
	return (offset) => {
		let lo = 0;
		for (let hi = starts.length - 1; lo < hi;) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
}
