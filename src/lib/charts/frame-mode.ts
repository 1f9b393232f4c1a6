/**
 * Context key set by the slide deck: a chart on a slide shows its title, units, drawing, data table
 * and source line, and leaves its takeaway, basis, controls, event list, notes, downloads and embed
 * code to the slide's caption and speaker notes.
 */
export const PRESENTING = Symbol('trade-lens:presenting');

/** How much larger a chart's text is drawn on a slide than on a page. */
export const PRESENT_SCALE = 1.35;
