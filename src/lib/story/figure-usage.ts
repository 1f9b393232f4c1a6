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

export function chartsByFigure(data: StoryData): Record<string, ChartId[]> {
	const uses: [ChartId, string[]][] = [
		['headline-figures', headlineChart(data).figureIds],
		['bilateral-trade', bilateralChart(data).figureIds],
		['export-dependence', exportDependenceChart(data).figureIds],
		['tariff-timeline', tariffChart(data).figureIds],
		['canola-exports', canolaChart(data).figureIds],
		['ev-quota', evQuotaChart(data).figureIds],
		['public-opinion', publicOpinionChart(data).figureIds]
	];
	const out: Record<string, ChartId[]> = {};
	for (const [chart, ids] of uses) for (const id of new Set(ids)) (out[id] ??= []).push(chart);
	return out;
}
