/**
 * The explorer's state: the view the URL asks for and the rows drawn for it. Every change is a
 * DuckDB-WASM query; answers to views no longer asked for are dropped, so rapid changes always end
 * on the latest choice.
 */
import { runQuery } from '$lib/data/engine';
import { browserEngine } from '$lib/data/browser-engine';
import { LatestAnswer } from '$lib/data/latest-answer.svelte';
import { exploreSeries, ownSeries, partnerRanking, type ExploreInput, type ExploreRow, type RankingRow } from '$lib/data/explore-queries';
import { economyIndicators } from '$lib/data/indicator-queries';
import type { QueryEngine } from '$lib/data/engine';
import { viewParams } from './explore-url';
import { indicatorLines, lineKeys } from './explore-chart';
import { indicatorRows } from './indicator-rows';
import { rankingInput } from './ranking-chart';

/** The parameters the chart's rows depend on: a change of anything else (layout, tab, the map's year) runs no query. */
export function rowsKey(view: ExploreInput): string {
	const params = viewParams(view);
	for (const name of ['layout', 'tab', 'year', 'period']) params.delete(name);
	return params.toString();
}

/** The chart's rows for a view: lines with partners, both sides' figures for the gap, or economies' indicators. */
export async function chartRows(engine: QueryEngine, view: ExploreInput): Promise<{ rows: ExploreRow[]; mirror: ExploreRow[] }> {
	if (indicatorLines(view)) {
		const flow = view.flow === 'imports' ? 'imports' : 'exports';
		const all = await runQuery(engine, economyIndicators, { flow, currency: view.currency });
		return { rows: indicatorRows(all, view, lineKeys(view)), mirror: [] };
	}
	if (view.measure === 'gap') {
		const [rows, mirror] = [
			await runQuery(engine, exploreSeries, { ...view, side: 'reporter' }),
			await runQuery(engine, exploreSeries, { ...view, side: 'partner' })
		];
		return { rows, mirror };
	}
	return { rows: await runQuery(engine, exploreSeries, view), mirror: [] };
}

export class ExploreView {
	view: ExploreInput = $state() as ExploreInput;
	/** The view the rows were drawn for (lags `view` while a query runs). */
	drawn: ExploreInput = $state() as ExploreInput;
	rows: ExploreRow[] = $state.raw([]);
	/** For the gap: the partners' own figures of the same trade. */
	mirror: ExploreRow[] = $state.raw([]);
	ranking: RankingRow[] = $state([]);
	/** The same lines from a person's own file, when one is read (empty otherwise). */
	own: ExploreRow[] = $state([]);
	/** Whether a person's own file is in the browser's DuckDB, to be drawn beside the published figures. */
	withOwn = $state(false);
	readonly answer = new LatestAnswer();

	/** The ranking drawn is for this input; a change of view that keeps it (years, measure) asks only for the lines. */
	#rankedFor: string;

	constructor(view: ExploreInput, rows: ExploreRow[], ranking: RankingRow[], mirror: ExploreRow[] = []) {
		this.view = view;
		this.drawn = view;
		this.rows = rows;
		this.mirror = mirror;
		this.ranking = ranking;
		this.#rankedFor = JSON.stringify(rankingInput(view));
	}

	show(view: ExploreInput): Promise<void> {
		this.view = view;
		const withOwn = this.withOwn;
		const ranked = JSON.stringify(rankingInput(view));
		return this.answer.run(
			async (engine) =>
				[
					await chartRows(engine, view),
					ranked === this.#rankedFor ? null : await runQuery(engine, partnerRanking, rankingInput(view)),
					withOwn && !indicatorLines(view) ? await runQuery(engine, ownSeries, view) : []
				] as const,
			([{ rows, mirror }, ranking, own]) => {
				[this.rows, this.mirror, this.own, this.drawn] = [rows, mirror, own, view];
				if (ranking) [this.ranking, this.#rankedFor] = [ranking, ranked];
			}
		);
	}

	/**
	 * Starts DuckDB-WASM at once and loads the data of the view asked for, so the first change of
	 * view only runs its query. A failure here is left for that change to report.
	 */
	async warm(): Promise<void> {
		try {
			const engine = await browserEngine();
			void engine.connection().catch(() => undefined);
			await chartRows(engine, this.view);
		} catch {
			// The next interaction retries and shows the message.
		}
	}

	/** A change of layout, tab or year alone draws the rows already drawn: no query runs. False when there is more to it. */
	relayout(view: ExploreInput): boolean {
		if (rowsKey(view) !== rowsKey(this.drawn)) return false;
		[this.view, this.drawn] = [view, view];
		return true;
	}

	/** A person's own file was read (or removed): draw the current view again with (or without) it. */
	useOwn(on: boolean): Promise<void> {
		this.withOwn = on;
		return this.show(this.view);
	}
}
