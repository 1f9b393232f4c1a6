/**
 * Asking DuckDB-WASM on behalf of a control: only the latest question's answer is applied, so
 * rapid changes always end on the latest choice; an error is worded for the reader and the
 * earlier answer stays drawn.
 */
import { browserEngine } from './browser-engine';
import { describeLoadError } from './load-errors';
import type { WasmEngine } from './wasm-engine';

export class LatestAnswer {
	busy = $state(false);
	error: string | null = $state(null);
	#request = 0;

	/** Runs `ask` on the browser's engine and hands its answer to `apply`, unless a later call came first. */
	async run<T>(ask: (engine: WasmEngine) => Promise<T>, apply: (answer: T) => void): Promise<void> {
		const request = ++this.#request;
		this.busy = true;
		try {
			const answer = await ask(await browserEngine());
			if (request !== this.#request) return;
			apply(answer);
			this.error = null;
		} catch (error) {
			if (request === this.#request) this.error = describeLoadError(error);
		} finally {
			if (request === this.#request) this.busy = false;
		}
	}
}
