/** Horizontal bars on one linear scale, with value labels: D3 computes, the component draws. */
import { scaleBand, scaleLinear } from 'd3';
import { NARROW, innerWidth, type Frame, type Tick } from './frame';

export interface Bar {
	id: string;
	label: string;
	value: number;
	colour: string;
	/** Text after the bar, e.g. "up to 49,000 (2.7% of sales)". */
	text: string;
	/** What a screen reader hears on focus. */
	description: string;
	/** Hatched: a cap or plan rather than a count. */
	hatched?: boolean;
}

export interface DrawnBar extends Bar {
	y: number;
	height: number;
	width: number;
	cx: number;
	cy: number;
	/** Where its name and its value text go: beside the bar when wide, above and below it when narrow. */
	labelX: number;
	labelY: number;
	labelAnchor: 'start' | 'end';
	valueX: number;
	valueY: number;
}

export interface BarsModel {
	frame: Frame;
	plotWidth: number;
	plotHeight: number;
	bars: DrawnBar[];
	xTicks: Tick[];
}

/** A narrow row: the name, the bar, the value text. */
const NARROW_ROW = { label: 12, gap: 5, bar: 20, value: 15, after: 10 };

export function barsModel(bars: readonly Bar[], base: Frame, tickFormat: (v: number) => string, barHeight = 44): BarsModel {
	const narrow = base.width < NARROW;
	const frame: Frame = narrow ? { ...base, margin: { ...base.margin, left: 10, right: 14 } } : base;
	const w = innerWidth(frame);
	const row = NARROW_ROW.label + NARROW_ROW.gap + NARROW_ROW.bar + NARROW_ROW.value + NARROW_ROW.after;
	const h = bars.length * (narrow ? row : barHeight);
	const x = scaleLinear()
		.domain([0, Math.max(...bars.map((b) => b.value), 1)])
		.nice()
		.range([0, w]);
	const y = scaleBand()
		.domain(bars.map((b) => b.id))
		.range([0, h])
		.padding(narrow ? 0 : 0.3);
	return {
		frame,
		plotWidth: w,
		plotHeight: h,
		bars: bars.map((b) => {
			const width = Math.max(1.5, x(b.value));
			if (narrow) {
				const top = (y(b.id) ?? 0) + NARROW_ROW.label + NARROW_ROW.gap;
				const cy = top + NARROW_ROW.bar / 2;
				return {
					...b,
					y: top,
					height: NARROW_ROW.bar,
					width,
					cx: width,
					cy,
					labelX: 0,
					labelY: top - NARROW_ROW.gap - 4,
					labelAnchor: 'start' as const,
					valueX: 0,
					valueY: top + NARROW_ROW.bar + 11
				};
			}
			const top = y(b.id) ?? 0;
			const cy = top + y.bandwidth() / 2;
			return {
				...b,
				y: top,
				height: y.bandwidth(),
				width,
				cx: width,
				cy,
				labelX: -8,
				labelY: cy,
				labelAnchor: 'end' as const,
				valueX: width + 6,
				valueY: cy
			};
		}),
		xTicks: x.ticks(narrow ? 3 : 5).map((v) => ({ value: v, position: x(v), label: tickFormat(v) }))
	};
}
