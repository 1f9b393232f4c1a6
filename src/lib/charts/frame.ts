/** The drawing area every SVG chart uses: a fixed viewBox that scales to its container. */
export interface Frame {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * Below this width a chart's names would squeeze its drawing, so they leave the margins: line labels
 * go to a legend underneath, bar names and values above and below each bar, lane names across the
 * top of each lane.
 */
export const NARROW = 480;

export const DEFAULT_FRAME: Frame = { width: 720, height: 380, margin: { top: 28, right: 165, bottom: 36, left: 52 } };

/**
 * The frame redrawn for the width its container measures (held to 300–1,200 px), so text keeps its
 * size: the plot takes the width; the height is the one given (a slide's, held to 220–900 px) or
 * else follows the width within bounds. Without a measured width (on the server), the base frame.
 */
export function frameFor(base: Frame, width?: number, height?: number): Frame {
	if (width === undefined || !Number.isFinite(width) || width <= 0) return base;
	const w = Math.round(Math.min(1200, Math.max(300, width)));
	// A box of its own (a slide) sets the height; on a page it follows the width within bounds.
	if (height !== undefined && Number.isFinite(height) && height > 0)
		return { ...base, width: w, height: Math.round(Math.min(900, Math.max(220, height))) };
	if (w === base.width) return base;
	const h = Math.round(base.height * Math.min(1.15, Math.max(0.75, Math.sqrt(w / base.width))));
	return { ...base, width: w, height: h };
}

/**
 * A left margin with room for the longest of these names drawn beside a bar or lane (11 px, semi-
 * bold: about 6.6 px a character), and never less than `least`: names differ in length by language.
 */
export const labelRoom = (labels: readonly string[], least: number) =>
	Math.max(least, Math.ceil(Math.max(0, ...labels.map((l) => l.length)) * 6.6) + 12);

export const innerWidth = (f: Frame) => f.width - f.margin.left - f.margin.right;
export const innerHeight = (f: Frame) => f.height - f.margin.top - f.margin.bottom;

export interface Tick {
	value: number;
	position: number;
	label: string;
}

/** Spreads labels wanted at `ys` so no two are closer than `gap`, keeping their order and staying within [min, max]. */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
	const placed = order.map((o) => Math.max(min, o.y));
	for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k], placed[k - 1] + gap);
	for (let k = placed.length - 1; k >= 0; k--) {
		const ceiling = k === placed.length - 1 ? max : placed[k + 1] - gap;
		placed[k] = Math.min(placed[k], ceiling);
	}
	const out = new Array<number>(ys.length);
	order.forEach((o, k) => (out[o.i] = placed[k]));
	return out;
}
