/**
 * The explorer's state: the view the URL asks for and the rows drawn for it. Every change is a
 * DuckDB-WASM query; answers to views no longer asked for are dropped, so rapid changes always end
 * on the latest choice.
 */
import { runQuery } from '$lib/data/engine';
import { LatestAnswer } from '$lib/data/latest-answer.svelte';
import { exploreSeries, ownSeries, partnerRanking, type ExploreInput, type ExploreRow, type RankingRow } from '$lib/data/explore-queries';
import { rankingInput } from './ranking-chart';

export class ExploreView {
	view: ExploreInput = $state() as ExploreInput;
	/** The view the rows were drawn for (lags `view` while a query runs). */
	drawn: ExploreInput = $state() as ExploreInput;
	rows: ExploreRow[] = $state([]);
	ranking: RankingRow[] = $state([]);
	/** The same lines from a person's own file, when one is read (empty otherwise). */
	own: ExploreRow[] = $state([]);
	/** Whether a person's own file is in the browser's DuckDB, to be drawn beside the published figures. */
	withOwn = $state(false);
	readonly answer = new LatestAnswer();

	constructor(view: ExploreInput, rows: ExploreRow[], ranking: RankingRow[]) {
		this.view = view;
		this.drawn = view;
		this.rows = rows;
		this.ranking = ranking;
	}

	show(view: ExploreInput): Promise<void> {
		this.view = view;
		const withOwn = this.withOwn;
		return this.answer.run(
			async (engine) =>
				[
					await runQuery(engine, exploreSeries, view),
					await runQuery(engine, partnerRanking, rankingInput(view)),
					withOwn ? await runQuery(engine, ownSeries, view) : []
				] as const,
			([rows, ranking, own]) => ([this.rows, this.ranking, this.own, this.drawn] = [rows, ranking, own, view])
		);
	}

	/** A person's own file was read (or removed): draw the current view again with (or without) it. */
	useOwn(on: boolean): Promise<void> {
		this.withOwn = on;
		return this.show(this.view);
	}
}
