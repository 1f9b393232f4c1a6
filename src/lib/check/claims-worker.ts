/**
 * Reads an article's claims off the page's main thread, so a long text never freezes the page.
 * The economy index is built once per language from the entries the page sends with its first request.
 */
import { readClaims, type Claim } from './claims';
import { economyIndex, type EconomyEntry, type EconomyIndex } from './economies';
import type { CheckLang } from './numbers';

export interface ReadRequest {
	id: number;
	text: string;
	lang: CheckLang;
	date?: string;
	/** Sent with a language's first request only. */
	entries?: EconomyEntry[];
}
export interface ReadAnswer {
	id: number;
	claims: Claim[];
	/** Time the reading took in the worker. */
	ms: number;
}

const indexes = new Map<CheckLang, EconomyIndex>();

self.onmessage = (event: MessageEvent<ReadRequest>) => {
	const { id, text, lang, date, entries } = event.data;
	const started = performance.now();
	if (entries) indexes.set(lang, economyIndex(entries));
	const index = indexes.get(lang) ?? economyIndex([]);
	const claims = readClaims(text, lang, index, { date }).filter((c) => c.measure !== 'other');
	self.postMessage({ id, claims, ms: performance.now() - started } satisfies ReadAnswer);
};
