/**
 * The interactive state of bilateral-trade: which side's figures and which years. Starts from the
 * prerendered rows; each change is answered by DuckDB-WASM, and only the latest answer is drawn.
 */
import { browserEngine } from '$lib/data/browser-engine';
import { runQuery } from '$lib/data/engine';
import { describeLoadError } from '$lib/data/load-errors';
import { bilateralTrade, type BilateralTradeRow, type Side } from '$lib/data/queries';

export class BilateralView {
	rows: BilateralTradeRow[] = $state([]);
	side: Side = $state('both');
	from = $state(0);
	to = $state(0);
	busy = $state(false);
	error: string | null = $state(null);
	/** Years the default view holds, for the range controls. */
	readonly years: number[];
	#request = 0;

	constructor(initial: BilateralTradeRow[]) {
		this.rows = initial;
		this.years = [...new Set(initial.map((r) => r.year))].sort((a, b) => a - b);
		this.from = this.years[0] ?? 0;
		this.to = this.years.at(-1) ?? 0;
	}

	get isDefault(): boolean {
		return this.side === 'both' && this.from === this.years[0] && this.to === this.years.at(-1);
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
	async update(): Promise<void> {
		const request = ++this.#request;
		this.busy = true;
		try {
			const engine = await browserEngine();
			const rows = await runQuery(engine, bilateralTrade, { from: this.from, to: this.to, side: this.side });
			if (request !== this.#request) return;
			this.rows = rows;
			this.error = null;
		} catch (error) {
			if (request === this.#request) this.error = describeLoadError(error);
		} finally {
			if (request === this.#request) this.busy = false;
		}
	}
}
