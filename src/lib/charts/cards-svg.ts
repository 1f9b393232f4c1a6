/**
 * Figure cards (label, big number, detail) drawn as an SVG drawing, for charts shown on screen as
 * HTML cards: their image exports go through the same `composeSvg` as every other chart.
 */
import { escapeXml, wrapText, type ImageColours } from './svg-text';

export interface CardText {
	label: string;
	value: string;
	detail: string;
	official?: string;
}

const GAP = 12;
const PAD = 10;
const BORDER = 4;

interface Line {
	text: string;
	size: number;
	weight: number;
	muted: boolean;
}

function cardLines(card: CardText, inner: number): Line[] {
	const block = (text: string, size: number, weight: number, muted: boolean) =>
		wrapText(text, inner, size).map((t) => ({ text: t, size, weight, muted }));
	return [
		...block(card.label, 13, 600, false),
		...block(card.value, 26, 700, false),
		...block(card.detail, 12, 400, true),
		...(card.official ? block(card.official, 12, 400, true) : [])
	];
}

const linesHeight = (lines: Line[]) => lines.reduce((h, l) => h + l.size * 1.3, 0);

/** The cards in rows of one to three (by `width`), each row as tall as its tallest card. */
export function cardsSvg(
	cards: readonly CardText[],
	width: number,
	colours: ImageColours
): { markup: string; width: number; height: number } {
	const columns = width >= 720 ? 3 : width >= 480 ? 2 : 1;
	const cardWidth = (width - GAP * (columns - 1)) / columns;
	const inner = cardWidth - BORDER - 2 * PAD;
	const laid = cards.map((c) => cardLines(c, inner));
	const parts: string[] = [];
	let top = 0;
	for (let start = 0; start < laid.length; start += columns) {
		const row = laid.slice(start, start + columns);
		const rowHeight = Math.max(...row.map(linesHeight)) + 2 * PAD;
		row.forEach((lines, i) => {
			const x = i * (cardWidth + GAP);
			parts.push(
				`<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${cardWidth.toFixed(1)}" height="${rowHeight.toFixed(1)}" fill="${escapeXml(colours.accentBackground)}"/>`
			);
			parts.push(
				`<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${BORDER}" height="${rowHeight.toFixed(1)}" fill="${escapeXml(colours.accent)}"/>`
			);
			let y = top + PAD;
			for (const l of lines) {
				y += l.size * 1.3;
				const fill = escapeXml(l.muted ? colours.muted : colours.ink);
				parts.push(
					`<text x="${(x + BORDER + PAD).toFixed(1)}" y="${(y - l.size * 0.3).toFixed(1)}" font-size="${l.size}" font-weight="${l.weight}" fill="${fill}">${escapeXml(l.text)}</text>`
				);
			}
		});
		top += rowHeight + GAP;
	}
	const height = Math.ceil(Math.max(0, top - GAP));
	const markup = `<svg viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
	return { markup, width, height };
}
