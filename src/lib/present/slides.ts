/**
 * The slide deck: one slide for each of the story's charts, in the story's order, each with a
 * caption (what it shows, the chart's takeaway, a question to discuss) and speaker notes. A slide
 * may reveal its chart step by step.
 */
import type { Lang } from '$lib/i18n/lang';
import type { MessageKey } from '$lib/i18n/translate';
import { CHART_IDS, type ChartId } from '$lib/story/chart-ids';
import { BILATERAL_EVENTS, bilateralMeta, bilateralTakeaway } from '$lib/story/charts/bilateral-trade';
import { CANOLA_EVENTS, canolaMeta, canolaTakeaway } from '$lib/story/charts/canola-exports';
import { evQuotaMeta, evQuotaTakeaway } from '$lib/story/charts/ev-quota';
import { DEPENDENCE_REVEAL, exportDependenceMeta, exportDependenceTakeaway } from '$lib/story/charts/export-dependence';
import { headlineChart, headlineMeta } from '$lib/story/charts/headline-figures';
import { OPINION_EVENTS, publicOpinionMeta, publicOpinionTakeaway } from '$lib/story/charts/public-opinion';
import { tariffMeta, tariffTakeaway } from '$lib/story/charts/tariff-timeline';
import { annotations, type EventName } from '$lib/story/events';
import type { StoryData } from '$lib/story/story-data';

export interface RevealStep {
	/** The series drawn at this step. */
	series: readonly string[];
	/** What the step adds, said on the slide and to screen readers. */
	text: MessageKey;
}

export interface SlideSpec {
	id: ChartId;
	/** Steps of a reveal inside the chart; a slide without them shows its chart whole. */
	reveal?: readonly RevealStep[];
}

export const SLIDES: readonly SlideSpec[] = CHART_IDS.map((id) =>
	id === 'export-dependence'
		? {
				id,
				reveal: DEPENDENCE_REVEAL.map((series, i) => ({ series, text: (['present.reveal.usa', 'present.reveal.chn', 'present.reveal.rest'] as const)[i] }))
			}
		: { id }
);

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

/** Each chart's title, takeaway and marked events, from the functions its chart is drawn with. */
const CHART_TEXT: Record<ChartId, { title(l: Lang): string; takeaway(data: StoryData, l: Lang): string; events: readonly EventName[] }> = {
	'headline-figures': { title: (l) => headlineMeta(l).title, takeaway: (data, l) => headlineChart(data, l).takeaway, events: [] },
	'bilateral-trade': { title: (l) => bilateralMeta(l).title, takeaway: bilateralTakeaway, events: BILATERAL_EVENTS },
	'export-dependence': { title: (l) => exportDependenceMeta(l).title, takeaway: exportDependenceTakeaway, events: [] },
	'tariff-timeline': { title: (l) => tariffMeta(l).title, takeaway: tariffTakeaway, events: [] },
	'canola-exports': { title: (l) => canolaMeta('quarter', l).title, takeaway: canolaTakeaway, events: CANOLA_EVENTS },
	'ev-quota': { title: (l) => evQuotaMeta(l).title, takeaway: evQuotaTakeaway, events: [] },
	'public-opinion': { title: (l) => publicOpinionMeta(l).title, takeaway: publicOpinionTakeaway, events: OPINION_EVENTS }
};

/** A slide's words; its takeaway states the data's figures as its chart does. */
export function slideText(id: ChartId, data: StoryData, l: Lang): SlideText {
	const { t } = l;
	const chart = CHART_TEXT[id];
	return {
		title: chart.title(l),
		takeaway: chart.takeaway(data, l),
		events: annotations(data, chart.events, l).map((e) => e.label),
		shows: t(`present.${id}.shows`),
		question: t(`present.${id}.question`),
		notes: t(`present.${id}.notes`)
	};
}
