/**
 * The explorer page's state: the address is the view. It reads the view from the address on load
 * and on every navigation (back, forward, a pasted link), draws it, and puts each change a control
 * asks for into the address; it starts DuckDB-WASM as soon as a reader is likely to need it. Made
 * once, as the page's component is set up (its effects live as long as the page).
 */
import { onMount, untrack } from 'svelte';
import type { CountryRow } from '$lib/data/country-queries';
import type { ExploreRow, RankingRow, TradePair } from '$lib/data/explore-queries';
import type { SourceInfo } from '$lib/data/queries';
import type { Lang } from '$lib/i18n/lang';
import { afterPaint } from '$lib/util/after-paint';
import { AtlasData, type AtlasSeed } from './atlas-data.svelte';
import { AtlasView } from './atlas-view.svelte';
import { addPairs, unpackChoices, yearsOf, type ExploreChoices, type PackedChoices } from './choices';
import { ExploreFigures, rowsKey } from './explore-figures.svelte';
import { mendView, parseView, viewParams } from './explore-url';
import type { ExploreTab, ExploreView } from './explore-view';
import { keptByKey } from './kept';
import { ownFileView } from './own-file-view';
import { viewCaption, type ViewCaption } from './view-caption';
import { accessedToday, atlasRecords, chartRecords, type ExportRecord, type ViewContext } from './view-export';

/** What the page's server load gives it. */
export interface ExplorePageData {
	defaults: ExploreView;
	rows: ExploreRow[];
	ranking: RankingRow[];
	atlas: AtlasSeed;
	choices: PackedChoices;
	countries: readonly Pick<CountryRow, 'code' | 'numeric' | 'region' | 'income' | 'aggregate'>[];
	sources: SourceInfo[];
}

export interface ExplorePageInputs {
	data: () => ExplorePageData;
	lang: () => Lang;
	/** The page's address. */
	url: () => URL;
	/** Goes to another address of this page (SvelteKit's `goto`). */
	navigate: (href: string, options: { keepFocus: boolean; noScroll: boolean; replaceState: boolean }) => Promise<void>;
	/** The pairs of a person's own file, once it is read. */
	ownPairs: () => readonly TradePair[];
}

/** What makes a reader start to use the page: the engine starts at the first of them. */
const FIRST_USE = ['pointerdown', 'keydown', 'focusin'] as const;

export class ExplorePage {
	readonly figures: ExploreFigures;
	/** The Map and Table tabs' rows, all years, once either is shown. */
	readonly atlas: AtlasData;
	/** The Map and Table tabs: the view's measure for every economy, by year. */
	readonly av: AtlasView;
	/** Set once the page is interactive: panels not shown leave the page then (all three are in the prerendered HTML). */
	mounted = $state(false);
	/** Set once the address has been read: the controls wait for it. */
	ready = $state(false);
	/** What the address held that could not be used. */
	notices: string[] = $state([]);
	/** The published pairs, and those of a person's own file once it is read. */
	readonly choices: ExploreChoices;
	/** The view the chart draws, kept the same object while only the tab, the map's year or the table's columns change. */
	readonly chartView: ExploreView;

	/** The latest view a control asked for, until the address holds it. */
	#ownChange: string | null = null;
	readonly #inputs: ExplorePageInputs;

	constructor(inputs: ExplorePageInputs) {
		this.#inputs = inputs;
		const data = untrack(inputs.data);
		this.figures = new ExploreFigures(data.defaults, data.rows, data.ranking);
		this.atlas = new AtlasData(data.atlas);
		const published = $derived(unpackChoices(inputs.data().choices));
		this.choices = $derived(addPairs(published, inputs.ownPairs()));
		const keepChartView = keptByKey((view: ExploreView) => viewParams({ ...view, tab: 'chart', year: 0, period: 'year' }).toString());
		this.chartView = $derived(keepChartView(this.figures.drawn));
		this.av = new AtlasView(this.atlas, {
			view: () => this.figures.view,
			fallbackPartner: () => inputs.data().defaults.partners[0],
			countries: () => inputs.data().countries,
			years: () => yearsOf(this.choices, this.figures.view.currency),
			sources: () => inputs.data().sources,
			lang: inputs.lang,
			shown: () => !this.mounted || this.figures.view.tab !== 'chart',
			tableShown: () => !this.mounted || this.figures.view.tab === 'table'
		});

		// Mounted before the address is read: from then on the map and the table behind the Chart tab keep the view they drew.
		onMount(() => this.#start());
		// The tab shown before hydration follows <html data-explore-tab> (set from the URL in app.html); keep it in step.
		$effect(() => {
			document.documentElement.dataset.exploreTab = this.figures.view.tab;
		});
		$effect(() => {
			const view = this.figures.view;
			if (view.tab !== 'chart' && this.atlas.needsLoad(view)) untrack(() => void this.atlas.load(view));
		});
		// The address is the view: read it on load and on every navigation.
		$effect(() => {
			const parsed = parseView(inputs.url().searchParams, inputs.data().defaults, this.choices, inputs.lang().t);
			untrack(() => this.#follow(parsed.view, parsed.notices));
		});
	}

	/**
	 * The page is interactive. The engine (34 MB, compiled in a worker) starts now on the chart,
	 * which nearly everyone changes; the prerendered map and table need no WebAssembly until the
	 * reader does something.
	 */
	#start(): void {
		this.mounted = true;
		if ((this.#inputs.url().searchParams.get('tab') ?? 'chart') === 'chart') return void this.figures.warm();
		const warm = () => {
			for (const type of FIRST_USE) removeEventListener(type, warm, true);
			void this.figures.warm();
		};
		for (const type of FIRST_USE) addEventListener(type, warm, { capture: true, passive: true });
	}

	/** The view the address holds, drawn unless it is drawn already. */
	#follow(view: ExploreView, notices: string[]): void {
		const { figures } = this;
		this.notices = notices;
		this.ready = true;
		const wanted = viewParams(view).toString();
		// An earlier change of ours reaching the address after a later one was drawn (the slider moves on): not a view to go back to.
		if (this.#ownChange !== null && wanted !== this.#ownChange) return;
		const drawn = viewParams(figures.drawn).toString();
		// The view drawn already (a change made here, now in the address): nothing to redraw.
		if (wanted === drawn && wanted === viewParams(figures.view).toString()) return;
		if (wanted === drawn) figures.view = view;
		else if (!figures.relayout(view)) void figures.show(view);
	}

	/** A control changed the view (`settled` false while a slider moves or the years play: the address waits). */
	change(next: Partial<ExploreView>, settled = true): void {
		const { figures } = this;
		const view = mendView({ ...figures.view, ...next }, this.choices);
		// A change of tab, layout or year redraws at once; the address follows.
		// The map's year replaces the address (a slider would fill the history); every other change is a step back can undo.
		const yearOnly = viewParams({ ...view, year: figures.view.year }).toString() === viewParams(figures.view).toString();
		const redrawn = rowsKey(view) === rowsKey(figures.drawn) && figures.relayout(view);
		if (!settled) return;
		const query = viewParams(view).toString();
		this.#ownChange = query;
		const follow = () =>
			void this.#inputs.navigate(`?${query}`, { keepFocus: true, noScroll: true, replaceState: yearOnly }).finally(() => {
				if (this.#ownChange === query) this.#ownChange = null;
			});
		// Redrawn already: the address follows once the frame is painted, so the reader never waits on it.
		if (redrawn) afterPaint(follow);
		else follow();
	}

	/** A country chosen on the map: its trade with the same partner, in Chart. */
	openInChart(code: string): void {
		const { partners, reporters } = this.choices;
		if (!reporters.includes(code)) return;
		const kept = this.figures.view.partners.filter((p) => p !== code && (partners[code] ?? []).includes(p));
		this.change({ reporter: code, partners: kept.length ? kept : (partners[code] ?? []).slice(0, 1), tab: 'chart' });
	}

	/** A person's file read: drawn with the current view when it has figures for it, else its first reporter is opened. */
	ownLoaded(pairs: readonly TradePair[]): void {
		const next = ownFileView(pairs, this.figures.view);
		if (!next) return void this.figures.useOwn(true);
		this.figures.withOwn = true;
		this.change(next);
	}

	/** A person's file removed: the published figures alone. */
	ownRemoved(): void {
		void this.figures.useOwn(false);
	}

	/** The title, units and sources of a tab's panel. */
	caption(tab: ExploreTab): ViewCaption {
		const { av } = this;
		const figures = {
			chart: this.chartView,
			atlas: av.view,
			rows: this.figures.rows,
			sources: this.#inputs.data().sources,
			atlasSources: av.sources,
			columns: av.columns
		};
		return viewCaption(tab, figures, this.#inputs.lang());
	}

	/** The view's address, as search parameters. */
	get query(): string {
		return viewParams(this.figures.view).toString();
	}

	/** The figures the tab shows, to download. */
	records(): ExportRecord[] {
		const { av, figures } = this;
		const { tab, year } = figures.view;
		if (tab === 'chart') return chartRecords(figures.rows, this.chartView, figures.mirror);
		return atlasRecords(av.view, av.byYear, tab === 'map' ? [year] : av.columns);
	}

	/** What a download or a citation of the view names: its title, its link, its sources and the day. */
	context(): ViewContext {
		const { title, sources } = this.caption(this.figures.view.tab);
		const url = this.#inputs.url();
		const permalink = `${url.origin}${this.#inputs.lang().path('/explore')}?${this.query}`;
		return { title, permalink, sources, accessed: accessedToday() };
	}
}
