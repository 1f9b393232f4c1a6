/**
 * The explorer's state: the view the URL asks for and the rows drawn for it. Every change is a
 * DuckDB-WASM query; answers to views no longer asked for are dropped, so rapid changes always end
 * on the latest choice.
 */
import { runQuery } from '$lib/data/engine';
import { browserEngine } from '$lib/data/browser-engine';
import { LatestAnswer } from '$lib/data/latest-answer.svelte';
import { exploreSeries, ownSeries, partnerRanking, type ExploreInput, type ExploreRow, type RankingRow } from '$lib/data/explore-queries';
import { viewParams } from './explore-url';
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

	/** The ranking drawn is for this input; a change of view that keeps it (years, measure) asks only for the lines. */
	#rankedFor: string;

	constructor(view: ExploreInput, rows: ExploreRow[], ranking: RankingRow[]) {
		this.view = view;
		this.drawn = view;
		this.rows = rows;
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
					await runQuery(engine, exploreSeries, view),
					ranked === this.#rankedFor ? null : await runQuery(engine, partnerRanking, rankingInput(view)),
					withOwn ? await runQuery(engine, ownSeries, view) : []
				] as const,
			([rows, ranking, own]) => {
				[this.rows, this.own, this.drawn] = [rows, own, view];
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
			await runQuery(engine, exploreSeries, this.view);
		} catch {
			// The next interaction retries and shows the message.
		}
	}

	/** A change of layout alone draws the rows already drawn: no query runs. False when there is more to it. */
	relayout(view: ExploreInput): boolean {
		const sameRows = viewParams({ ...view, layout: this.drawn.layout }).toString() === viewParams(this.drawn).toString();
		if (!sameRows || this.answer.busy) return false;
		[this.view, this.drawn] = [view, view];
		return true;
	}

	/** A person's own file was read (or removed): draw the current view again with (or without) it. */
	useOwn(on: boolean): Promise<void> {
		this.withOwn = on;
		return this.show(this.view);
	}
}
