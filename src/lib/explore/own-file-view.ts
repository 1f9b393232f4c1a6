/** A person's own file, once read, handed to the explorer: the view it is drawn in. */
import { MAX_PARTNERS, type TradePair } from '$lib/data/explore-queries';
import type { ExploreView } from './explore-view';

/**
 * The change of view a file read asks for: none when it has figures for the reporter and a partner
 * of the view (drawn beside the published ones as they are), else its first reporter with that
 * reporter's partners and every year the file holds for them, in the reporter's own books.
 */
export function ownFileView(
	pairs: readonly Pick<TradePair, 'reporter' | 'partner' | 'firstYear' | 'lastYear'>[],
	view: Pick<ExploreView, 'reporter' | 'partners'>
): Partial<ExploreView> | null {
	if (pairs.length === 0 || pairs.some((p) => p.reporter === view.reporter && view.partners.includes(p.partner))) return null;
	const reporter = pairs[0].reporter;
	const mine = pairs.filter((p) => p.reporter === reporter);
	const from = Math.min(...mine.map((p) => p.firstYear));
	const to = Math.max(...mine.map((p) => p.lastYear));
	return { reporter, partners: mine.map((p) => p.partner).slice(0, MAX_PARTNERS), side: 'reporter', from, to, base: from };
}
