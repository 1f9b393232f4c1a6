/** public-opinion: Canadians' favourable views of China and of the US, by survey year. */
import { percent, percentTick } from '$lib/charts/format';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { lineModel, yearX, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import { annotations } from '../events';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const PUBLIC_OPINION_META = {
	title: 'How Canadians see China and the United States',
	units: 'Per cent of Canadian adults with a favourable view',
	basis: 'Pew Research Center surveys of Canadian adults; dots mark survey years, lines join them across years without a survey'
};

const TARGETS = [
	{ id: 'USA', label: 'United States', colour: OKABE_ITO.blue },
	{ id: 'CHN', label: 'China', colour: OKABE_ITO.vermillion, dash: DASH.dashed }
] as const;

export function publicOpinionChart(data: StoryData, width?: number) {
	const rows = data.opinion;
	const series: LineSeries[] = TARGETS.map((t) => ({
		id: t.id,
		label: t.label,
		colour: t.colour,
		dash: 'dash' in t ? t.dash : undefined,
		points: rows
			.filter((r) => r.target === t.id)
			.map((r) => ({ x: yearX(r.year), y: r.pctFavourable, label: `Favourable view of ${t.label === 'China' ? 'China' : 'the United States'}, ${r.year}: ${percent(r.pctFavourable)}` }))
	}));
	const chn = [figure(data, 'pew-can-fav-chn-2024'), figure(data, 'pew-can-fav-chn-2025')];
	const usa = [figure(data, 'pew-can-fav-usa-2024'), figure(data, 'pew-can-fav-usa-2025')];
	const y2025 = yearX(2025);
	const callouts = [
		{ id: 'usa-2025', x: y2025, y: usa[1].value, text: `US ${usa[0].value}% → ${usa[1].value}%`, dx: -10, dy: -16, anchor: 'end' as const },
		{ id: 'chn-2025', x: y2025, y: chn[1].value, text: `China ${chn[0].value}% → ${chn[1].value}%`, dx: -10, dy: 16, anchor: 'end' as const }
	];
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const table: ChartTable = {
		caption: 'Canadians with a favourable view, per cent, by survey year',
		columns: [{ key: 'year', label: 'Year' }, ...TARGETS.map((t) => ({ key: t.id, label: t.label, numeric: true }))],
		rows: pivotRows(years, 'year', String, TARGETS.map((t) => t.id), (year, target) => rows.find((r) => r.year === year && r.target === target)?.pctFavourable),
		format: (_k, v) => percent(v)
	};
	const events = annotations(data, ['detentions']);
	return {
		model: lineModel(series, events, { frame: frameFor(DEFAULT_FRAME, width), yTick: percentTick, xTick: (d) => String(d.getUTCFullYear()), yInclude: [0, 100], callouts }),
		events,
		table,
		takeaway: `Between 2024 and 2025 Canadians’ favourable view of China rose from ${chn[0].value}% to ${chn[1].value}% while that of the US fell from ${usa[0].value}% to ${usa[1].value}%, leaving the two level.`,
		figureIds: [...chn, ...usa].map((f) => f.figureId).concat(events.flatMap((e) => e.figureIds)),
		sources: sourcesFor(data, [...rows.map((r) => r.sourceId), chn[1].sourceId, ...events.map((e) => e.sourceId)])
	};
}
