/** ev-quota: the Chinese EV quota against the number of vehicles Canadians buy in a year. */
import { QUALIFIER_TEXT, countText, millionsTick, percent } from '$lib/charts/format';
import { barsModel } from '$lib/charts/bars-model';
import { frameFor } from '$lib/charts/frame';
import { OKABE_ITO } from '$lib/charts/palette';
import type { ChartTable } from '$lib/charts/table';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const EV_QUOTA_META = {
	title: 'The Chinese EV quota against Canada’s car market',
	units: 'Vehicles a year',
	basis: 'Quota as announced in January 2026 (a cap, not a forecast of sales); vehicle sales as reported, rounded'
};

export function evQuotaChart(data: StoryData, width?: number) {
	const sales = figure(data, 'vehicles-sold-canada-annual');
	const first = figure(data, 'ev-quota-initial');
	const fifth = figure(data, 'ev-quota-year5');
	const share = (v: number) => percent((100 * v) / sales.value);
	const bars = [
		{ id: 'sales', label: 'Vehicles sold a year', value: sales.value, colour: OKABE_ITO.blue, f: sales, text: `${QUALIFIER_TEXT[sales.qualifier]}${countText(sales.value)}` },
		{ id: 'quota-first', label: 'EV quota, first year', value: first.value, colour: OKABE_ITO.vermillion, hatched: true, f: first, text: `${QUALIFIER_TEXT[first.qualifier]}${countText(first.value)} (${share(first.value)} of sales)` },
		{ id: 'quota-fifth', label: 'EV quota, fifth year', value: fifth.value, colour: OKABE_ITO.vermillion, hatched: true, f: fifth, text: `${QUALIFIER_TEXT[fifth.qualifier]}${countText(fifth.value)} (${share(fifth.value)} of sales)` }
	];
	const model = barsModel(
		bars.map(({ f, ...b }) => ({ ...b, description: `${b.label}: ${b.text}` })),
		frameFor({ width: 720, height: 0, margin: { top: 24, right: 200, bottom: 28, left: 150 } }, width),
		(v) => (v === 0 ? '0' : `${millionsTick(v)}M`)
	);
	const table: ChartTable = {
		caption: 'Chinese EV quota and annual vehicle sales in Canada',
		columns: [
			{ key: 'what', label: 'What' },
			{ key: 'value', label: 'Vehicles a year', numeric: true },
			{ key: 'share', label: 'Share of annual sales', numeric: true },
			{ key: 'as', label: 'As the source puts it' }
		],
		rows: bars.map((b) => ({ what: b.label, value: b.value, share: (100 * b.value) / sales.value, as: b.f.asWritten })),
		format: (k, v) => (k === 'share' ? percent(v) : countText(v))
	};
	return {
		model,
		table,
		takeaway: `Even at its fifth-year size of ${QUALIFIER_TEXT[fifth.qualifier]}${countText(fifth.value)}, the quota would be near ${share(fifth.value)} of the ${QUALIFIER_TEXT[sales.qualifier]}${millionsTick(sales.value)} million vehicles Canadians buy a year.`,
		figureIds: [first.figureId, fifth.figureId, sales.figureId],
		sources: sourcesFor(data, [first.sourceId, fifth.sourceId, sales.sourceId])
	};
}
