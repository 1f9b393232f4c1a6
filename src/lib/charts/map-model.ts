/**
 * A world choropleth: each country's fill from its value (binned) or its category, a legend with a
 * hatched "no data" swatch, and the keyboard's nearest-country-in-a-direction. Pure: the shapes
 * come in as path strings (world-shapes.ts, computed on the server) and the component only draws.
 */
import { ascending, bisectRight, extent, interpolateBlues, interpolateRdBu, quantileSorted, quantize, schemeBlues, schemeRdBu } from 'd3';
import { OKABE_ITO } from './palette';

/** The map's viewBox: Equal Earth without Antarctica (world-shapes.ts fits the countries to it). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 425;

export interface MapShape {
	/** ISO 3166 numeric code ("124"), or null for the few territories without one (Kosovo, N. Cyprus, Somaliland). */
	numeric: string | null;
	/** Natural Earth's English name, for shapes the data does not name. */
	name: string;
	/** SVG path in viewBox units. */
	d: string;
	/** Projected centroid of the largest part, for keyboard navigation and the tooltip. */
	cx: number;
	cy: number;
}

export interface MapDatum {
	/** ISO alpha-3 code, passed to `onselect`. */
	code: string;
	/** The name in the reader's language. */
	name: string;
	value: number | null;
	category?: string | null;
	/** The value formatted for people, e.g. "32.4%" or "China". */
	text: string;
}

export interface BinnedScale {
	kind: 'binned';
	/** Increasing class breaks; computed from the values' quantiles (nicely rounded) when absent. */
	thresholds?: number[];
	/** How many classes to aim for when computing thresholds (default 5). */
	bins?: number;
	/** A signed value (e.g. a percentage gap): a diverging scheme centred on 0. */
	diverging?: boolean;
	format: (value: number) => string;
}

export interface CategoricalScale {
	kind: 'categorical';
	/** In legend order; the first seven take Okabe–Ito colours, the rest count as "other". */
	categories: { key: string; label: string }[];
}

export interface MapModelOptions {
	scale: BinnedScale | CategoricalScale;
	/** Default "No data". */
	noDataLabel?: string;
	/** Default "Other". */
	otherLabel?: string;
	/** The hatch pattern's id, in `fill` (default "tl-map-no-data"); WorldMap adds its own id to it, so maps never share one. */
	patternId?: string;
	/** Sorts the countries by name for Home/End and reading order (default: the runtime's). */
	locale?: string;
}

export interface DrawnShape extends MapShape {
	/** Stable key: the numeric code, or the name where there is none. */
	id: string;
	/** Alpha-3 code from the datum, or null. */
	code: string | null;
	datum: MapDatum | null;
	hasData: boolean;
	/** A CSS colour, or `url(#patternId)` for no data. */
	fill: string;
	/** What the colour shows: the value (binned) or the category key (categorical); null without data. */
	value: number | string | null;
	/** The name as the reader sees it: the datum's, else Natural Earth's. */
	title: string;
	/** What the tooltip shows under the name: the value text, or the "no data" label. */
	text: string;
	/** What a screen reader hears, e.g. "China: 32.4%". */
	label: string;
}

export interface LegendSwatch {
	fill: string;
	label: string;
	kind: 'bin' | 'category' | 'other' | 'no-data';
}

export interface MapModel {
	width: number;
	height: number;
	viewBox: string;
	patternId: string;
	/** Sorted by `title`. */
	shapes: DrawnShape[];
	legend: { swatches: LegendSwatch[] };
	/** The class breaks used (binned scales; empty for categorical). */
	thresholds: number[];
}

/** "Other" categories: a neutral grey from the theme (lighter on dark pages). */
export const OTHER_FILL = 'var(--tl-rule)';
/** Okabe–Ito without black, in the palette's order. */
const CATEGORY_COLOURS = [
	OKABE_ITO.blue,
	OKABE_ITO.orange,
	OKABE_ITO.vermillion,
	OKABE_ITO.green,
	OKABE_ITO.sky,
	OKABE_ITO.purple,
	OKABE_ITO.yellow
];
const NBSP = '\u00a0';

const roundTo = (value: number, significant: number) => (value === 0 ? 0 : Number(value.toPrecision(significant)));

/**
 * Class breaks from the values' quantiles, rounded to as few significant digits as keep them apart
 * (so "0.2, 0.5, 1, 4" rather than "0.23, 0.51, 1.3, 3.9"), increasing and inside the data's range.
 * Diverging: breaks symmetric about 0 from the quantiles of |value|; an odd count of classes has a
 * neutral middle class around 0, an even count breaks at 0.
 */
export function niceThresholds(values: readonly number[], bins = 5, diverging = false): number[] {
	const finite = values.filter(Number.isFinite);
	if (finite.length < 2 || bins < 2) return [];
	if (diverging) {
		const magnitudes = finite.map(Math.abs).sort(ascending);
		const top = magnitudes[magnitudes.length - 1];
		const half = Math.floor(bins / 2);
		const odd = bins % 2 === 1;
		const count = odd ? half : half - 1;
		const quantiles = Array.from({ length: count }, (_, j) => quantileSorted(magnitudes, (j + 1) / (count + 1)) ?? 0);
		const positive = roundApart(quantiles, (t) => t > 0 && t <= top);
		return [...positive.map((t) => -t).reverse(), ...(odd ? [] : [0]), ...positive];
	}
	const sorted = [...finite].sort(ascending);
	const [lo, hi] = [sorted[0], sorted[sorted.length - 1]];
	const quantiles = Array.from({ length: bins - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / bins) ?? lo);
	return roundApart(quantiles, (t) => t > lo && t <= hi);
}

/** Rounds increasing quantiles to the fewest significant digits that keep as many distinct ones. */
function roundApart(quantiles: number[], keep: (t: number) => boolean): number[] {
	const distinct = (ts: number[]) => [...new Set(ts)].filter(keep).sort(ascending);
	const target = distinct(quantiles).length;
	for (const digits of [1, 2, 3]) {
		const rounded = distinct(quantiles.map((q) => roundTo(q, digits)));
		if (rounded.length >= target || digits === 3) return rounded;
	}
	return [];
}

/** Sequential: ColorBrewer Blues (colour-blind safe, lightness alone orders it), without its near-white. */
export function sequentialColours(n: number): string[] {
	if (n <= 0) return [];
	if (n === 1) return [schemeBlues[3][1]];
	if (n <= 8) return schemeBlues[n + 1].slice(1);
	return quantize((t) => interpolateBlues(0.2 + 0.8 * t), n);
}

/**
 * Diverging: ColorBrewer RdBu (colour-blind safe) centred on 0: the classes below 0 red, those above
 * blue, a class straddling 0 neutral; the nth class either side of 0 is as strong even when one side
 * has more classes.
 */
export function divergingColours(thresholds: readonly number[]): string[] {
	const n = thresholds.length + 1;
	const side = (i: number) => {
		const upper = i < thresholds.length ? thresholds[i] : Infinity;
		const lower = i > 0 ? thresholds[i - 1] : -Infinity;
		return upper <= 0 ? -1 : lower >= 0 ? 1 : 0;
	};
	const sides = Array.from({ length: n }, (_, i) => side(i));
	const negative = sides.filter((s) => s < 0).length;
	const positive = sides.filter((s) => s > 0).length;
	const neutral = sides.includes(0) ? 1 : 0;
	const k = Math.max(negative, positive);
	const size = 2 * k + neutral;
	const scheme = size < 3 ? schemeRdBu[size + 2].slice(1, -1) : size <= 11 ? [...schemeRdBu[size]] : quantize(interpolateRdBu, size);
	// Class i's distance from 0 counts outward: the negatives end at index k − 1, the positives start at k + neutral.
	return sides.map((s, i) => (s < 0 ? scheme[k - (negative - i)] : s > 0 ? scheme[k + neutral + (i - negative - neutral)] : scheme[k]));
}

/** "10–20%" from "10%" and "20%": the unit said once; spaced when a bound is signed ("−5 – 5%"). */
export function rangeLabel(low: string, high: string): string {
	const isUnit = (c: string | undefined) => c !== undefined && !/[\d.,]/.test(c);
	let suffix = 0;
	while (suffix < Math.min(low.length, high.length) && low.at(-1 - suffix) === high.at(-1 - suffix) && isUnit(low.at(-1 - suffix)))
		suffix++;
	const signed = /^[−\-+]/.test(low) || /^[−\-+]/.test(high);
	let prefix = 0;
	while (!signed && prefix < Math.min(low.length, high.length) - 1 && low[prefix] === high[prefix] && isUnit(low[prefix])) prefix++;
	const a = low.slice(0, low.length - suffix);
	return signed ? `${a} – ${high}` : `${a}–${high.slice(prefix)}`;
}

/** Legend labels of the classes a set of breaks makes: "< 10%", "10–20%", …, "≥ 40%". */
export function binLabels(thresholds: readonly number[], format: (value: number) => string, range?: [number, number]): string[] {
	if (thresholds.length === 0) {
		if (!range) return [];
		return [range[0] === range[1] ? format(range[0]) : rangeLabel(format(range[0]), format(range[1]))];
	}
	return [
		`<${NBSP}${format(thresholds[0])}`,
		...thresholds.slice(1).map((t, i) => rangeLabel(format(thresholds[i]), format(t))),
		`≥${NBSP}${format(thresholds[thresholds.length - 1])}`
	];
}

export function mapModel(shapes: readonly MapShape[], data: ReadonlyMap<string, MapDatum>, options: MapModelOptions): MapModel {
	const { scale, noDataLabel = 'No data', otherLabel = 'Other', patternId = 'tl-map-no-data', locale } = options;
	const noData = `url(#${patternId})`;
	const datumOf = (s: MapShape) => (s.numeric === null ? null : (data.get(s.numeric) ?? null));
	const swatches: LegendSwatch[] = [];
	let thresholds: number[] = [];
	let fillOf: (datum: MapDatum) => string | null;
	const valueOf = (d: MapDatum) => (scale.kind === 'binned' ? d.value : (d.category ?? null));

	if (scale.kind === 'binned') {
		const values = shapes.map((s) => datumOf(s)?.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
		thresholds = [...(scale.thresholds ?? niceThresholds(values, scale.bins ?? 5, scale.diverging ?? false))].sort(ascending);
		const n = values.length || thresholds.length ? thresholds.length + 1 : 0;
		const colours = scale.diverging ? (n ? divergingColours(thresholds) : []) : sequentialColours(n);
		const [lo, hi] = extent(values);
		const labels = binLabels(thresholds, scale.format, lo === undefined || hi === undefined ? undefined : [lo, hi]);
		colours.forEach((fill, i) => swatches.push({ fill, label: labels[i] ?? '', kind: 'bin' }));
		fillOf = (d) => (typeof d.value === 'number' && Number.isFinite(d.value) ? colours[bisectRight(thresholds, d.value)] : null);
	} else {
		const named = scale.categories.slice(0, CATEGORY_COLOURS.length);
		const colour = new Map(named.map((c, i) => [c.key, CATEGORY_COLOURS[i]]));
		named.forEach((c) => swatches.push({ fill: colour.get(c.key) as string, label: c.label, kind: 'category' }));
		fillOf = (d) => (d.category == null || d.category === '' ? null : (colour.get(d.category) ?? OTHER_FILL));
	}

	const drawn: DrawnShape[] = shapes.map((s) => {
		const datum = datumOf(s);
		const fill = datum ? fillOf(datum) : null;
		const title = datum?.name ?? s.name;
		const text = fill === null ? noDataLabel : (datum as MapDatum).text;
		return {
			...s,
			id: s.numeric ?? s.name,
			code: datum?.code ?? null,
			datum,
			hasData: fill !== null,
			fill: fill ?? noData,
			value: fill === null ? null : valueOf(datum as MapDatum),
			title,
			text,
			label: `${title}: ${text}`
		};
	});
	drawn.sort((a, b) => a.title.localeCompare(b.title, locale));
	if (drawn.some((s) => s.fill === OTHER_FILL)) swatches.push({ fill: OTHER_FILL, label: otherLabel, kind: 'other' });
	if (drawn.some((s) => !s.hasData)) swatches.push({ fill: noData, label: noDataLabel, kind: 'no-data' });
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`,
		patternId,
		shapes: drawn,
		legend: { swatches },
		thresholds
	};
}

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
const UNIT: Record<Direction, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
/** How far aside a point may lie for each unit ahead to count as "in that direction" (tan 56°). */
const CONE = 1.5;

/**
 * The index of the nearest point in a direction from `points[from]` (screen coordinates, y down):
 * the one at the least distance plus half its offset aside, among the points within about 56° of the
 * arrow's direction, or among all the points ahead when none is. So Canada's ↓ is the United States
 * and the United States' ↓ is Mexico. Stays at `from` when nothing lies ahead.
 */
export function nearestInDirection(points: readonly { cx: number; cy: number }[], from: number, direction: Direction): number {
	const origin = points[from];
	if (!origin) return from;
	const [ux, uy] = UNIT[direction];
	const best = { cone: from, coneScore: Infinity, any: from, anyScore: Infinity };
	points.forEach((p, i) => {
		const dx = p.cx - origin.cx;
		const dy = p.cy - origin.cy;
		const ahead = dx * ux + dy * uy;
		const aside = Math.abs(dx * uy - dy * ux);
		if (i === from || ahead <= 0.5) return;
		const score = Math.hypot(dx, dy) + aside / 2;
		if (aside <= CONE * ahead && score < best.coneScore) [best.cone, best.coneScore] = [i, score];
		if (score < best.anyScore) [best.any, best.anyScore] = [i, score];
	});
	return best.coneScore < Infinity ? best.cone : best.any;
}
