/**
 * What a view's tab is captioned with, wherever it is shown (the explorer's panels, its takeaway,
 * a slide): the chart's title, units and sources are those of the lines drawn; the map's and the
 * table's are those of every economy's cells, for the map's year or the table's columns.
 */
import type { ExploreRow } from '$lib/data/explore-queries';
import type { SourceInfo } from '$lib/data/queries';
import type { Lang } from '$lib/i18n/lang';
import { atlasTitle, atlasUnit } from './atlas-format';
import { drawnSources, exploreTitle, measureUnit } from './explore-chart';
import type { ExploreTab, ExploreView } from './explore-view';

export interface ViewCaption {
	title: string;
	units: string;
	sources: SourceInfo[];
}

export interface CaptionFigures {
	/** The view the chart's lines were drawn for. */
	chart: ExploreView;
	/** The view as the map and the table read it. */
	atlas: ExploreView;
	/** The chart's rows. */
	rows: readonly ExploreRow[];
	/** Every source the published figures cite (the chart names those its rows are from). */
	sources: readonly SourceInfo[];
	/** The sources of the map's and the table's cells. */
	atlasSources: readonly SourceInfo[];
	/** The table's columns. */
	columns: readonly number[];
}

export function viewCaption(tab: ExploreTab, figures: CaptionFigures, l: Lang): ViewCaption {
	const { chart, atlas } = figures;
	if (tab === 'chart')
		return { title: exploreTitle(chart, l), units: measureUnit(chart, l), sources: drawnSources(figures.rows, figures.sources) };
	return {
		title: atlasTitle(atlas, tab === 'map' ? [atlas.year] : figures.columns, l),
		units: atlasUnit(atlas, l),
		sources: [...figures.atlasSources]
	};
}
