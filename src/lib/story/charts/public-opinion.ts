/** public-opinion: Canadians' favourable views of China and of the US, by survey year. */
import type { Lang } from '$lib/i18n/lang';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { lineModel, yearX, type LineModel, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import type { BuiltChart, ChartOptions } from '../chart-def';
import { annotations, type EventName } from '../events';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const publicOpinionMeta = ({ t }: Lang) => ({ title: t('opinion.title'), units: t('opinion.units'), basis: t('opinion.basis') });

const TARGETS = [
	{ id: 'USA', label: 'word.us', colour: OKABE_ITO.blue },
	{ id: 'CHN', label: 'word.china', colour: OKABE_ITO.vermillion, dash: DASH.dashed }
] as const;

/** The survey whose events are marked: the 2018 detentions. */
export const OPINION_EVENTS = ['detentions'] as const satisfies readonly EventName[];

export function publicOpinionTakeaway(data: StoryData, { t, f }: Lang): string {
	const [chn24, chn25, usa24, usa25] = ['pew-can-fav-chn-2024', 'pew-can-fav-chn-2025', 'pew-can-fav-usa-2024', 'pew-can-fav-usa-2025'].map(
		(id) => figure(data, id).value
	);
	return t('opinion.takeaway', {
		chnFrom: f.percentShort(chn24),
		chnTo: f.percentShort(chn25),
		usaFrom: f.percentShort(usa24),
		usaTo: f.percentShort(usa25)
	});
}

export function publicOpinionChart(data: StoryData, { lang: l, width, height }: ChartOptions): BuiltChart<LineModel> {
	const { t, f } = l;
	const rows = data.opinion;
	const series: LineSeries[] = TARGETS.map((target) => ({
		id: target.id,
		label: t(target.label),
		colour: target.colour,
		dash: 'dash' in target ? target.dash : undefined,
		points: rows
			.filter((r) => r.target === target.id)
			.map((r) => ({
				x: yearX(r.year),
				y: r.pctFavourable,
				label: t(`opinion.point.${target.id}`, { year: r.year, value: f.percent(r.pctFavourable) })
			}))
	}));
	const chn = [figure(data, 'pew-can-fav-chn-2024'), figure(data, 'pew-can-fav-chn-2025')];
	const usa = [figure(data, 'pew-can-fav-usa-2024'), figure(data, 'pew-can-fav-usa-2025')];
	const y2025 = yearX(2025);
	const callouts = [
		{
			id: 'usa-2025',
			x: y2025,
			y: usa[1].value,
			text: t('opinion.callout.USA', { from: f.percentShort(usa[0].value), to: f.percentShort(usa[1].value) }),
			dx: -10,
			dy: -16,
			anchor: 'end' as const
		},
		{
			id: 'chn-2025',
			x: y2025,
			y: chn[1].value,
			text: t('opinion.callout.CHN', { from: f.percentShort(chn[0].value), to: f.percentShort(chn[1].value) }),
			dx: -10,
			dy: 16,
			anchor: 'end' as const
		}
	];
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const table: ChartTable = {
		caption: t('opinion.table.caption'),
		columns: [
			{ key: 'year', label: t('word.year') },
			...TARGETS.map((target) => ({ key: target.id, label: t(target.label), numeric: true }))
		],
		rows: pivotRows(
			years,
			'year',
			String,
			TARGETS.map((target) => target.id),
			(year, target) => rows.find((r) => r.year === year && r.target === target)?.pctFavourable
		),
		format: (_k, v) => f.percent(v)
	};
	const events = annotations(data, OPINION_EVENTS, l);
	return {
		model: lineModel(series, events, {
			frame: frameFor(DEFAULT_FRAME, width, height),
			yTick: f.percentTick,
			xTick: (d) => String(d.getUTCFullYear()),
			yInclude: [0, 100],
			callouts
		}),
		meta: publicOpinionMeta(l),
		events,
		table,
		takeaway: publicOpinionTakeaway(data, l),
		figureIds: [...chn, ...usa].map((f) => f.figureId).concat(events.flatMap((e) => e.figureIds)),
		sources: sourcesFor(data, [...rows.map((r) => r.sourceId), chn[1].sourceId, ...events.map((e) => e.sourceId)])
	};
}
