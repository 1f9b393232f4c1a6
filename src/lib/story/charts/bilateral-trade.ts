/** bilateral-trade: Canada–China goods trade both ways, as each side reports it. */
import type { Lang } from '$lib/i18n/lang';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { annualPoints, lineModel, yearX, type LineModel, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import type { BilateralTradeRow } from '$lib/data/queries';
import type { BuiltChart, ChartOptions } from '../chart-def';
import { annotations, type EventName } from '../events';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const BILATERAL_EVENTS: readonly EventName[] = [
	'detentions',
	'release',
	'evSurtax',
	'canolaOil',
	'canolaSeed',
	'gyeongju',
	'beijing'
];

interface SeriesSpec {
	id: string;
	reporter: 'CAN' | 'CHN';
	flow: 'exports' | 'imports';
	colour: string;
	dash?: string;
}

/** Goods going to China are blue, goods coming from China orange; Canada's figures solid, China's dashed. */
const SERIES: SeriesSpec[] = [
	{ id: 'can-exports', reporter: 'CAN', flow: 'exports', colour: OKABE_ITO.blue },
	{ id: 'chn-imports', reporter: 'CHN', flow: 'imports', colour: OKABE_ITO.blue, dash: DASH.dashed },
	{ id: 'can-imports', reporter: 'CAN', flow: 'imports', colour: OKABE_ITO.vermillion },
	{ id: 'chn-exports', reporter: 'CHN', flow: 'exports', colour: OKABE_ITO.vermillion, dash: DASH.dashed }
];
type SeriesId = 'can-exports' | 'chn-imports' | 'can-imports' | 'chn-exports';
const label = (s: SeriesSpec, { t }: Lang) => t(`bilateral.${s.id as SeriesId}`);
const long = (s: SeriesSpec, { t }: Lang) => t(`bilateral.${s.id as SeriesId}.long`);

export const bilateralMeta = ({ t }: Lang) => ({ title: t('bilateral.title'), units: t('bilateral.units'), basis: t('bilateral.basis') });

/** Each row by its reporter, flow and year: a chart's points and table cells are looked up, not searched for. */
function rowsByKey(rows: readonly BilateralTradeRow[]): (reporter: string, flow: string, year: number) => BilateralTradeRow | undefined {
	const index = new Map(rows.map((r) => [`${r.reporter} ${r.flow} ${r.year}`, r]));
	return (reporter, flow, year) => index.get(`${reporter} ${flow} ${year}`);
}

/** One series per reporter and flow; missing years are gaps, not interpolated. */
export function bilateralSeries(rows: readonly BilateralTradeRow[], l: Lang): LineSeries[] {
	const years = rows.map((r) => r.year);
	const [first, last] = [Math.min(...years), Math.max(...years)];
	const find = rowsByKey(rows);
	return SERIES.filter((s) => rows.some((r) => r.reporter === s.reporter && r.flow === s.flow)).map((s) => {
		const points = annualPoints(first, last, (year) => {
			const row = find(s.reporter, s.flow, year);
			return {
				y: row ? row.value / 1e9 : null,
				label: l.t('bilateral.point', { series: long(s, l), year, value: row ? l.f.money(row.value, 'USD') : l.t('frame.no.data') })
			};
		});
		return { id: s.id, label: label(s, l), colour: s.colour, dash: s.dash, points };
	});
}

export function bilateralTable(rows: readonly BilateralTradeRow[], l: Lang): ChartTable {
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const present = SERIES.filter((s) => rows.some((r) => r.reporter === s.reporter && r.flow === s.flow));
	const find = rowsByKey(rows);
	return {
		caption: l.t('bilateral.table.caption'),
		columns: [{ key: 'year', label: l.t('word.year') }, ...present.map((s) => ({ key: s.id, label: long(s, l), numeric: true }))],
		rows: pivotRows(
			years,
			'year',
			l.f.yearText,
			present.map((s) => s.id),
			(year, id) => {
				const s = present.find((p) => p.id === id);
				return s && find(s.reporter, s.flow, year)?.value;
			}
		),
		format: (_key, v) => l.f.billionsValue(v)
	};
}

export function bilateralTakeaway(data: Pick<StoryData, 'figures'>, { t, f }: Lang): string {
	const value = figure(data, 'cn-imports-from-ca-2025-value');
	const change = figure(data, 'cn-imports-from-ca-2025-change');
	return t('bilateral.takeaway', { value: f.money(value.value, 'USD'), change: f.percentChange(change.value) });
}

/** The reader's choice of rows (one side or both) and years; events outside the years are left off. */
export interface BilateralView {
	rows: readonly BilateralTradeRow[];
	from: number;
	to: number;
}

export function bilateralChart(data: StoryData, { lang: l, width, height, view }: ChartOptions<BilateralView>): BuiltChart<LineModel> {
	const { rows, from, to } = view ?? { rows: data.trade, from: -Infinity, to: Infinity };
	const events = annotations(data, BILATERAL_EVENTS, l).filter(
		(e) => (from === -Infinity || e.x >= yearX(from)) && (to === Infinity || e.x < yearX(to + 1))
	);
	return {
		meta: bilateralMeta(l),
		takeaway: bilateralTakeaway(data, l),
		model: lineModel(bilateralSeries(rows, l), events, {
			frame: frameFor(DEFAULT_FRAME, width, height),
			yTick: (v) => l.f.billionsTick(v * 1e9),
			xTick: (d) => String(d.getUTCFullYear()),
			yInclude: [0]
		}),
		events,
		table: bilateralTable(rows, l),
		figureIds: ['cn-imports-from-ca-2025-value', 'cn-imports-from-ca-2025-change', ...events.flatMap((e) => e.figureIds)],
		sources: sourcesFor(data, [...rows.map((r) => r.sourceId), ...events.map((e) => e.sourceId)])
	};
}
