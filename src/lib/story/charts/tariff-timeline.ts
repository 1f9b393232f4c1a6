/** tariff-timeline: each side's tariff measures as steps over time, status shown by line style. */
import type { Lang } from '$lib/i18n/lang';
import { frameFor, labelRoom } from '$lib/charts/frame';
import { isoX } from '$lib/charts/line-model';
import { lanesModel, type Lane, type LanesModel, type SegmentStatus } from '$lib/charts/lanes-model';
import { OKABE_ITO } from '$lib/charts/palette';
import type { ChartTable } from '$lib/charts/table';
import type { TariffEventRow } from '$lib/data/queries';
import type { BuiltChart, ChartOptions } from '../chart-def';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const tariffMeta = ({ t }: Lang) => ({ title: t('tariff.title'), units: t('tariff.units'), basis: t('tariff.basis') });

const LANES = ['electric_vehicles', 'steel_aluminium', 'canola_seed', 'canola_oil_meal_peas', 'pork_seafood'] as const;

const DOMAIN: [string, string] = ['2024-07-01', '2026-07-01'];

const asStatus = (s: string): SegmentStatus => (s === 'announced' || s === 'expected' ? s : 'in_force');
const statusText = (s: string, { t }: Lang) => t(`tariff.status.${asStatus(s)}`);
const rateText = (r: TariffEventRow, { t, f }: Lang) => (r.ratePct === null ? t('tariff.no.duty') : f.percentShort(r.ratePct));

/** Measures aimed at the other side, in date order per product group; each lasts until the next. */
export function tariffLanes(rows: readonly TariffEventRow[], l: Lang): Lane[] {
	const end = isoX(DOMAIN[1]);
	return LANES.map((group) => {
		const measures = rows.filter((r) => r.productGroup === group && r.affected !== null).sort((a, b) => a.date.localeCompare(b.date));
		const colour = measures[0]?.imposing === 'CAN' ? OKABE_ITO.blue : OKABE_ITO.vermillion;
		return {
			id: group,
			label: l.t(`tariff.lane.${group}`),
			colour,
			segments: measures.map((r, i) => ({
				id: `${r.date}-${r.measureKind}`,
				from: isoX(r.date),
				to: i + 1 < measures.length ? isoX(measures[i + 1].date) : end,
				rate: r.ratePct ?? 0,
				status: asStatus(r.status),
				text: rateText(r, l),
				label: l.t('tariff.segment', {
					measure: r.measure,
					rate: rateText(r, l),
					date: l.f.dateText(r.date),
					status: statusText(r.status, l)
				})
			}))
		};
	}).filter((l) => l.segments.length > 0);
}

export function tariffTable(rows: readonly TariffEventRow[], l: Lang): ChartTable {
	const { t, f } = l;
	return {
		caption: t('tariff.table.caption'),
		columns: [
			{ key: 'date', label: t('tariff.table.from') },
			{ key: 'measure', label: t('tariff.table.measure') },
			{ key: 'rate', label: t('tariff.table.rate'), numeric: true },
			{ key: 'status', label: t('tariff.table.status') },
			{ key: 'note', label: t('tariff.table.note') }
		],
		rows: rows.map((r) => ({ date: r.date, measure: r.measure, rate: r.ratePct, status: statusText(r.status, l), note: r.note })),
		format: (_k, v) => f.percentShort(v)
	};
}

function measure(rows: readonly TariffEventRow[], group: string, kind: string): TariffEventRow {
	const row = rows.find((r) => r.productGroup === group && r.measureKind === kind);
	if (!row) throw new Error(`no ${kind} measure on ${group} in the tariff data`);
	return row;
}

/** The surtax, the duties it drew and the January 2026 deal, with their rates and dates from the data. */
export function tariffTakeaway(data: StoryData, l: Lang): string {
	const { t, f } = l;
	const surtax = measure(data.tariffs, 'electric_vehicles', 'surtax');
	const quota = measure(data.tariffs, 'electric_vehicles', 'tariff_rate_quota');
	const seed = measure(data.tariffs, 'canola_seed', 'anti_dumping_deposit');
	const expected = measure(data.tariffs, 'canola_seed', 'combined_tariff');
	return t('tariff.takeaway', {
		surtax: rateText(surtax, l),
		surtaxDate: f.periodText(surtax.date, 'month'),
		seed: rateText(seed, l),
		quotaDate: f.periodText(quota.date, 'month'),
		quota: f.countText(figure(data, 'ev-quota-initial').value),
		quotaRate: rateText(quota, l),
		expected: rateText(expected, l)
	});
}

export function tariffChart(data: StoryData, { lang: l, width }: ChartOptions): BuiltChart<LanesModel> {
	const { f } = l;
	const lanes = tariffLanes(data.tariffs, l);
	return {
		model: lanesModel(lanes, {
			frame: frameFor(
				{
					width: 720,
					height: 0,
					margin: {
						top: 8,
						right: 16,
						bottom: 28,
						left: labelRoom(
							lanes.map((lane) => lane.label),
							160
						)
					}
				},
				width
			),
			domain: [isoX(DOMAIN[0]), isoX(DOMAIN[1])],
			laneHeight: 62,
			xTick: (d) => f.periodText(d.toISOString().slice(0, 10), 'month')
		}),
		meta: tariffMeta(l),
		events: [],
		table: tariffTable(data.tariffs, l),
		takeaway: tariffTakeaway(data, l),
		figureIds: [figure(data, 'ev-quota-initial').figureId],
		sources: sourcesFor(data, ['tariff_events_compilation', ...data.tariffs.map((r) => r.sourceId)])
	};
}
