/**
 * An article's text as the checker reads it, whatever it came as: pasted text, a `.txt` or `.md`
 * file, or HTML. HTML is parsed into an inert document (no script runs, nothing loads) and reduced
 * to its text, a block to a line; it is never rendered.
 */

export const ARTICLE_EXTENSIONS = ['txt', 'md', 'html', 'htm'] as const;
/** Larger files are refused with a message, before they are read. */
export const MAX_ARTICLE_BYTES = 5_000_000;

export interface ArticleText {
	text: string;
	/** The article's date where the file gives one (ISO, YYYY-MM-DD). */
	date?: string;
}

/** What went wrong with a file, as a message key and its parameters (worded by the page). */
export interface ArticleProblem {
	key: 'check.file.type' | 'check.file.size' | 'check.file.read';
	params: Record<string, string | number>;
}

/** The article's date, where its first lines give one as an ISO date ("date 2026-01-16"). */
export function articleDate(text: string): string | undefined {
	return /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/.exec(text.slice(0, 400))?.[0];
}

/** Text that is markup: starts with a tag and closes one. */
export const looksLikeHtml = (text: string): boolean => /^\s*<(!doctype|[a-z][a-z0-9]*)[\s>/]/i.test(text) && /<\/[a-z]/i.test(text);

const BLOCKS = 'p,div,section,article,header,footer,aside,main,h1,h2,h3,h4,h5,h6,li,dt,dd,blockquote,figcaption,tr,pre,br,hr,td,th';

/** HTML reduced to text: scripts, styles and templates dropped, each block on a line of its own. */
export function htmlText(html: string, parser: Pick<DOMParser, 'parseFromString'> = new DOMParser()): ArticleText {
	const doc = parser.parseFromString(html, 'text/html');
	const published =
		doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
		doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
		'';
	for (const el of doc.querySelectorAll('script,style,noscript,template,svg,iframe,object')) el.remove();
	for (const el of doc.querySelectorAll(BLOCKS)) el.after(doc.createTextNode('\n'));
	const text = (doc.body?.textContent ?? '')
		.split('\n')
		.map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
	const date = /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0];
	return date ? { text, date } : { text };
}

/** Markdown read as text: link targets and image addresses dropped (their digits are no claims). */
export const markdownText = (md: string): string => md.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');

/** Pasted or typed text: reduced to text if it is markup. */
export function pastedText(text: string): ArticleText {
	if (looksLikeHtml(text)) return htmlText(text);
	return { text, date: articleDate(text) };
}

/** A dropped or chosen file's text, or the problem with it. Read in the tab; never uploaded. */
export async function readArticleFile(file: File): Promise<ArticleText | ArticleProblem> {
	const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
	if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension))
		return { key: 'check.file.type', params: { name: file.name, types: ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ') } };
	if (file.size > MAX_ARTICLE_BYTES)
		return { key: 'check.file.size', params: { name: file.name, size: Math.ceil(file.size / 1e6), max: MAX_ARTICLE_BYTES / 1e6 } };
	let raw: string;
	try {
		raw = await file.text();
	} catch {
		return { key: 'check.file.read', params: { name: file.name } };
	}
	if (extension === 'html' || extension === 'htm') return htmlText(raw);
	const text = extension === 'md' ? markdownText(raw) : raw;
	return { text, date: articleDate(text) };
}

export const isProblem = (read: ArticleText | ArticleProblem): read is ArticleProblem => 'key' in read;

const COMMON: Record<'en' | 'fr', Set<string>> = {
	en: new Set(['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'with', 'for', 'its', 'from']),
	fr: new Set(['le', 'la', 'les', 'des', 'et', 'du', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'au', 'aux'])
};

/** The language an article is most likely in, from its commonest short words; `fallback` if neither shows. */
export function guessLang(text: string, fallback: 'en' | 'fr'): 'en' | 'fr' {
	const counts = { en: 0, fr: 0 };
	for (const [word] of text
		.slice(0, 20_000)
		.toLowerCase()
		.matchAll(/\p{L}+/gu)) {
		if (COMMON.en.has(word)) counts.en++;
		if (COMMON.fr.has(word)) counts.fr++;
	}
	if (counts.en === counts.fr) return fallback;
	return counts.en > counts.fr ? 'en' : 'fr';
}
