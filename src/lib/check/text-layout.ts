/**
 * Where a text's own layout says whose a figure is: economies written just before its bracket, and
 * the paragraph (line) each sentence stands in.
 */
import type { CheckLang } from './phrases';

/** Economies written just before a figure's bracket ("au Luxembourg (83%)"), and those joined to them for "each" ("en Slovaquie et en Croatie (chacun 79%)"). */
export function bracketOwners(
	words: string,
	lang: CheckLang,
	n: { start: number },
	economies: readonly { start: number; end: number; code: string }[],
	offset: number
): string[] {
	const local = economies.map((e) => ({ ...e, start: e.start - offset, end: e.end - offset }));
	const each = lang === 'en' ? '(?:each|both|respectively)' : '(?:chacun|chacune|chacunes|chacuns|respectivement)';
	const last = local.filter((e) => e.end <= n.start).at(-1);
	if (!last) return [];
	const gap = words.slice(last.end, n.start);
	if (!new RegExp(`^\\s*\\(\\s*(?:${each}\\s*(?:de\\s*|:\\s*)?)?[+-]?$`).test(gap)) return [];
	const owners = [last.code];
	if (new RegExp(each).test(gap)) {
		const before = local.filter((e) => e.end <= last.start).at(-1);
		const joint = lang === 'en' ? /^\s*(?:and|&)\s+(?:the\s+)?$/ : /^\s*et\s+(?:en\s+|au\s+|aux\s+|a\s+|l'|la\s+|le\s+|les\s+)?$/;
		if (before && joint.test(words.slice(before.end, last.start))) owners.unshift(before.code);
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
