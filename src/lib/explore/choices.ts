/** What the explorer offers: reporters, their partners and the years, from the pairs the data holds. */
import type { TradePair } from '$lib/data/explore-queries';
import type { ExploreChoices } from './explore-url';

export const NO_CHOICES: ExploreChoices = { reporters: [], partners: {}, firstYear: Number.POSITIVE_INFINITY, lastYear: Number.NEGATIVE_INFINITY };

/** The choices widened by more pairs: each pair offers its partner to the reporter and, as mirror figures, the reporter to the partner. */
export function addPairs(choices: ExploreChoices, pairs: readonly TradePair[]): ExploreChoices {
	if (pairs.length === 0) return choices;
	const partners: Record<string, Set<string>> = Object.fromEntries(Object.entries(choices.partners).map(([r, ps]) => [r, new Set(ps)]));
	for (const p of pairs) {
		(partners[p.reporter] ??= new Set()).add(p.partner);
		(partners[p.partner] ??= new Set()).add(p.reporter);
	}
	return {
		reporters: [...new Set([...choices.reporters, ...pairs.map((p) => p.reporter)])].sort(),
		partners: Object.fromEntries(Object.entries(partners).map(([r, ps]) => [r, [...ps].sort()])),
		firstYear: Math.min(choices.firstYear, ...pairs.map((p) => p.firstYear)),
		lastYear: Math.max(choices.lastYear, ...pairs.map((p) => p.lastYear))
	};
}

/**
 * The choices as the page carries them: every code once, and each economy's partners as a bit set
 * over that list in hex (all IMF reporters' partner lists would otherwise weigh some 300 KB).
 */
export interface PackedChoices {
	reporters: string[];
	codes: string[];
	partners: Record<string, string>;
	firstYear: number;
	lastYear: number;
}

export function packChoices(choices: ExploreChoices): PackedChoices {
	const codes = [...new Set(Object.values(choices.partners).flat())].sort();
	const position = new Map(codes.map((code, i) => [code, i]));
	const partners = Object.fromEntries(
		Object.entries(choices.partners).map(([economy, list]) => {
			const bits = new Uint8Array(Math.ceil(codes.length / 8));
			for (const code of list) {
				const i = position.get(code) as number;
				bits[i >> 3] |= 1 << (i & 7);
			}
			return [economy, Array.from(bits, (b) => b.toString(16).padStart(2, '0')).join('')];
		})
	);
	return { reporters: choices.reporters, codes, partners, firstYear: choices.firstYear, lastYear: choices.lastYear };
}

export function unpackChoices(packed: PackedChoices): ExploreChoices {
	const partners = Object.fromEntries(
		Object.entries(packed.partners).map(([economy, hex]) => [economy, packed.codes.filter((_, i) => (parseInt(hex.slice((i >> 3) * 2, (i >> 3) * 2 + 2), 16) >> (i & 7)) & 1)])
	);
	return { reporters: packed.reporters, partners, firstYear: packed.firstYear, lastYear: packed.lastYear };
}
