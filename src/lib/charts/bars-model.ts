/** Horizontal bars on one linear scale, with value labels: D3 computes, the component draws. */
import { scaleBand, scaleLinear } from 'd3';
import { innerWidth, type Frame, type Tick } from './frame';

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
}

export interface BarsModel {
	frame: Frame;
	plotWidth: number;
	plotHeight: number;
	bars: DrawnBar[];
	xTicks: Tick[];
}

export function barsModel(bars: readonly Bar[], frame: Frame, tickFormat: (v: number) => string, barHeight = 44): BarsModel {
	const w = innerWidth(frame);
	const h = bars.length * barHeight;
	const x = scaleLinear()
		.domain([0, Math.max(...bars.map((b) => b.value), 1)])
		.nice()
		.range([0, w]);
	const y = scaleBand()
		.domain(bars.map((b) => b.id))
		.range([0, h])
		.padding(0.3);
	return {
		frame,
		plotWidth: w,
		plotHeight: h,
		bars: bars.map((b) => {
			const top = y(b.id) ?? 0;
			const width = Math.max(1.5, x(b.value));
			return { ...b, y: top, height: y.bandwidth(), width, cx: width, cy: top + y.bandwidth() / 2 };
		}),
		xTicks: x.ticks(5).map((v) => ({ value: v, position: x(v), label: tickFormat(v) }))
	};
}
