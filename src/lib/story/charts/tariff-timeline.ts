/** tariff-timeline: each side's tariff measures as steps over time, status shown by line style. */
import { countText, dateText, percentShort, periodText } from '$lib/charts/format';
import { frameFor } from '$lib/charts/frame';
import { isoX } from '$lib/charts/line-model';
import { lanesModel, type Lane, type SegmentStatus } from '$lib/charts/lanes-model';
import { OKABE_ITO } from '$lib/charts/palette';
import type { ChartTable } from '$lib/charts/table';
import type { TariffEventRow } from '$lib/data/queries';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const TARIFF_META = {
	title: 'Tariffs between Canada and China, 2024–2026',
	units: 'Per cent of the value of the goods (ad valorem rate of each measure)',
	basis: 'Each measure’s own rate as published; surtaxes are added to the ordinary tariff. Solid: in force; long dashes: announced; short dashes: expected'
};

const LANES: { group: string; label: string }[] = [
	{ group: 'electric_vehicles', label: 'Chinese EVs into Canada' },
	{ group: 'steel_aluminium', label: 'Chinese steel, aluminium' },
	{ group: 'canola_seed', label: 'Canadian canola seed' },
	{ group: 'canola_oil_meal_peas', label: 'Canola oil, meal, peas' },
	{ group: 'pork_seafood', label: 'Canadian pork, seafood' }
];

const STATUS_TEXT: Record<SegmentStatus, string> = { in_force: 'in force', announced: 'announced', expected: 'expected' };
const DOMAIN: [string, string] = ['2024-07-01', '2026-07-01'];

const asStatus = (s: string): SegmentStatus => (s === 'announced' || s === 'expected' ? s : 'in_force');
const rateText = (r: TariffEventRow) => (r.ratePct === null ? 'no duty' : percentShort(r.ratePct));

/** Measures aimed at the other side, in date order per product group; each lasts until the next. */
export function tariffLanes(rows: readonly TariffEventRow[]): Lane[] {
	const end = isoX(DOMAIN[1]);
	return LANES.map(({ group, label }) => {
		const measures = rows.filter((r) => r.productGroup === group && r.affected !== null).sort((a, b) => a.date.localeCompare(b.date));
		const colour = measures[0]?.imposing === 'CAN' ? OKABE_ITO.blue : OKABE_ITO.vermillion;
		return {
			id: group,
			label,
			colour,
			segments: measures.map((r, i) => ({
				id: `${r.date}-${r.measureKind}`,
				from: isoX(r.date),
				to: i + 1 < measures.length ? isoX(measures[i + 1].date) : end,
				rate: r.ratePct ?? 0,
				status: asStatus(r.status),
				text: rateText(r),
				label: `${r.measure}: ${rateText(r)} from ${dateText(r.date)}, ${STATUS_TEXT[asStatus(r.status)]}`
			}))
		};
	}).filter((l) => l.segments.length > 0);
}

export function tariffTable(rows: readonly TariffEventRow[]): ChartTable {
	return {
		caption: 'Tariff measures between Canada and China, in date order',
		columns: [
			{ key: 'date', label: 'From' },
			{ key: 'measure', label: 'Measure' },
			{ key: 'rate', label: 'Rate', numeric: true },
			{ key: 'status', label: 'Status' },
			{ key: 'note', label: 'Note' }
		],
		rows: rows.map((r) => ({ date: r.date, measure: r.measure, rate: r.ratePct, status: STATUS_TEXT[asStatus(r.status)], note: r.note })),
		format: (_k, v) => `${v}%`
	};
}

function measure(rows: readonly TariffEventRow[], group: string, kind: string): TariffEventRow {
	const row = rows.find((r) => r.productGroup === group && r.measureKind === kind);
	if (!row) throw new Error(`no ${kind} measure on ${group} in the tariff data`);
	return row;
}

export function tariffChart(data: StoryData, width?: number) {
	const lanes = tariffLanes(data.tariffs);
	const surtax = measure(data.tariffs, 'electric_vehicles', 'surtax');
	const quota = measure(data.tariffs, 'electric_vehicles', 'tariff_rate_quota');
	const seed = measure(data.tariffs, 'canola_seed', 'anti_dumping_deposit');
	const expected = measure(data.tariffs, 'canola_seed', 'combined_tariff');
	const quotaSize = figure(data, 'ev-quota-initial');
	return {
		model: lanesModel(lanes, {
			frame: frameFor({ width: 720, height: 0, margin: { top: 8, right: 16, bottom: 28, left: 160 } }, width),
			domain: [isoX(DOMAIN[0]), isoX(DOMAIN[1])],
			laneHeight: 62,
			xTick: (d) => periodText(d.toISOString().slice(0, 10), 'month')
		}),
		table: tariffTable(data.tariffs),
		takeaway: `Canada’s ${rateText(surtax)} surtax on Chinese EVs (${periodText(surtax.date, 'month')}) drew Chinese duties on canola, pork and seafood in 2025, up to ${rateText(seed)} on canola seed; the ${periodText(quota.date, 'month')} deal lets ${countText(quotaSize.value)} Chinese EVs in at ${rateText(quota)} while the seed duty is expected to fall to about ${rateText(expected)}.`,
		figureIds: [quotaSize.figureId],
		sources: sourcesFor(data, ['tariff_events_compilation', ...data.tariffs.map((r) => r.sourceId)])
	};
}
