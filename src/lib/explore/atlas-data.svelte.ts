/**
 * The Map and Table tabs' rows: one partner's measures for every economy and year, or every
 * economy's indicators, asked of DuckDB-WASM once per question and kept, so that a change of year,
 * of measure within the same rows, or of tab is a lookup, not a query.
 */
import { runQuery, type QueryEngine } from '$lib/data/engine';
import { LatestAnswer } from '$lib/data/latest-answer.svelte';
import type { ExploreView } from './explore-view';
import { economyIndicators, partnerMeasures } from '$lib/data/indicator-queries';
import { atlasQuestion, type AtlasQuestion, type AtlasRows } from './atlas-values';

/** Every year's rows of a question: one partner's measures, or every economy's indicators. */
export async function askAtlas(engine: QueryEngine, q: AtlasQuestion): Promise<AtlasRows> {
	return q.kind === 'partner'
		? { partner: await runQuery(engine, partnerMeasures, { partner: q.partner, flow: q.flow, currency: q.currency }) }
		: { indicators: await runQuery(engine, economyIndicators, { flow: q.flow, currency: q.currency }) };
}

/** Rows a page was built with, for one question and one year (the prerendered map and table). */
export interface AtlasSeed {
	key: string;
	year: number;
	rows: AtlasRows;
}

export class AtlasData {
	/** Every year's rows of the questions asked so far, by question key. */
	#complete: Record<string, AtlasRows> = {};
	/** The rows drawn: those of the question last answered (or the page's own). */
	rows: AtlasRows = $state.raw({});
	/** The question `rows` answer, and whether they hold every year or one. */
	key = $state('');
	seededYear: number | null = $state(null);
	readonly answer = new LatestAnswer();

	constructor(seed: AtlasSeed) {
		this.rows = seed.rows;
		this.key = seed.key;
		this.seededYear = seed.year;
	}

	/**
	 * Whether the rows drawn fall short of the view: another question, or the page's single year when
	 * the view needs another year, the years before (a change, an index) or a span.
	 */
	needsLoad(view: ExploreView): boolean {
		if (atlasQuestion(view).key !== this.key) return true;
		if (this.seededYear === null) return false;
		return view.year !== this.seededYear || view.measure === 'change' || view.measure === 'index' || view.period === 'span';
	}

	/** Makes the view's rows, every year, the rows drawn: from memory when asked before, else from DuckDB. */
	load(view: ExploreView): Promise<void> {
		const q = atlasQuestion(view);
		const kept = this.#complete[q.key];
		if (kept) {
			[this.rows, this.key, this.seededYear] = [kept, q.key, null];
			return Promise.resolve();
		}
		return this.answer.run(
			(engine) => askAtlas(engine, q),
			(rows) => {
				this.#complete[q.key] = rows;
				[this.rows, this.key, this.seededYear] = [rows, q.key, null];
			}
		);
	}
}
