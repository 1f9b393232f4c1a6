/** The page's side of the claims worker: one worker, started on first use, answering the latest request. */
import type { Claim } from './claims';
import type { ReadAnswer, ReadRequest } from './claims-worker';
import type { EconomyEntry } from './economies';
import type { CheckLang } from './numbers';

export class ClaimReader {
	#worker: Worker | null = null;
	#next = 0;
	#sent = new Set<CheckLang>();
	#waiting = new Map<number, { resolve: (a: ReadAnswer) => void; reject: (e: unknown) => void }>();

	constructor(private entries: (lang: CheckLang) => EconomyEntry[]) {}

	#start(): Worker {
		const worker = new Worker(new URL('./claims-worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<ReadAnswer>) => {
			this.#waiting.get(event.data.id)?.resolve(event.data);
			this.#waiting.delete(event.data.id);
		};
		worker.onerror = (event) => {
			for (const w of this.#waiting.values()) w.reject(event.error ?? new Error(event.message));
			this.#waiting.clear();
			this.#worker = null;
			this.#sent.clear();
		};
		return worker;
	}

	/** The claims of a text, read in the worker. */
	read(text: string, lang: CheckLang, date: string | undefined): Promise<{ claims: Claim[]; ms: number }> {
		const worker = (this.#worker ??= this.#start());
		const id = ++this.#next;
		const request: ReadRequest = { id, text, lang, date };
		if (!this.#sent.has(lang)) {
			request.entries = this.entries(lang);
			this.#sent.add(lang);
		}
		return new Promise((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject });
			worker.postMessage(request);
		});
	}

	close(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
