/** canola-exports: Canada's canola seed, oil and meal exports to all partners, with China's duties marked. */
import type { Lang } from '$lib/i18n/lang';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { isoX, lineModel, type LineModel, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import { CANOLA_PRODUCTS, type CanolaProduct } from '$lib/data/queries';
import type { BuiltChart, ChartOptions } from '../chart-def';
import { annotations, type EventName } from '../events';
import { sourcesFor, type StoryData } from '../story-data';

const STYLE: Record<CanolaProduct, { colour: string; dash?: string }> = {
	seed: { colour: OKABE_ITO.blue },
	oil: { colour: OKABE_ITO.orange, dash: DASH.dashed },
	meal: { colour: OKABE_ITO.green, dash: DASH.dotted }
};

export function canolaMeta(frequency: 'month' | 'quarter', { t }: Lang) {
	return { title: t('canola.title'), units: t(`canola.units.${frequency}`), basis: t(`canola.basis.${frequency}`) };
}

/** China's duties and the deal, marked on the chart. */
export const CANOLA_EVENTS = ['canolaOil', 'canolaSeed', 'beijing'] as const satisfies readonly EventName[];

/** Seed exports at their low after China's deposit, the period before, and the latest. */
export function canolaTakeaway(data: StoryData, l: Lang): string {
	const { t, f } = l;
	const frequency = data.canola[0]?.frequency ?? 'quarter';
	const seed = data.canola.filter((r) => r.product === 'seed');
	const [seedDuty] = annotations(data, ['canolaSeed'], l);
	const after = seed.filter((r) => isoX(r.periodEnd) >= seedDuty.x);
	const trough = after.reduce((a, b) => (b.value < a.value ? b : a), after[0]);
	const before = trough ? seed[seed.indexOf(trough) - 1] : undefined;
	const last = seed[seed.length - 1];
	if (!trough || !before || !last) return t('canola.takeaway.none');
	return t(`canola.takeaway.${frequency}`, {
		trough: f.money(trough.value, trough.currency),
		troughPeriod: f.periodText(trough.periodStart, frequency),
		before: f.money(before.value, before.currency),
		lastPeriod: f.periodText(last.periodStart, frequency),
		last: f.money(last.value, last.currency)
	});
}

export function canolaChart(data: StoryData, { lang: l, width, height }: ChartOptions): BuiltChart<LineModel> {
	const { t, f } = l;
	const product = (p: CanolaProduct) => t(`canola.${p}`);
	const rows = data.canola;
	const frequency = rows[0]?.frequency ?? 'quarter';
	const series: LineSeries[] = CANOLA_PRODUCTS.map((p) => ({
		id: p,
		label: product(p),
		...STYLE[p],
		points: rows
			.filter((r) => r.product === p)
			.map((r) => ({
				x: isoX(r.periodStart),
				y: r.value / 1e6,
				label: t('canola.point', {
					product: product(p).toLowerCase(),
					period: f.periodText(r.periodStart, r.frequency),
					value: f.money(r.value, r.currency)
				})
			}))
	}));
	const events = annotations(data, CANOLA_EVENTS, l);
	const periods = [...new Set(rows.map((r) => r.periodStart))].sort();
	const table: ChartTable = {
		caption: t(`canola.table.caption.${frequency}`),
		columns: [
			{ key: 'period', label: t(`canola.${frequency}`) },
			...CANOLA_PRODUCTS.map((p) => ({ key: p, label: product(p), numeric: true }))
		],
		rows: pivotRows(
			periods,
			'period',
			(start) => f.periodText(start, frequency),
			CANOLA_PRODUCTS,
			(start, p) => rows.find((r) => r.product === p && r.periodStart === start)?.value
		),
		format: (_k, v) => f.millionsTick(v)
	};
	return {
		model: lineModel(series, events, {
			frame: frameFor(DEFAULT_FRAME, width, height),
			yTick: (v) => f.millionsTick(v * 1e6),
			xTick: (d) => f.periodText(d.toISOString().slice(0, 10), 'quarter'),
			yInclude: [0],
			xTickCount: 6
		}),
		events,
		table,
		meta: canolaMeta(frequency, l),
		takeaway: canolaTakeaway(data, l),
		figureIds: events.flatMap((e) => e.figureIds),
		sources: sourcesFor(data, [...rows.map((r) => r.sourceId), ...events.map((e) => e.sourceId)])
	};
}
