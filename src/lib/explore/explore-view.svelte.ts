/**
 * The explorer's state: the view the URL asks for and the rows drawn for it. Every change is a
 * DuckDB-WASM query; answers to views no longer asked for are dropped, so rapid changes always end
 * on the latest choice.
 */
import { runQuery } from '$lib/data/engine';
import { LatestAnswer } from '$lib/data/latest-answer.svelte';
import { exploreSeries, partnerRanking, type ExploreInput, type ExploreRow, type RankingRow } from '$lib/data/explore-queries';
import { rankingInput } from './ranking-chart';

export class ExploreView {
	view: ExploreInput = $state() as ExploreInput;
	/** The view the rows were drawn for (lags `view` while a query runs). */
	drawn: ExploreInput = $state() as ExploreInput;
	rows: ExploreRow[] = $state([]);
	ranking: RankingRow[] = $state([]);
	readonly answer = new LatestAnswer();

	constructor(view: ExploreInput, rows: ExploreRow[], ranking: RankingRow[]) {
		this.view = view;
		this.drawn = view;
		this.rows = rows;
		this.ranking = ranking;
	}

	show(view: ExploreInput): Promise<void> {
		this.view = view;
		return this.answer.run(
			async (engine) => [await runQuery(engine, exploreSeries, view), await runQuery(engine, partnerRanking, rankingInput(view))] as const,
			([rows, ranking]) => ([this.rows, this.ranking, this.drawn] = [rows, ranking, view])
		);
	}
}
