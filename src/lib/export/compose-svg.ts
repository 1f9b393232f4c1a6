/**
 * A chart as a standalone image: its SVG drawing under the title and takeaway, above the source
 * line and the project's name, so the picture carries its own citation wherever it is pasted.
 * Text wraps by an estimate of character width; fonts are the platform's own (no web fonts to fetch).
 */
import { FONT, LIGHT_COLOURS, escapeXml, wrapText, type ImageColours } from '$lib/charts/svg-text';

export interface ImageText {
	title: string;
	takeaway: string;
	sourceLine: string;
	/** Where the chart lives, printed in the credit line. */
	link: string;
}

export interface ComposedSvg {
	svg: string;
	width: number;
	height: number;
}

const PAD = 16;

/** `chart` is a serialised `<svg viewBox="0 0 w h">…</svg>` with its styles inlined. */
export function composeSvg(
	chart: string,
	chartWidth: number,
	chartHeight: number,
	text: ImageText,
	colours: ImageColours = LIGHT_COLOURS
): ComposedSvg {
	const width = chartWidth + 2 * PAD;
	const inner = chartWidth;
	const blocks: { lines: string[]; size: number; weight: number; colour: string; gap: number }[] = [
		{ lines: wrapText(text.title, inner, 20), size: 20, weight: 700, colour: colours.ink, gap: 6 },
		{ lines: wrapText(text.takeaway, inner, 14), size: 14, weight: 400, colour: colours.ink, gap: 12 }
	];
	const footer: typeof blocks = [
		{ lines: wrapText(text.sourceLine, inner, 11), size: 11, weight: 400, colour: colours.muted, gap: 4 },
		{ lines: [`Trade Lens · ${text.link}`], size: 11, weight: 600, colour: colours.muted, gap: 0 }
	];
	const parts: string[] = [];
	let y = PAD;
	const draw = (b: (typeof blocks)[number]) => {
		for (const line of b.lines) {
			y += b.size * 1.25;
			parts.push(
				`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${b.size}" font-weight="${b.weight}" fill="${b.colour}">${escapeXml(line)}</text>`
			);
		}
		y += b.gap;
	};
	blocks.forEach(draw);
	const chartTop = y;
	parts.push(chart.replace(/^<svg\b/, `<svg x="${PAD}" y="${chartTop.toFixed(1)}" width="${chartWidth}" height="${chartHeight}"`));
	y = chartTop + chartHeight + 10;
	footer.forEach(draw);
	const height = Math.ceil(y + PAD);
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
		`<title>${escapeXml(text.title)}</title>`,
		`<rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>`,
		...parts,
		'</svg>'
	].join('\n');
	return { svg, width, height };
}
