/**
 * What the Map and Table tabs show of the explorer's view, derived once for both: the view as they
 * read it (one partner economy, kept the same object while nothing they read changes), every
 * economy's cells by year, the years, the economies, their sources and any notice.
 */
import { keptByKey } from './kept';
import { untrack } from 'svelte';
import type { CountryRow } from '$lib/data/country-queries';
import type { ExploreView } from './explore-view';
import type { SourceInfo } from '$lib/data/queries';
import type { Lang } from '$lib/i18n/lang';
import { isGroupPartner } from '$lib/schema/groups';
import type { AtlasData } from './atlas-data.svelte';
import { ownMeasure } from './atlas-format';
import { economiesOf, numericCodes, tableRows, tableYears, type Economy, type TableRow } from './atlas-table';
import { atlasCells, cellSources, cellsByYear, cellsInput, yearExtent, type AtlasCell } from './atlas-values';
import { viewParams } from './explore-url';

export interface AtlasInputs {
	view: () => ExploreView;
	/** The partner shown when the view's partners are all groups. */
	fallbackPartner: () => string;
	countries: () => readonly Pick<CountryRow, 'code' | 'numeric' | 'region' | 'income' | 'aggregate'>[];
	/** The currency's years, for the slider until every year's rows are in. */
	years: () => [number, number];
	sources: () => readonly SourceInfo[];
	lang: () => Lang;
	/** Whether the map or the table is shown (or the page is not yet interactive). */
	shown: () => boolean;
	/** Whether the table's rows are worth building (its tab is shown, or the page is not yet interactive). */
	tableShown: () => boolean;
}

export class AtlasView {
	/** The view as the map and table read it: the first partner chosen that is not a group. */
	readonly view: ExploreView;
	readonly byYear: Map<number, Map<string, AtlasCell>>;
	readonly extent: [number, number] | null;
	readonly sources: SourceInfo[];
	readonly economies: Map<string, Economy>;
	readonly numeric: Record<string, string>;
	readonly columns: number[];
	readonly rows: TableRow[];
	readonly notices: string[];

	constructor(data: AtlasData, inputs: AtlasInputs) {
		const keepView = keptByKey((view: ExploreView) => viewParams(view).toString());
		let last: ExploreView | null = null;
		this.view = $derived.by(() => {
			// Behind the Chart tab the map and table keep the view they last drew: a change of the chart's years redraws neither.
			if (last && !inputs.shown()) return last;
			const v = inputs.view();
			const economies = v.partners.filter((p) => !isGroupPartner(p));
			return (last = keepView({ ...v, tab: 'map' as const, partners: economies.length ? economies : [inputs.fallbackPartner()] }));
		});
		// The cells depend on the question, the measure and the side alone: a change of tab or year reuses them.
		const cellsKey = $derived(cellsInput(this.view));
		this.byYear = $derived.by(() => {
			const rows = data.rows;
			void cellsKey;
			return untrack(() => cellsByYear(atlasCells(this.view, rows)));
		});
		const keepExtent = keptByKey((extent: [number, number] | null) => String(extent));
		this.extent = $derived(keepExtent(data.seededYear === null ? yearExtent(this.byYear) : inputs.years()));
		this.sources = $derived.by(() => {
			const ids = cellSources(this.byYear);
			const all = inputs.sources();
			return ids.length ? all.filter((s) => ids.includes(s.sourceId)) : [...all];
		});
		this.economies = $derived(economiesOf(inputs.countries(), inputs.lang()));
		this.numeric = $derived(numericCodes(inputs.countries()));
		this.columns = $derived(tableYears(this.view.period, this.view.year, this.view.from, this.view.to, this.extent));
		this.rows = $derived(inputs.tableShown() ? tableRows(this.economies, this.byYear, this.columns) : []);
		const keepNotices = keptByKey((notices: string[]) => JSON.stringify(notices));
		this.notices = $derived.by(() => {
			const { t, country } = inputs.lang();
			const asked = inputs.view();
			return keepNotices([
				...(asked.flow === 'balance' || asked.flow === 'total' ? [t('explore.atlas.flow')] : []),
				...(isGroupPartner(asked.partners[0]) && !ownMeasure(this.view)
					? [t('explore.atlas.partner.group', { partner: country(this.view.partners[0]) })]
					: [])
			]);
		});
	}
}
