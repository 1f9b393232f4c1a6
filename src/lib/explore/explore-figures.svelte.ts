/**
 * The explorer's figures: the view asked for and the rows drawn for it. A change of the query runs
 * DuckDB-WASM (the lines, and the ranking when its question changes); a change of how the view is
 * shown (tab, layout, the map's year, the table's columns) or of its years alone redraws rows
 * already held, with no query. Answers to views no longer asked for are dropped, so rapid changes
 * always end on the latest choice.
 */
import { runQuery } from '$lib/data/engine';
import { browserEngine } from '$lib/data/browser-engine';
import { LatestAnswer } from '$lib/data/latest-answer.svelte';
import { exploreSeries, ownSeries, partnerRanking, type ExploreQuery, type ExploreRow, type RankingRow } from '$lib/data/explore-queries';
import { economyIndicators } from '$lib/data/indicator-queries';
import { YEAR_MAX, YEAR_MIN } from '$lib/data/queries';
import type { QueryEngine } from '$lib/data/engine';
import { queryParams } from './explore-url';
import type { ExploreView } from './explore-view';
import { indicatorLines, lineKeys } from './explore-chart';
import { indicatorRows } from './indicator-rows';
import { rankingInput } from './ranking-chart';

/** The query the chart's rows depend on: a change of anything else (layout, tab, the map's year, the table's columns) runs none. */
export const rowsKey = (query: ExploreQuery): string => queryParams(query).toString();

/** What the lines' rows depend on besides the years: a change of `from` or `to` alone keeps it. */
export function spanKey(view: ExploreQuery): string {
	return rowsKey(view)
		.split('&')
		.filter((p) => !/^(from|to)=/.test(p))
		.join('&');
}

/** Rows of the years a view shows. */
const within = <T extends { year: number }>(rows: readonly T[], view: ExploreQuery) =>
	rows.filter((r) => r.year >= view.from && r.year <= view.to);

/** The chart's rows for a view: lines with partners, both sides' figures for the gap, or economies' indicators. */
export async function chartRows(engine: QueryEngine, view: ExploreQuery): Promise<{ rows: ExploreRow[]; mirror: ExploreRow[] }> {
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

export class ExploreFigures {
	view: ExploreView = $state() as ExploreView;
	/** The view the rows were drawn for (lags `view` while a query runs). */
	drawn: ExploreView = $state() as ExploreView;
	rows: ExploreRow[] = $state.raw([]);
	/** For the gap: the partners' own figures of the same trade. */
	mirror: ExploreRow[] = $state.raw([]);
	ranking: RankingRow[] = $state([]);
	/** The same lines from a person's own file, when one is read (empty otherwise). */
	own: ExploreRow[] = $state([]);
	/** Whether a person's own file is in the browser's DuckDB, to be drawn beside the published figures. */
	withOwn = $state(false);
	readonly answer = new LatestAnswer();
	/** The ranking asked for alone, after a change of years drawn from the tab: the lines' chart is never busy for it. */
	readonly rankingAnswer = new LatestAnswer();

	/** The ranking drawn is for this input; a change of view that keeps it (years, measure) asks only for the lines. */
	#rankedFor: string;
	/**
	 * The lines of every year for the last view asked (its span key): a change of the years alone is
	 * drawn from them at once, with no query. The SQL computes changes, indices and shares before it
	 * keeps the years asked for, so the rows of a narrower span are these rows, filtered.
	 */
	#span: { key: string; rows: ExploreRow[]; mirror: ExploreRow[]; own: ExploreRow[] } | null = null;

	constructor(view: ExploreView, rows: ExploreRow[], ranking: RankingRow[], mirror: ExploreRow[] = []) {
		this.view = view;
		this.drawn = view;
		this.rows = rows;
		this.mirror = mirror;
		this.ranking = ranking;
		this.#rankedFor = JSON.stringify(rankingInput(view));
	}

	show(view: ExploreView): Promise<void> {
		this.view = view;
		const withOwn = this.withOwn;
		const ranked = JSON.stringify(rankingInput(view));
		const key = `${spanKey(view)}&own=${withOwn}`;
		const spans = !indicatorLines(view);
		const span = this.#span;
		if (spans && span?.key === key) {
			// The years alone changed: the lines are drawn now; only a new ranking (its year) is asked for.
			this.answer.supersede();
			[this.rows, this.mirror, this.own, this.drawn] = [within(span.rows, view), within(span.mirror, view), within(span.own, view), view];
			if (ranked === this.#rankedFor) return Promise.resolve();
			return this.rankingAnswer.run(
				(engine) => runQuery(engine, partnerRanking, rankingInput(view)),
				(ranking) => ([this.ranking, this.#rankedFor] = [ranking, ranked])
			);
		}
		// Every year the data can hold, so that the next change of years needs no query.
		this.rankingAnswer.supersede();
		const asked = spans ? { ...view, from: YEAR_MIN, to: YEAR_MAX } : view;
		return this.answer.run(
			async (engine) =>
				[
					await chartRows(engine, asked),
					ranked === this.#rankedFor ? null : await runQuery(engine, partnerRanking, rankingInput(view)),
					withOwn && !indicatorLines(view) ? await runQuery(engine, ownSeries, asked) : []
				] as const,
			([{ rows, mirror }, ranking, own]) => {
				if (spans) this.#span = { key, rows, mirror, own };
				[this.rows, this.mirror, this.own, this.drawn] = spans
					? [within(rows, view), within(mirror, view), within(own, view), view]
					: [rows, mirror, own, view];
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
	relayout(view: ExploreView): boolean {
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
