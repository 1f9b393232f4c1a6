/** Which chart draws each figure of the ledger, so the ledger can link to it. */
import { ENGLISH } from '$lib/i18n/lang';
import { CHARTS, chartDef, type ChartId } from './registry';
import { STORY_PARTS, type StoryData } from './story-data';

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

/**
 * What one chart needs to hydrate and no more (an embed's page): the parts of the story its queries
 * read, and of the figures and sources only those it states and cites. Other parts are empty.
 */
export function storyForChart(data: StoryData, id: ChartId): StoryData {
	const def = chartDef(id);
	const { figureIds, sources } = def.build(data, { lang: ENGLISH });
	const [figures, cited] = [new Set(figureIds), new Set(sources.map((s) => s.sourceId))];
	const reads = (part: keyof StoryData) => (def.queries as readonly unknown[]).includes(STORY_PARTS[part]);
	const part = <K extends keyof StoryData>(key: K): StoryData[K] => (reads(key) ? data[key] : ([] as unknown as StoryData[K]));
	return {
		trade: part('trade'),
		shares: part('shares'),
		opinion: part('opinion'),
		tariffs: part('tariffs'),
		canola: part('canola'),
		figures: data.figures.filter((f) => figures.has(f.figureId)),
		sources: data.sources.filter((s) => cited.has(s.sourceId))
	};
}
