/** The explorer chart's takeaway in words: each line's first and last figure, or for the gap each side's latest. */
import type { ExploreQuery, ExploreRow } from '$lib/data/explore-queries';
import type { Lang } from '$lib/i18n/lang';
import { fullYear, lineKeys } from './explore-lines';
import { measureText } from './measure-text';
import { capitalise } from '$lib/util/text';

/** For each partner, the latest full year both sides report: each side's figure and the gap. */
export function gapTakeaway(rows: readonly ExploreRow[], mirror: readonly ExploreRow[], view: ExploreQuery, l: Lang): string {
	const { t, country, f } = l;
	const parts = view.partners.map((p) => {
		const theirs = new Map(
			mirror.filter((r) => r.partner === p && r.value !== null && fullYear(r)).map((r) => [r.year, r.value as number])
		);
		const both = rows.filter((r) => r.partner === p && r.value !== null && fullYear(r) && theirs.has(r.year)).at(-1);
		if (!both) return t('explore.takeaway.none', { partner: country(p) });
		const [own, other] = [both.value as number, theirs.get(both.year) as number];
		return t('explore.takeaway.gap', {
			reporter: country(view.reporter),
			partner: country(p),
			year: both.year,
			own: measureText(view, own, l),
			mirror: measureText(view, other, l),
			gap: other ? f.percentChange(100 * (own / other - 1)) : t('frame.no.data')
		});
	});
	return capitalise(`${parts.join('; ')}.`);
}

/** Each partner's first and last figure in the range, in words. */
export function exploreTakeaway(rows: readonly ExploreRow[], view: ExploreQuery, l: Lang): string {
	const { t, country } = l;
	// A largest partner's share names the partner: "United States (81.2%)".
	const text = (r: ExploreRow) =>
		r.category
			? t('explore.atlas.top', { partner: country(r.category), share: measureText(view, r.value as number, l) })
			: measureText(view, r.value as number, l);
	const parts = lineKeys(view).flatMap((p) => {
		const own = rows.filter((r) => r.partner === p && r.value !== null && fullYear(r));
		const [first, last] = [own[0], own.at(-1)];
		if (!first || !last) return [t('explore.takeaway.none', { partner: country(p) })];
		if (first === last) return [t('explore.takeaway.one', { partner: country(p), value: text(last), year: last.year })];
		return [
			t('explore.takeaway.range', {
				partner: country(p),
				first: text(first),
				firstYear: first.year,
				last: text(last),
				lastYear: last.year
			})
		];
	});
	return capitalise(`${parts.join('; ')}.`);
}
