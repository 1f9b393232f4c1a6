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
