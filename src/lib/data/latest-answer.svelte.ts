/**
 * Asking DuckDB-WASM on behalf of a control: only the latest question's answer is applied, so
 * rapid changes always end on the latest choice; an error is worded for the reader and the
 * earlier answer stays drawn.
 */
import { browserEngine } from './browser-engine';
import type { Translate } from '$lib/i18n/translate';
import { describeLoadError } from './load-errors';
import type { WasmEngine } from './wasm-engine';

export class LatestAnswer {
	busy = $state(false);
	/** What went wrong with the latest question, if anything; `message(t)` words it. */
	failure: unknown = $state(null);
	#request = 0;

	/** Runs `ask` on the browser's engine and hands its answer to `apply`, unless a later call came first. */
	async run<T>(ask: (engine: WasmEngine) => Promise<T>, apply: (answer: T) => void): Promise<void> {
		const request = ++this.#request;
		this.busy = true;
		try {
			const answer = await ask(await browserEngine());
			if (request !== this.#request) return;
			apply(answer);
			this.failure = null;
		} catch (error) {
			if (request === this.#request) this.failure = error;
		} finally {
			if (request === this.#request) this.busy = false;
		}
	}

	/** An answer given without asking (from rows already in the tab): any question still on its way is dropped. */
	supersede(): void {
		this.#request++;
		this.busy = false;
		this.failure = null;
	}

	/** The failure worded for the reader, in the page's language; null when the latest answer came. */
	message(t: Translate): string | null {
		return this.failure === null ? null : describeLoadError(this.failure, t);
	}
}
