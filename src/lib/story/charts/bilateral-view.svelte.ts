/**
 * The interactive state of bilateral-trade: which side's figures and which years. Starts from the
 * prerendered rows. The first change asks DuckDB-WASM for both sides' figures over every year of
 * the view; each view is those rows filtered, so later changes are drawn at once, with no query.
 */
import { startEngine } from '$lib/data/browser-engine';
import { runQuery } from '$lib/data/engine';
import { LatestAnswer } from '$lib/data/latest-answer.svelte';
import { SIDES, bilateralTrade, type BilateralTradeRow, type Side } from '$lib/data/queries';

export class BilateralView {
	rows: BilateralTradeRow[] = $state([]);
	side: Side = $state('both');
	from = $state(0);
	to = $state(0);
	readonly answer = new LatestAnswer();
	/** Years the default view holds, for the range controls. */
	readonly years: number[];
	/** DuckDB's answer for both sides and every year, once asked. */
	#all: BilateralTradeRow[] | null = null;

	constructor(initial: BilateralTradeRow[]) {
		this.rows = initial;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a set spread at once, never state
		this.years = [...new Set(initial.map((r) => r.year))].sort((a, b) => a - b);
		this.from = this.years[0] ?? 0;
		this.to = this.years.at(-1) ?? 0;
	}

	/** Starts the engine when a person reaches for the controls, so their first change is answered sooner. */
	warm(): void {
		startEngine();
	}

	/** The choices that differ from the default view, as URL parameters (for links and embeds). */
	get query(): string {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read here, never state
		const params = new URLSearchParams();
		if (this.side !== 'both') params.set('side', this.side);
		if (this.from !== this.years[0]) params.set('from', String(this.from));
		if (this.to !== this.years.at(-1)) params.set('to', String(this.to));
		return params.toString();
	}

	/**
	 * Takes the choices a link or an embed carries: a side from the fixed list and years the data
	 * holds; anything else is ignored and the default kept. Queries only if something changed.
	 */
	restore(params: URLSearchParams): Promise<void> | undefined {
		const side = SIDES.find((s) => s === params.get('side'));
		const year = (name: string) => {
			const n = Number(params.get(name));
			return this.years.includes(n) ? n : undefined;
		};
		const [from, to] = [year('from') ?? this.from, year('to') ?? this.to];
		if (from > to || ((side ?? this.side) === this.side && from === this.from && to === this.to)) return undefined;
		[this.side, this.from, this.to] = [side ?? this.side, from, to];
		return this.update();
	}

	/** Draws the current choices: from DuckDB's rows for every view, asked for the first time only. */
	update(): Promise<void> {
		const { side, from, to } = this;
		const shown = (rows: readonly BilateralTradeRow[]) =>
			rows.filter((r) => (side === 'both' || r.reporter === side) && r.year >= from && r.year <= to);
		if (this.#all) {
			this.answer.supersede();
			this.rows = shown(this.#all);
			return Promise.resolve();
		}
		const [first, last] = [this.years[0] ?? from, this.years.at(-1) ?? to];
		const every = { from: first, to: last, side: 'both' as const };
		return this.answer.run(
			(engine) => runQuery(engine, bilateralTrade, every),
			(rows) => {
				this.#all = rows;
				this.rows = shown(rows);
			}
		);
	}
}
