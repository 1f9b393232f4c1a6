/**
 * The slide deck: one slide for each of the story's charts, in the story's order, each with a
 * caption (what it shows, the chart's takeaway, a question to discuss) and speaker notes. A slide
 * may reveal its chart step by step.
 */
import type { Lang } from '$lib/i18n/lang';
import type { MessageKey } from '$lib/i18n/translate';
import { CHART_IDS, type ChartId } from '$lib/story/chart-ids';
import { bilateralChart, bilateralMeta, bilateralTakeaway } from '$lib/story/charts/bilateral-trade';
import { canolaChart } from '$lib/story/charts/canola-exports';
import { evQuotaChart, evQuotaMeta } from '$lib/story/charts/ev-quota';
import { DEPENDENCE_REVEAL, exportDependenceChart, exportDependenceMeta } from '$lib/story/charts/export-dependence';
import { headlineChart, headlineMeta } from '$lib/story/charts/headline-figures';
import { publicOpinionChart, publicOpinionMeta } from '$lib/story/charts/public-opinion';
import { tariffChart, tariffMeta } from '$lib/story/charts/tariff-timeline';
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

/** A slide's words, from the same builders that draw its chart, so its takeaway states the data's figures. */
export function slideText(id: ChartId, data: StoryData, l: Lang): SlideText {
	const { t } = l;
	const chart = (): { title: string; takeaway: string; events: string[] } => {
		switch (id) {
			case 'headline-figures':
				return { title: headlineMeta(l).title, takeaway: headlineChart(data, l).takeaway, events: [] };
			case 'bilateral-trade':
				return { title: bilateralMeta(l).title, takeaway: bilateralTakeaway(data, l), events: bilateralChart(data, data.trade, -Infinity, Infinity, undefined, l).events.map((e) => e.label) };
			case 'export-dependence':
				return { title: exportDependenceMeta(l).title, takeaway: exportDependenceChart(data, undefined, l).takeaway, events: [] };
			case 'tariff-timeline':
				return { title: tariffMeta(l).title, takeaway: tariffChart(data, undefined, l).takeaway, events: [] };
			case 'canola-exports': {
				const c = canolaChart(data, undefined, l);
				return { title: c.meta.title, takeaway: c.takeaway, events: c.events.map((e) => e.label) };
			}
			case 'ev-quota':
				return { title: evQuotaMeta(l).title, takeaway: evQuotaChart(data, undefined, l).takeaway, events: [] };
			case 'public-opinion': {
				const c = publicOpinionChart(data, undefined, l);
				return { title: publicOpinionMeta(l).title, takeaway: c.takeaway, events: c.events.map((e) => e.label) };
			}
		}
	};
	const { title, takeaway, events } = chart();
	return { title, takeaway, events, shows: t(`present.${id}.shows`), question: t(`present.${id}.question`), notes: t(`present.${id}.notes`) };
}
