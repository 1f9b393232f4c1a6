/**
 * What a reporter pastes into a CMS to embed a chart: an iframe of `/embed/<id>` plus the site's
 * `/embed.js`, which sizes each such iframe to its content. Built from the site's own origin and a
 * chart id from the fixed list, never from text a reader typed.
 */
import { localePath, type Locale } from '$lib/i18n/locale';
import { translator } from '$lib/i18n/translate';
import type { ChartId } from '$lib/story/registry';

/** The message an embed sends its parent: the chart id and its height, nothing else. */
export const HEIGHT_MESSAGE = 'trade-lens:embed-height';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	id: string;
	height: number;
}

/** Context key set by the embed page, so its chart leaves out the embed control. */
export const EMBEDDED = Symbol('trade-lens:embedded');

/** Height before the script sizes the frame (or if it never runs): most charts fit at 720 px wide. */
export const DEFAULT_HEIGHT = 640;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The embed's colours: the site's light theme, its dark one, or whichever the reader's system prefers. */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
	/** The chart's choices as URL parameters (e.g. `side=CHN&from=2000`), empty for its default view. */
	viewQuery?: string;
	theme?: EmbedTheme;
	/** The chart's language (always said): English at `/embed/<id>`, French at `/fr/embed/<id>`. */
	locale: Locale;
}

export function embedUrl(origin: string, id: ChartId, { viewQuery = '', theme = 'light', locale }: EmbedOptions): string {
	const query = [viewQuery, theme === 'light' ? '' : `theme=${theme}`].filter(Boolean).join('&');
	return `${origin}${localePath(locale, `/embed/${id}`)}${query ? `?${query}` : ''}`;
}

export function embedSnippet(origin: string, id: ChartId, title: string, options: EmbedOptions): string {
	const attributes: [string, string][] = [
		['src', embedUrl(origin, id, options)],
		['title', translator(options.locale)('embed.frame.title', { title })],
		['loading', 'lazy'],
		['width', '100%'],
		['height', String(DEFAULT_HEIGHT)],
		['style', 'border:0;width:100%;max-width:1200px']
	];
	const iframe = `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')} data-trade-lens-embed></iframe>`;
	return [iframe, `<script async src="${escapeAttribute(origin)}/embed.js"></script>`].join('\n');
}
