/**
 * A deck of explorer views whose whole content lives in one URL parameter: each view's query
 * string, one a line, base64url-encoded (`/present?deck=…`). Nothing is stored anywhere else, so a
 * deck is shared by sharing its link.
 */

/** At most this many slides, each view's query at most this long: a link stays a link. */
export const MAX_SLIDES = 30;
export const MAX_VIEW_LENGTH = 600;

const toBase64Url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

/** Only the characters a view's query string is made of (its values are codes, numbers and words). */
const QUERY = /^[A-Za-z0-9=&,._%-]*$/;

export function encodeDeck(queries: readonly string[]): string {
	return toBase64Url(queries.join('\n'));
}

export interface DecodedDeck {
	queries: string[];
	/** What was wrong with the parameter, if anything (the slides that could be read are kept). */
	problem: 'unreadable' | 'too-many' | 'bad-slide' | null;
	/** 1-based slide numbers left out. */
	dropped: number[];
}

export function decodeDeck(param: string | null): DecodedDeck | null {
	if (param === null) return null;
	let text: string;
	try {
		if (!/^[A-Za-z0-9_-]*$/.test(param)) throw new Error('not base64url');
		text = fromBase64Url(param);
	} catch {
		return { queries: [], problem: 'unreadable', dropped: [] };
	}
	const lines = text.split('\n').filter((l) => l !== '');
	const dropped: number[] = [];
	const queries = lines.slice(0, MAX_SLIDES).filter((line, i) => {
		const ok = line.length <= MAX_VIEW_LENGTH && QUERY.test(line);
		if (!ok) dropped.push(i + 1);
		return ok;
	});
	const problem = lines.length > MAX_SLIDES ? 'too-many' : dropped.length ? 'bad-slide' : null;
	return { queries, problem, dropped };
}
