/**
 * Lines over time: D3 computes scales, ticks, paths and label positions; the Svelte component only
 * draws what this returns, so the server and the browser draw the same SVG.
 */
import { area, curveLinear, curveStepAfter, extent, line, max, min, scaleLinear, scaleUtc } from 'd3';
import { DEFAULT_FRAME, NARROW, innerHeight, innerWidth, spreadLabels, type Frame, type Tick } from './frame';

export interface LinePoint {
	/** Epoch milliseconds (UTC). */
	x: number;
	y: number | null;
	/** What a screen reader hears on focus, e.g. "Canada's exports to China, 2019: US$16.2B". */
	label: string;
}

export interface LineSeries {
	id: string;
	label: string;
	colour: string;
	dash?: string;
	points: LinePoint[];
}

export interface Annotation {
	id: string;
	x: number;
	label: string;
	/** A span (e.g. detentions) rather than a moment. */
	xEnd?: number;
}

/** A short text pinned to a data value, e.g. "about 75% (as quoted)". */
export interface Callout {
	id: string;
	x: number;
	y: number;
	text: string;
	/** Offset of the text from the point, in pixels. */
	dx?: number;
	dy?: number;
	anchor?: 'start' | 'middle' | 'end';
}

export interface DrawnCallout extends Callout {
	px: number;
	py: number;
}

export interface LineModelOptions {
	frame?: Frame;
	yTick: (value: number) => string;
	xTick: (date: Date) => string;
	/** Force the y domain to include these values (e.g. 0 and 100 for shares). */
	yInclude?: number[];
	xInclude?: number[];
	step?: boolean;
	xTickCount?: number;
	callouts?: Callout[];
	/** Shaded areas between two series, e.g. the gap between two sides' figures for the same trade. */
	bands?: Band[];
}

/** The area between two series (by id), over the years both have a figure. */
export interface Band {
	id: string;
	between: [string, string];
	fill: string;
}

export interface DrawnBand {
	id: string;
	path: string;
	fill: string;
}

export interface DrawnPoint extends LinePoint {
	cx: number;
	cy: number;
	seriesId: string;
}

export interface DrawnSeries {
	id: string;
	label: string;
	colour: string;
	dash?: string;
	path: string;
	points: DrawnPoint[];
	/** The series' last point, and its direct label in the right margin, spread so labels do not overlap. */
	endX: number;
	endY: number;
	labelX: number;
	labelY: number;
	/** On a narrow frame the labels sit in a legend under the plot, each after a swatch of its line. */
	swatch: boolean;
}

export interface DrawnAnnotation extends Annotation {
	px: number;
	pxEnd?: number;
	/** 1-based number, as in the chart's list of events. */
	number: number;
}

/** Markers too close to draw apart share one badge, e.g. "3–7". */
export interface AnnotationBadge {
	px: number;
	text: string;
	numbers: number[];
}

export interface LineModel {
	frame: Frame;
	xTicks: Tick[];
	yTicks: Tick[];
	series: DrawnSeries[];
	annotations: DrawnAnnotation[];
	badges: AnnotationBadge[];
	callouts: DrawnCallout[];
	bands: DrawnBand[];
	plotWidth: number;
	plotHeight: number;
}

const LABEL_GAP = 14;
/** A direct label's offset from the plot, and the width of one of its characters (12 px, semi-bold: about 6.6 px, as frame.ts's labelRoom reckons). */
const LABEL_OFFSET = 10;
const LABEL_CHAR = 6.6;
const LEGEND_TOP = 34;
const LEGEND_ROW = 16;
/** Markers nearer than this (px) to a badge's edge join it. */
const BADGE_GAP = 16;
/** Width of a marker badge for its text, e.g. "3–7". */
export const badgeWidth = (text: string) => Math.max(13, text.length * 6 + 6);

export function lineModel(series: readonly LineSeries[], annotations: readonly Annotation[], options: LineModelOptions): LineModel {
	const base = options.frame ?? DEFAULT_FRAME;
	const legend = base.width < NARROW;
	// The legend's last row sits LEGEND_TOP + (n − 1) rows under the plot, with room for its text.
	const bottom = legend ? Math.max(base.margin.bottom, LEGEND_TOP + (series.length - 1) * LEGEND_ROW + 10) : base.margin.bottom;
	// Direct labels sit LABEL_OFFSET px right of the plot: the right margin holds the longest (French names run longer).
	const labelRoom = Math.ceil(Math.max(0, ...series.map((s) => s.label.length)) * LABEL_CHAR) + LABEL_OFFSET + 6;
	const frame: Frame = legend
		? { ...base, height: base.height - base.margin.bottom + bottom, margin: { ...base.margin, right: 20, bottom } }
		: labelRoom > base.margin.right
			? { ...base, margin: { ...base.margin, right: labelRoom } }
			: base;
	const w = innerWidth(frame);
	const h = innerHeight(frame);
	const defined = series.flatMap((s) => s.points.filter((p) => p.y !== null));
	const xs = [
		...defined.map((p) => p.x),
		...annotations.map((a) => a.xEnd ?? a.x),
		...annotations.map((a) => a.x),
		...(options.xInclude ?? [])
	];
	const ys = [...defined.map((p) => p.y as number), ...(options.yInclude ?? [])];
	const [x0, x1] = extent(xs) as [number, number];
	const x = scaleUtc()
		.domain([new Date(x0 ?? 0), new Date(x1 ?? 1)])
		.range([0, w]);
	const y = scaleLinear()
		.domain([Math.min(0, min(ys) ?? 0), max(ys) ?? 1])
		.nice()
		.range([h, 0]);

	// About one tick per 60 px of plot, at most the count asked for.
	const xTicks = x
		.ticks(Math.min(options.xTickCount ?? 8, Math.max(2, Math.floor(w / 60))))
		.map((d) => ({ value: d.getTime(), position: x(d), label: options.xTick(d) }));
	const yTicks = y.ticks(5).map((v) => ({ value: v, position: y(v), label: options.yTick(v) }));
	const path = line<LinePoint>()
		.defined((p) => p.y !== null)
		.x((p) => x(new Date(p.x)))
		.y((p) => y(p.y ?? 0))
		.curve(options.step ? curveStepAfter : curveLinear);

	const drawn = series.map((s) => {
		const points = s.points.filter((p) => p.y !== null).map((p) => ({ ...p, cx: x(new Date(p.x)), cy: y(p.y as number), seriesId: s.id }));
		const last = points.at(-1);
		const end = { endX: last?.cx ?? w, endY: last?.cy ?? 0 };
		return {
			id: s.id,
			label: s.label,
			colour: s.colour,
			dash: s.dash,
			path: path(s.points) ?? '',
			points,
			...end,
			labelX: w + LABEL_OFFSET,
			labelY: end.endY,
			swatch: false
		};
	});
	if (legend) drawn.forEach((d, i) => Object.assign(d, { labelX: 28, labelY: h + LEGEND_TOP + i * LEGEND_ROW, swatch: true }));
	else {
		const spread = spreadLabels(
			drawn.map((d) => d.labelY),
			LABEL_GAP,
			0,
			h
		);
		drawn.forEach((d, i) => (d.labelY = spread[i]));
	}

	// Numbered in the order given, which the chart's list of events repeats.
	const drawnAnnotations = annotations.map((a, i) => ({
		...a,
		px: x(new Date(a.x)),
		pxEnd: a.xEnd === undefined ? undefined : x(new Date(a.xEnd)),
		number: i + 1
	}));
	const badges: AnnotationBadge[] = [];
	const badgeText = (ns: number[]) => {
		const sorted = [...ns].sort((p, q) => p - q);
		const consecutive = sorted.every((n, k) => k === 0 || n === sorted[k - 1] + 1);
		return sorted.length === 1 ? String(sorted[0]) : consecutive ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(',');
	};
	let first = 0;
	for (const a of [...drawnAnnotations].sort((p, q) => p.px - q.px)) {
		const last = badges.at(-1);
		// Merge while the new marker would sit under the badge drawn so far.
		if (last && a.px - last.px < badgeWidth(last.text) / 2 + BADGE_GAP / 2) {
			last.numbers.push(a.number);
			last.text = badgeText(last.numbers);
			last.px = (first + a.px) / 2;
		} else {
			first = a.px;
			badges.push({ px: a.px, text: String(a.number), numbers: [a.number] });
		}
	}
	const callouts = (options.callouts ?? []).map((c) => ({ ...c, px: x(new Date(c.x)), py: y(c.y) }));
	const bands = (options.bands ?? []).map((b) => ({ id: b.id, fill: b.fill, path: bandPath(series, b, x, y, options.step) }));
	return { frame, xTicks, yTicks, series: drawn, annotations: drawnAnnotations, badges, callouts, bands, plotWidth: w, plotHeight: h };
}

/** The area between two series at the x values they share, broken where either has no figure. */
function bandPath(
	series: readonly LineSeries[],
	band: Band,
	x: (d: Date) => number,
	y: (v: number) => number,
	step: boolean | undefined
): string {
	const [a, b] = band.between.map((id) => series.find((s) => s.id === id));
	if (!a || !b) return '';
	const other = new Map(b.points.map((p) => [p.x, p.y]));
	const pairs = a.points.map((p) => ({ x: p.x, y0: p.y, y1: other.get(p.x) ?? null }));
	return (
		area<(typeof pairs)[number]>()
			.defined((p) => p.y0 !== null && p.y1 !== null)
			.x((p) => x(new Date(p.x)))
			.y0((p) => y(p.y0 ?? 0))
			.y1((p) => y(p.y1 ?? 0))
			.curve(step ? curveStepAfter : curveLinear)(pairs) ?? ''
	);
}

/**
 * One point a year from `first` to `last`: `at` gives the value and label of a year, or null
 * where there is no figure, which the line shows as a gap rather than bridging it.
 */
export function annualPoints(first: number, last: number, at: (year: number) => { y: number | null; label: string }): LinePoint[] {
	const points: LinePoint[] = [];
	for (let year = first; year <= last; year++) points.push({ x: yearX(year), ...at(year) });
	return points;
}

/** A calendar year as an x value: epoch milliseconds of its first day (1 January, UTC). */
export const yearX = (year: number) => Date.UTC(year, 0, 1);
export const isoX = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
