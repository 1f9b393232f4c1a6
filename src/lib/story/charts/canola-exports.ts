/** canola-exports: Canada's canola seed, oil and meal exports to all partners, with China's duties marked. */
import { millionsTick, money, periodText } from '$lib/charts/format';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { isoX, lineModel, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import { CANOLA_PRODUCTS, type CanolaProduct } from '$lib/data/queries';
import { annotations } from '../events';
import { sourcesFor, type StoryData } from '../story-data';

const PRODUCT_LABEL: Record<CanolaProduct, string> = { seed: 'Seed', oil: 'Oil', meal: 'Meal' };
const STYLE: Record<CanolaProduct, { colour: string; dash?: string }> = {
	seed: { colour: OKABE_ITO.blue },
	oil: { colour: OKABE_ITO.orange, dash: DASH.dashed },
	meal: { colour: OKABE_ITO.green, dash: DASH.dotted }
};

export function canolaMeta(frequency: 'month' | 'quarter') {
	const every = frequency === 'month' ? 'month' : 'quarter';
	return {
		title: 'Canada’s canola exports to all partners',
		units: `C$ millions a ${every}, current prices`,
		basis: `Canada’s customs exports to every destination together (not China alone), by ${every}; seed HS 1205, oil HS 1514, meal HS 2306.41`
	};
}

export function canolaChart(data: StoryData, width?: number) {
	const rows = data.canola;
	const frequency = rows[0]?.frequency ?? 'quarter';
	const series: LineSeries[] = CANOLA_PRODUCTS.map((p) => ({
		id: p,
		label: PRODUCT_LABEL[p],
		...STYLE[p],
		points: rows
			.filter((r) => r.product === p)
			.map((r) => ({ x: isoX(r.periodStart), y: r.value / 1e6, label: `Canola ${p} exports, ${periodText(r.periodStart, r.frequency)}: ${money(r.value, r.currency)}` }))
	}));
	const events = annotations(data, ['canolaOil', 'canolaSeed', 'beijing']);
	const periods = [...new Set(rows.map((r) => r.periodStart))].sort();
	const table: ChartTable = {
		caption: `Canada’s canola exports to all partners by ${frequency}, C$ millions`,
		columns: [{ key: 'period', label: frequency === 'month' ? 'Month' : 'Quarter' }, ...CANOLA_PRODUCTS.map((p) => ({ key: p, label: PRODUCT_LABEL[p], numeric: true }))],
		rows: pivotRows(periods, 'period', (start) => periodText(start, frequency), CANOLA_PRODUCTS, (start, p) => rows.find((r) => r.product === p && r.periodStart === start)?.value),
		format: (_k, v) => millionsTick(v)
	};
	const seed = rows.filter((r) => r.product === 'seed');
	const seedDuty = events.find((e) => e.id === 'canola-seed');
	const after = seed.filter((r) => seedDuty && isoX(r.periodEnd) >= seedDuty.x);
	const trough = after.reduce((a, b) => (b.value < a.value ? b : a), after[0]);
	const before = trough ? seed[seed.indexOf(trough) - 1] : undefined;
	const last = seed[seed.length - 1];
	return {
		model: lineModel(series, events, { frame: frameFor(DEFAULT_FRAME, width), yTick: (v) => millionsTick(v * 1e6), xTick: (d) => periodText(d.toISOString().slice(0, 10), 'quarter'), yInclude: [0], xTickCount: 6 }),
		events,
		table,
		meta: canolaMeta(frequency),
		takeaway:
			trough && before && last
				? `Canola seed exports to all destinations fell to ${money(trough.value, trough.currency)} in ${periodText(trough.periodStart, frequency)}, when China’s deposit took effect, from ${money(before.value, before.currency)} the ${frequency} before; by ${periodText(last.periodStart, frequency)} they were back at ${money(last.value, last.currency)}.`
				: 'Canola seed, oil and meal exports to all destinations around China’s duties.',
		figureIds: events.flatMap((e) => e.figureIds),
		sources: sourcesFor(data, [...rows.map((r) => r.sourceId), ...events.map((e) => e.sourceId)])
	};
}
