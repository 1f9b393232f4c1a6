import type { Picture } from './svg-text';
import type { ChartTable } from './table';

/** What the controls under a chart frame (downloads, embed code) act on. */
export interface FrameActions {
	id: string;
	/** The frame's figure element, holding the drawing. */
	figure: HTMLElement | undefined;
	table: ChartTable;
	text: { title: string; takeaway: string; sourceLine: string };
	/** The chart's current choices as URL parameters. */
	viewQuery: string;
	/** The drawing for image exports, where the chart is not an SVG on screen. */
	picture?: Picture;
}
