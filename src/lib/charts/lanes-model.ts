/**
 * Step lanes: one row per measure group, each a step line of a rate over time, segments styled by
 * status (in force, announced, expected). D3 computes the scales; the component draws.
 */
import { scaleLinear, scaleUtc } from 'd3';
import { NARROW, innerWidth, type Frame, type Tick } from './frame';

export type SegmentStatus = 'in_force' | 'announced' | 'expected';

export interface LaneSegment {
	id: string;
	/** Epoch ms the rate applies from, and until (the next segment, or the end of the chart). */
	from: number;
	to: number;
	rate: number;
	status: SegmentStatus;
	/** Short text drawn by the segment, e.g. "100%". */
	text: string;
	/** What a screen reader hears on focus. */
	label: string;
}

export interface Lane {
	id: string;
	label: string;
	colour: string;
	segments: LaneSegment[];
}

export interface DrawnSegment extends LaneSegment {
	x0: number;
	x1: number;
	y: number;
	/** Vertical riser from the previous segment's level, if any. */
	riseFrom?: number;
	cx: number;
	cy: number;
}

export interface DrawnLane extends Lane {
	top: number;
	height: number;
	segments: DrawnSegment[];
	baseline: number;
	/** The lane's name: left of its baseline when wide, across its top when narrow. */
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
}

export interface LanesModel {
	frame: Frame;
	plotWidth: number;
	plotHeight: number;
	lanes: DrawnLane[];
	xTicks: Tick[];
	/** Rate gridlines within a lane (0% and the highest rate). */
	rateMax: number;
	today?: number;
}

export interface LanesOptions {
	frame: Frame;
	domain: [number, number];
	laneHeight: number;
	xTick: (d: Date) => string;
}

const NAME_ROW = 18;

export function lanesModel(lanes: readonly Lane[], options: LanesOptions): LanesModel {
	const narrow = options.frame.width < NARROW;
	const frame: Frame = narrow ? { ...options.frame, margin: { ...options.frame.margin, left: 10, right: 14 } } : options.frame;
	const laneHeight = options.laneHeight + (narrow ? NAME_ROW : 0);
	const w = innerWidth(frame);
	const x = scaleUtc()
		.domain(options.domain.map((d) => new Date(d)))
		.range([0, w]);
	const rateMax = Math.max(...lanes.flatMap((l) => l.segments.map((s) => s.rate)), 1);
	const y = scaleLinear()
		.domain([0, rateMax])
		.range([laneHeight - 10, 20 + (narrow ? NAME_ROW : 0)]);
	const drawn = lanes.map((lane, i) => {
		const top = i * laneHeight;
		let previous: number | undefined;
		const segments = lane.segments.map((s) => {
			const x0 = x(new Date(s.from));
			const x1 = x(new Date(s.to));
			const yy = top + y(s.rate);
			const seg = { ...s, x0, x1, y: yy, riseFrom: previous, cx: x0, cy: yy };
			previous = yy;
			return seg;
		});
		const label = narrow
			? { labelX: 0, labelY: top + 10, labelAnchor: 'start' as const }
			: { labelX: -8, labelY: top + y(0) - 6, labelAnchor: 'end' as const };
		return { ...lane, top, height: laneHeight, segments, baseline: top + y(0), ...label };
	});
	// About one tick per 110 px, so month names fit in either language ("janv. 2026").
	const xTicks = x
		.ticks(narrow ? 3 : Math.max(3, Math.floor(w / 110)))
		.map((d) => ({ value: d.getTime(), position: x(d), label: options.xTick(d) }));
	return { frame, plotWidth: w, plotHeight: lanes.length * laneHeight, lanes: drawn, xTicks, rateMax };
}
