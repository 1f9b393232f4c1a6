/**
 * The story's charts, in reading order: the one list of them. Each entry names the chart's stable
 * id (used in URLs, embeds and tests), its component, the queries it draws on, its build function
 * and any reveal its slide makes. The story page, chart pages, embeds, the slide deck, the figures
 * ledger and the SQL under each chart all read this list.
 */
import { allFigures, allSources, bilateralTrade, canolaExports, exportShares, publicOpinion, tariffEvents } from '$lib/data/queries';
import { defineChart } from './chart-def';
import BilateralTrade from './charts/BilateralTrade.svelte';
import CanolaExports from './charts/CanolaExports.svelte';
import EvQuota from './charts/EvQuota.svelte';
import ExportDependence from './charts/ExportDependence.svelte';
import HeadlineFigures from './charts/HeadlineFigures.svelte';
import PublicOpinion from './charts/PublicOpinion.svelte';
import TariffTimeline from './charts/TariffTimeline.svelte';
import { bilateralChart } from './charts/bilateral-trade';
import { canolaChart } from './charts/canola-exports';
import { evQuotaChart } from './charts/ev-quota';
import { DEPENDENCE_REVEAL, exportDependenceChart } from './charts/export-dependence';
import { headlineChart } from './charts/headline-figures';
import { publicOpinionChart } from './charts/public-opinion';
import { tariffChart } from './charts/tariff-timeline';

export const CHARTS = [
	defineChart({
		id: 'headline-figures',
		component: HeadlineFigures,
		queries: [allFigures, exportShares, bilateralTrade, allSources],
		build: headlineChart
	}),
	defineChart({
		id: 'bilateral-trade',
		component: BilateralTrade,
		queries: [bilateralTrade, allFigures, tariffEvents, allSources],
		build: bilateralChart
	}),
	defineChart({
		id: 'export-dependence',
		component: ExportDependence,
		queries: [exportShares, allFigures, allSources],
		build: exportDependenceChart,
		reveal: DEPENDENCE_REVEAL.map((series, i) => ({
			series,
			text: (['present.reveal.usa', 'present.reveal.chn', 'present.reveal.rest'] as const)[i]
		}))
	}),
	defineChart({ id: 'tariff-timeline', component: TariffTimeline, queries: [tariffEvents, allFigures, allSources], build: tariffChart }),
	defineChart({ id: 'canola-exports', component: CanolaExports, queries: [canolaExports, tariffEvents, allSources], build: canolaChart }),
	defineChart({ id: 'ev-quota', component: EvQuota, queries: [allFigures, allSources], build: evQuotaChart }),
	defineChart({
		id: 'public-opinion',
		component: PublicOpinion,
		queries: [publicOpinion, allFigures, tariffEvents, allSources],
		build: publicOpinionChart
	})
];

export type ChartId = (typeof CHARTS)[number]['id'];
export const CHART_IDS: readonly ChartId[] = CHARTS.map((c) => c.id);
export const isChartId = (value: string): value is ChartId => (CHART_IDS as readonly string[]).includes(value);
export const chartDef = (id: ChartId) => CHARTS.find((c) => c.id === id)!;
