/** Which chart draws each figure of the ledger, so the ledger can link to it. */
import type { ChartId } from './chart-ids';
import { bilateralChart } from './charts/bilateral-trade';
import { canolaChart } from './charts/canola-exports';
import { evQuotaChart } from './charts/ev-quota';
import { exportDependenceChart } from './charts/export-dependence';
import { headlineChart } from './charts/headline-figures';
import { publicOpinionChart } from './charts/public-opinion';
import { tariffChart } from './charts/tariff-timeline';
import type { StoryData } from './story-data';

/** Each chart's figures and sources. */
function uses(data: StoryData): [ChartId, { figureIds: string[]; sources: { sourceId: string }[] }][] {
	return [
		['headline-figures', headlineChart(data)],
		['bilateral-trade', bilateralChart(data)],
		['export-dependence', exportDependenceChart(data)],
		['tariff-timeline', tariffChart(data)],
		['canola-exports', canolaChart(data)],
		['ev-quota', evQuotaChart(data)],
		['public-opinion', publicOpinionChart(data)]
	];
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
	return { ...data, figures: data.figures.filter((f) => figureIds.has(f.figureId)), sources: data.sources.filter((s) => sourceIds.has(s.sourceId)) };
}
