/**
 * Where a chart's frame is shown, set by whatever holds it. On a page (the default) the frame is
 * whole. On a slide it styles itself for a room: a plain frame, a large title, the drawing filling
 * the height left and drawn narrower then scaled up; it shows its title, units, drawing, data
 * table and source line, and leaves its takeaway, basis, controls, event list, notes, downloads
 * and embed code to the slide's caption and speaker notes.
 */
import { getContext, setContext } from 'svelte';

export interface FrameContext {
	mode: 'page' | 'slide';
}

const KEY = Symbol('trade-lens:frame');
const ON_A_PAGE: FrameContext = { mode: 'page' };

/** Called by a component that shows charts somewhere other than a page, for the charts inside it. */
export const setFrameContext = (context: FrameContext): FrameContext => setContext(KEY, context);

/** Where this chart is shown: a page unless a component around it said otherwise. */
export const frameContext = (): FrameContext => getContext<FrameContext | undefined>(KEY) ?? ON_A_PAGE;

/** How much larger a chart's text is drawn on a slide than on a page. */
export const SLIDE_SCALE = 1.35;
