/** bilateral-trade: Canada–China goods trade both ways, as each side reports it. */
import { billionsTick, billionsValue, money, percentChange, yearText } from '$lib/charts/format';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { annualPoints, lineModel, yearX, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import type { BilateralTradeRow } from '$lib/data/queries';
import { annotations, type EventName } from '../events';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const BILATERAL_EVENTS: readonly EventName[] = ['detentions', 'release', 'evSurtax', 'canolaOil', 'canolaSeed', 'gyeongju', 'beijing'];

interface SeriesSpec {
	id: string;
	reporter: 'CAN' | 'CHN';
	flow: 'exports' | 'imports';
	label: string;
	long: string;
	colour: string;
	dash?: string;
}

/** Goods going to China are blue, goods coming from China orange; Canada's figures solid, China's dashed. */
const SERIES: SeriesSpec[] = [
	{ id: 'can-exports', reporter: 'CAN', flow: 'exports', label: 'To China, per Canada', long: 'Canada’s exports to China (Canada’s figures, FOB)', colour: OKABE_ITO.blue },
	{ id: 'chn-imports', reporter: 'CHN', flow: 'imports', label: 'To China, per China', long: 'China’s imports from Canada (China’s figures, CIF)', colour: OKABE_ITO.blue, dash: DASH.dashed },
	{ id: 'can-imports', reporter: 'CAN', flow: 'imports', label: 'From China, per Canada', long: 'Canada’s imports from China (Canada’s figures)', colour: OKABE_ITO.vermillion },
	{ id: 'chn-exports', reporter: 'CHN', flow: 'exports', label: 'From China, per China', long: 'China’s exports to Canada (China’s figures, FOB)', colour: OKABE_ITO.vermillion, dash: DASH.dashed }
];

export const BILATERAL_META = {
	title: 'Canada–China goods trade, as each side reports it',
	units: 'US$ billions a year, current prices',
	basis: 'Customs merchandise trade; Canada’s figures (exports FOB) and China’s figures (imports CIF) shown side by side as mirror statistics'
};

/** One series per reporter and flow; missing years are gaps, not interpolated. */
export function bilateralSeries(rows: readonly BilateralTradeRow[]): LineSeries[] {
	const years = rows.map((r) => r.year);
	const [first, last] = [Math.min(...years), Math.max(...years)];
	return SERIES.filter((s) => rows.some((r) => r.reporter === s.reporter && r.flow === s.flow)).map((s) => {
		const points = annualPoints(first, last, (year) => {
			const row = rows.find((r) => r.reporter === s.reporter && r.flow === s.flow && r.year === year);
			return { y: row ? row.value / 1e9 : null, label: `${s.long}, ${year}: ${row ? money(row.value, 'USD') : 'no data'}` };
		});
		return { id: s.id, label: s.label, colour: s.colour, dash: s.dash, points };
	});
}

export function bilateralTable(rows: readonly BilateralTradeRow[]): ChartTable {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const present = SERIES.filter((s) => rows.some((r) => r.reporter === s.reporter && r.flow === s.flow));
	return {
		caption: 'Canada–China goods trade by year, US$ billions, as each side reports it',
		columns: [{ key: 'year', label: 'Year' }, ...present.map((s) => ({ key: s.id, label: s.long, numeric: true }))],
		rows: pivotRows(years, 'year', yearText, present.map((s) => s.id), (year, id) => {
			const s = present.find((p) => p.id === id);
			return rows.find((r) => r.reporter === s?.reporter && r.flow === s?.flow && r.year === year)?.value;
		}),
		format: (_key, v) => billionsValue(v)
	};
}

export function bilateralTakeaway(data: Pick<StoryData, 'figures'>): string {
	const value = figure(data, 'cn-imports-from-ca-2025-value');
	const change = figure(data, 'cn-imports-from-ca-2025-change');
	return `China’s customs put its 2025 imports from Canada at ${money(value.value, 'USD')}, ${percentChange(change.value)} on 2024; the two sides’ figures for the same goods never quite agree.`;
}

export const MIRROR_NOTE =
	'Why the two sides differ: China values its imports CIF (with freight and insurance), Canada its exports FOB (at the border); goods shipped through third countries, timing and exchange rates also move the figures apart.';

/** The chart for these rows; events outside the chosen years are left off. */
export function bilateralChart(data: StoryData, rows: readonly BilateralTradeRow[] = data.trade, from = -Infinity, to = Infinity, width?: number) {
	const events = annotations(data, BILATERAL_EVENTS).filter(
		(e) => (from === -Infinity || e.x >= yearX(from)) && (to === Infinity || e.x < yearX(to + 1))
	);
	return {
		model: lineModel(bilateralSeries(rows), events, { frame: frameFor(DEFAULT_FRAME, width), yTick: (v) => billionsTick(v * 1e9), xTick: (d) => String(d.getUTCFullYear()), yInclude: [0] }),
		events,
		table: bilateralTable(rows),
		figureIds: ['cn-imports-from-ca-2025-value', 'cn-imports-from-ca-2025-change', ...events.flatMap((e) => e.figureIds)],
		sources: sourcesFor(data, [...rows.map((r) => r.sourceId), ...events.map((e) => e.sourceId)])
	};
}
