/**
 * The interactive state of bilateral-trade: which side's figures and which years. Starts from the
 * prerendered rows; each change is answered by DuckDB-WASM, and only the latest answer is drawn.
 */
import { browserEngine } from '$lib/data/browser-engine';
import { runQuery } from '$lib/data/engine';
import { LatestAnswer } from '$lib/data/latest-answer.svelte';
import { bilateralTrade, type BilateralTradeRow, type Side } from '$lib/data/queries';

export class BilateralView {
	rows: BilateralTradeRow[] = $state([]);
	side: Side = $state('both');
	from = $state(0);
	to = $state(0);
	readonly answer = new LatestAnswer();
	/** Years the default view holds, for the range controls. */
	readonly years: number[];

	constructor(initial: BilateralTradeRow[]) {
		this.rows = initial;
		this.years = [...new Set(initial.map((r) => r.year))].sort((a, b) => a - b);
		this.from = this.years[0] ?? 0;
		this.to = this.years.at(-1) ?? 0;
	}

	/** Starts the engine when a person reaches for the controls, so their first change is answered sooner. */
	warm(): void {
		browserEngine()
			.then((engine) => engine.connection())
			.catch(() => {
				// Reported by the next update, beside the chart.
			});
	}

	/** Runs the query for the current choices in the browser. */
	update(): Promise<void> {
		const input = { from: this.from, to: this.to, side: this.side };
		return this.answer.run(
			(engine) => runQuery(engine, bilateralTrade, input),
			(rows) => (this.rows = rows)
		);
	}
}
