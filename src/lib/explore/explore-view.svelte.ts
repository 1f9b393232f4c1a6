/**
 * The explorer's state: the view the URL asks for and the rows drawn for it. Every change is a
 * DuckDB-WASM query; answers to views no longer asked for are dropped, so rapid changes always end
 * on the latest choice.
 */
import { browserEngine } from '$lib/data/browser-engine';
import { runQuery } from '$lib/data/engine';
import { exploreSeries, partnerRanking, type ExploreInput, type ExploreRow, type RankingRow } from '$lib/data/explore-queries';
import { rankingInput } from './ranking-chart';
import { describeLoadError } from '$lib/data/load-errors';

export class ExploreView {
	view: ExploreInput = $state() as ExploreInput;
	/** The view the rows were drawn for (lags `view` while a query runs). */
	drawn: ExploreInput = $state() as ExploreInput;
	rows: ExploreRow[] = $state([]);
	ranking: RankingRow[] = $state([]);
	busy = $state(false);
	error: string | null = $state(null);
	#request = 0;

	constructor(view: ExploreInput, rows: ExploreRow[], ranking: RankingRow[]) {
		this.view = view;
		this.drawn = view;
		this.rows = rows;
		this.ranking = ranking;
	}

	async show(view: ExploreInput): Promise<void> {
		this.view = view;
		const request = ++this.#request;
		this.busy = true;
		try {
			const engine = await browserEngine();
			const rows = await runQuery(engine, exploreSeries, view);
			const ranking = await runQuery(engine, partnerRanking, rankingInput(view));
			if (request !== this.#request) return;
			[this.rows, this.ranking, this.drawn, this.error] = [rows, ranking, view, null];
		} catch (error) {
			if (request === this.#request) this.error = describeLoadError(error);
		} finally {
			if (request === this.#request) this.busy = false;
		}
	}
}
