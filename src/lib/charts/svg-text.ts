/**
 * A chart drawn as SVG text for an image: the colours it is drawn in, the font, escaping and line
 * breaking. The export layer composes these drawings into images; figure cards draw with them too.
 */

/** The colours an image is drawn in: the page's theme at the time of the download. */
export interface ImageColours {
	background: string;
	ink: string;
	muted: string;
	accent: string;
	accentBackground: string;
}

/** The light theme's colours (`app.css`), for images made outside a page. */
export const LIGHT_COLOURS: ImageColours = {
	background: '#ffffff',
	ink: '#1a1a1a',
	muted: '#444444',
	accent: '#0072b2',
	accentBackground: '#f2f7fb'
};

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy line breaking at spaces, by an average character width of `0.55 × size`. */
export function wrapText(text: string, width: number, size: number): string[] {
	const perLine = Math.max(10, Math.floor(width / (size * 0.55)));
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (current && current.length + 1 + word.length > perLine) {
			lines.push(current);
			current = word;
		} else current = current ? `${current} ${word}` : word;
	}
	if (current) lines.push(current);
	return lines;
}

/** A chart's drawing made for its image export, at a width and in the page's colours. */
export type Picture = (width: number, colours: ImageColours) => { markup: string; width: number; height: number };
