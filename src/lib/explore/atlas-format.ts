/** The Map and Table tabs' words: titles, units, definitions and each cell's text, in the reader's language. */
import type { ExploreQuery } from '$lib/data/explore-queries';
import type { Lang } from '$lib/i18n/lang';
import { currencyName, measureText } from './measure-text';
import { capitalise } from '$lib/util/text';
import { isIndicator, type AtlasCell, type AtlasFlow } from './atlas-values';

/** The flow a map colours: a balance or total is shown as exports, with a notice. */
export const atlasFlow = (view: ExploreQuery): AtlasFlow => (view.flow === 'imports' ? 'imports' : 'exports');

/** The years a title names: one, or a span. */
export const periodText = (years: readonly number[]) => (years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? ''));

export function atlasTitle(view: ExploreQuery, years: readonly number[], l: Lang): string {
	const { t, country } = l;
	const flow = atlasFlow(view);
	const partner = country(view.partners[0]);
	const whose = view.side === 'reporter' ? t('explore.atlas.whose.reporter') : t('explore.atlas.whose.partner', { partner });
	const title = t(`explore.atlas.title.${view.measure}`, {
		flow: t(`explore.chart.flow.${flow}`),
		flows: t(`explore.flows.${flow}`),
		market: t(`explore.market.${flow}`),
		markets: t(`explore.markets.${flow}`),
		partner,
		base: view.base,
		whose,
		period: periodText(years)
	});
	return capitalise(title);
}

export function atlasUnit(view: ExploreQuery, l: Lang): string {
	const { t } = l;
	switch (view.measure) {
		case 'value':
			return t('explore.atlas.unit.value', { currency: currencyName(view, l) });
		case 'share':
		case 'top':
			return t('explore.atlas.unit.share');
		case 'change':
			return t('explore.unit.change');
		case 'index':
			return t('explore.unit.index', { base: view.base });
		case 'gap':
			return t('explore.atlas.unit.gap');
		case 'hhi':
			return t('explore.unit.hhi');
		case 'n80':
			return t('explore.unit.n80');
	}
}

/** The measure's definition, shown wherever it is drawn. */
export const atlasDefinition = (view: ExploreQuery, l: Lang) =>
	l.t(`explore.define.${view.measure}`, {
		flows: l.t(`explore.flows.${atlasFlow(view)}`),
		currency: currencyName(view, l),
		base: view.base
	});

/** A number of the map and table in the measure's own form; a gap there is a per cent, not money as on the chart. */
export const cellNumber = (view: ExploreQuery, value: number, l: Lang): string =>
	view.measure === 'gap' ? l.f.percentChange(value) : measureText(view, value, l);

/** A cell as a reader sees it: "32.4%", "China (41.2%)", "US$2.1B (2 months)", or "no data". */
export function cellText(view: ExploreQuery, cell: AtlasCell | undefined, l: Lang): string {
	if (!cell || cell.value === null) return l.t('frame.no.data');
	const number = cellNumber(view, cell.value, l);
	const text =
		view.measure === 'top' && cell.category ? l.t('explore.atlas.top', { partner: l.country(cell.category), share: number }) : number;
	return cell.months < 12 ? l.t('explore.atlas.months', { value: text, months: cell.months }) : text;
}

/** Whether the measure's colours run both ways from zero (a change or a gap). */
export const diverging = (view: ExploreQuery) => view.measure === 'change' || view.measure === 'gap';

/** Whether the view's measure is the economy's own (the partners chosen do not change it). */
export const ownMeasure = (view: ExploreQuery) => isIndicator(view.measure);

/**
 * Fixed class breaks where the measure has a natural scale, so colours mean the same in every year
 * and view: shares in steps a reader can name, the HHI at the thresholds competition authorities
 * use (1,500 and 2,500), gaps and changes symmetric about zero. Values and indices spread over
 * orders of magnitude: their breaks come from the figures (undefined here).
 */
export function measureThresholds(view: ExploreQuery): number[] | undefined {
	switch (view.measure) {
		case 'share':
			return [1, 5, 10, 20, 40];
		case 'top':
			return [20, 30, 40, 60];
		case 'hhi':
			return [1000, 1500, 2500, 5000];
		case 'n80':
			return [3, 5, 10, 20];
		case 'gap':
		case 'change':
			return [-25, -10, -2.5, 2.5, 10, 25];
		default:
			return undefined;
	}
}

/** What a year's map says in one sentence: the highest figure, or for the largest partner the partner most often first. */
export function atlasTakeaway(
	view: ExploreQuery,
	year: number,
	cells: readonly { name: string; value: number | null; category?: string | null; text: string }[],
	l: Lang
): string {
	const { t, country } = l;
	const withData = cells.filter((c) => c.value !== null);
	if (withData.length === 0) return t('explore.atlas.takeaway.none', { year });
	if (view.measure === 'top') {
		const counts = new Map<string, number>();
		for (const c of withData) if (c.category) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
		const [first] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		if (first)
			return t('explore.atlas.takeaway.top', {
				year,
				partner: country(first[0]),
				market: t(`explore.market.${atlasFlow(view)}`),
				count: first[1],
				total: withData.length
			});
	}
	const top = withData.reduce((a, b) => ((b.value as number) > (a.value as number) ? b : a));
	return t('explore.atlas.takeaway', { count: withData.length, year, name: top.name, value: top.text });
}
