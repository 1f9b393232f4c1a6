/** The story's charts, in reading order: each has a stable id used in URLs, embeds and tests. */
export const CHART_IDS = ['headline-figures', 'bilateral-trade', 'export-dependence', 'tariff-timeline', 'canola-exports', 'ev-quota', 'public-opinion'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const isChartId = (value: string): value is ChartId => (CHART_IDS as readonly string[]).includes(value);

/** The queries each chart draws on, shown with the chart on its own page. */
export const CHART_QUERIES: Record<ChartId, readonly string[]> = {
	'headline-figures': ['figures', 'export-dependence', 'bilateral-trade', 'sources'],
	'bilateral-trade': ['bilateral-trade', 'figures', 'tariff-timeline', 'sources'],
	'export-dependence': ['export-dependence', 'figures', 'sources'],
	'tariff-timeline': ['tariff-timeline', 'figures', 'sources'],
	'canola-exports': ['canola-exports', 'tariff-timeline', 'sources'],
	'ev-quota': ['figures', 'sources'],
	'public-opinion': ['public-opinion', 'figures', 'tariff-timeline', 'sources']
};
