/** An economy's indicators as the explorer's rows: one line per economy, its measure each year. */
import type { ExploreQuery, ExploreRow } from '$lib/data/explore-queries';
import type { IndicatorRow } from '$lib/data/indicator-queries';

/** The measure of an indicator row: the largest partner's share, the HHI or the partners making up 80%. */
export function indicatorValue(row: IndicatorRow, measure: ExploreQuery['measure']): number | null {
	return measure === 'top' ? row.topShare : measure === 'hhi' ? row.hhi : measure === 'n80' ? row.partners80 : null;
}

/**
 * Rows for the economies asked for (their code in `partner`, as a line's key), in the view's years.
 * Where two publishers give a year, the indicators query has already kept one.
 */
export function indicatorRows(all: readonly IndicatorRow[], view: ExploreQuery, economies: readonly string[]): ExploreRow[] {
	const wanted = new Set(economies);
	return all
		.filter((r) => wanted.has(r.reporter) && r.year >= view.from && r.year <= view.to)
		.map((r) => ({
			year: r.year,
			partner: r.reporter,
			value: indicatorValue(r, view.measure),
			amount: r.total,
			months: r.months,
			sources: [r.sourceId],
			...(view.measure === 'top' ? { category: r.topPartner } : {})
		}))
		.sort((a, b) => a.partner.localeCompare(b.partner) || a.year - b.year);
}
