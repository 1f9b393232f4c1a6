/** Which chart draws each figure of the ledger, so the ledger can link to it. */
import { ENGLISH } from '$lib/i18n/lang';
import { CHARTS, type ChartId } from './registry';
import type { StoryData } from './story-data';

/** Each chart's figures and sources (the same in every language). */
function uses(data: StoryData): [ChartId, { figureIds: string[]; sources: { sourceId: string }[] }][] {
	return CHARTS.map((c) => [c.id, c.build(data, { lang: ENGLISH })]);
}

export function chartsByFigure(data: StoryData): Record<string, ChartId[]> {
	const out: Record<string, ChartId[]> = {};
	for (const [chart, { figureIds }] of uses(data)) for (const id of new Set(figureIds)) (out[id] ??= []).push(chart);
	return out;
}

/** Only the figures and sources the charts draw: what a chart page needs to hydrate, and no more. */
export function storyForCharts(data: StoryData): StoryData {
	const used = uses(data);
	const figureIds = new Set(used.flatMap(([, u]) => u.figureIds));
	const sourceIds = new Set(used.flatMap(([, u]) => u.sources.map((s) => s.sourceId)));
	return {
		...data,
		figures: data.figures.filter((f) => figureIds.has(f.figureId)),
		sources: data.sources.filter((s) => sourceIds.has(s.sourceId))
	};
}
