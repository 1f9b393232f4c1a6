/** ev-quota: the Chinese EV quota against the number of vehicles Canadians buy in a year. */
import type { Lang } from '$lib/i18n/lang';
import { barsModel, type BarsModel } from '$lib/charts/bars-model';
import { frameFor, labelRoom } from '$lib/charts/frame';
import { OKABE_ITO } from '$lib/charts/palette';
import type { ChartTable } from '$lib/charts/table';
import type { FigureLedgerRow } from '$lib/data/queries';
import type { BuiltChart, ChartOptions } from '../chart-def';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const evQuotaMeta = ({ t }: Lang) => ({ title: t('quota.title'), units: t('quota.units'), basis: t('quota.basis') });

/** A figure's qualifier and count: "up to 70,000". */
const amount = (x: FigureLedgerRow, { f }: Lang) => `${f.qualifier(x.qualifier)}${f.countText(x.value)}`;

/** The fifth-year quota as a share of a year's vehicle sales. */
export function evQuotaTakeaway(data: StoryData, l: Lang): string {
	const { t, f } = l;
	const sales = figure(data, 'vehicles-sold-canada-annual');
	const fifth = figure(data, 'ev-quota-year5');
	return t('quota.takeaway', {
		fifth: amount(fifth, l),
		share: f.percent((100 * fifth.value) / sales.value),
		sales: `${f.qualifier(sales.qualifier)}${f.millionsTick(sales.value)}`
	});
}

export function evQuotaChart(data: StoryData, { lang: l, width }: ChartOptions): BuiltChart<BarsModel> {
	const { t, f } = l;
	const sales = figure(data, 'vehicles-sold-canada-annual');
	const first = figure(data, 'ev-quota-initial');
	const fifth = figure(data, 'ev-quota-year5');
	const share = (v: number) => f.percent((100 * v) / sales.value);
	const bars = [
		{ id: 'sales', label: t('quota.sales'), value: sales.value, colour: OKABE_ITO.blue, figure: sales, text: amount(sales, l) },
		{
			id: 'quota-first',
			label: t('quota.first'),
			value: first.value,
			colour: OKABE_ITO.vermillion,
			hatched: true,
			figure: first,
			text: t('quota.share', { value: amount(first, l), share: share(first.value) })
		},
		{
			id: 'quota-fifth',
			label: t('quota.fifth'),
			value: fifth.value,
			colour: OKABE_ITO.vermillion,
			hatched: true,
			figure: fifth,
			text: t('quota.share', { value: amount(fifth, l), share: share(fifth.value) })
		}
	];
	const model = barsModel(
		bars.map(({ figure: _figure, ...b }) => ({ ...b, description: `${b.label}: ${b.text}` })),
		frameFor(
			{
				width: 720,
				height: 0,
				margin: {
					top: 24,
					right: 200,
					bottom: 28,
					left: labelRoom(
						bars.map((b) => b.label),
						150
					)
				}
			},
			width
		),
		(v) => (v === 0 ? '0' : t('quota.millions', { value: f.millionsTick(v) }))
	);
	const table: ChartTable = {
		caption: t('quota.table.caption'),
		columns: [
			{ key: 'what', label: t('quota.table.what') },
			{ key: 'value', label: t('quota.table.value'), numeric: true },
			{ key: 'share', label: t('quota.table.share'), numeric: true },
			{ key: 'as', label: t('quota.table.as') }
		],
		rows: bars.map((b) => ({ what: b.label, value: b.value, share: (100 * b.value) / sales.value, as: b.figure.asWritten })),
		format: (k, v) => (k === 'share' ? f.percent(v) : f.countText(v))
	};
	return {
		model,
		meta: evQuotaMeta(l),
		events: [],
		table,
		takeaway: evQuotaTakeaway(data, l),
		figureIds: [first.figureId, fifth.figureId, sales.figureId],
		sources: sourcesFor(data, [first.sourceId, fifth.sourceId, sales.sourceId])
	};
}
