/**
 * The story's charts, in reading order: the one list of them. Each entry names the chart's stable
 * id (used in URLs, embeds and tests), the story section it stands in, its component, the queries
 * it draws on, its build function and any reveal its slide makes. The story page (its sections),
 * chart pages, embeds, the slide deck (its slides and steps), the figures ledger, the SQL under
 * each chart and the tests all read this list: a new chart is a new entry and its own files.
 */
import { allFigures, allSources, bilateralTrade, canolaExports, exportShares, publicOpinion, tariffEvents } from '$lib/data/queries';
import { defineChart, type StorySection } from './chart-def';
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
		section: 'headlines',
		component: HeadlineFigures,
		queries: [allFigures, exportShares, bilateralTrade, allSources],
		build: headlineChart
	}),
	defineChart({
		id: 'bilateral-trade',
		section: 'trade',
		component: BilateralTrade,
		queries: [bilateralTrade, allFigures, tariffEvents, allSources],
		build: bilateralChart
	}),
	defineChart({
		id: 'export-dependence',
		section: 'dependence',
		component: ExportDependence,
		queries: [exportShares, allFigures, allSources],
		build: exportDependenceChart,
		reveal: DEPENDENCE_REVEAL.map((series, i) => ({
			series,
			text: (['present.reveal.usa', 'present.reveal.chn', 'present.reveal.rest'] as const)[i]
		}))
	}),
	defineChart({
		id: 'tariff-timeline',
		section: 'tariffs',
		component: TariffTimeline,
		queries: [tariffEvents, allFigures, allSources],
		build: tariffChart
	}),
	defineChart({
		id: 'canola-exports',
		section: 'tariffs',
		component: CanolaExports,
		queries: [canolaExports, tariffEvents, allSources],
		build: canolaChart
	}),
	defineChart({ id: 'ev-quota', section: 'quota', component: EvQuota, queries: [allFigures, allSources], build: evQuotaChart }),
	defineChart({
		id: 'public-opinion',
		section: 'opinion',
		component: PublicOpinion,
		queries: [publicOpinion, allFigures, tariffEvents, allSources],
		build: publicOpinionChart
	})
];

export type ChartId = (typeof CHARTS)[number]['id'];
export const CHART_IDS: readonly ChartId[] = CHARTS.map((c) => c.id);
export const isChartId = (value: string): value is ChartId => (CHART_IDS as readonly string[]).includes(value);
export const chartDef = (id: ChartId) => CHARTS.find((c) => c.id === id)!;

/** The story's sections in reading order, each with its charts (neighbouring entries of one section). */
export const SECTIONS: readonly { key: StorySection; charts: readonly ChartId[] }[] = CHARTS.reduce<
	{ key: StorySection; charts: ChartId[] }[]
>((sections, c) => {
	const last = sections.at(-1);
	if (last?.key === c.section) last.charts.push(c.id);
	else sections.push({ key: c.section, charts: [c.id] });
	return sections;
}, []);
