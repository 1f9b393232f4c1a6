/**
 * The slide deck: one slide for each of the story's charts, in the story's order, each with a
 * caption (what it shows, the chart's takeaway, a question to discuss) and speaker notes. A slide
 * may reveal its chart step by step.
 */
import type { Lang } from '$lib/i18n/lang';
import type { RevealStep } from '$lib/story/chart-def';
import { CHARTS, chartDef, type ChartId } from '$lib/story/registry';
import type { StoryData } from '$lib/story/story-data';

export interface SlideSpec {
	id: ChartId;
	/** Steps of a reveal inside the chart; a slide without them shows its chart whole. */
	reveal?: readonly RevealStep[];
}

/** One slide a chart, in the story's order, with the reveal its registry entry gives. */
export const SLIDES: readonly SlideSpec[] = CHARTS.map((c) => ({ id: c.id, ...(c.reveal ? { reveal: c.reveal } : {}) }));

/** Steps per slide (1 for a slide without a reveal). */
export const SLIDE_STEPS: readonly number[] = SLIDES.map((s) => s.reveal?.length ?? 1);

export interface SlideText {
	title: string;
	shows: string;
	takeaway: string;
	question: string;
	notes: string;
	/** The numbered events marked on the chart, for the speaker notes. */
	events: string[];
}

/** A slide's words; its takeaway states the data's figures as its chart does. */
export function slideText(id: ChartId, data: StoryData, l: Lang): SlideText {
	const { t } = l;
	const chart = chartDef(id).build(data, { lang: l });
	return {
		title: chart.meta.title,
		takeaway: chart.takeaway,
		events: chart.events.map((e) => e.label),
		shows: t(`present.${id}.shows`),
		question: t(`present.${id}.question`),
		notes: t(`present.${id}.notes`)
	};
}
