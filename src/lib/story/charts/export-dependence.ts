/** export-dependence: where Canada's exports go, the US, China and everyone else, by year. */
import { figureText, percent, percentTick } from '$lib/charts/format';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { annualPoints, lineModel, yearX, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import type { ChartTable } from '$lib/charts/table';
import type { ExportShareRow } from '$lib/data/queries';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const EXPORT_DEPENDENCE_META = {
	title: 'Where Canada’s exports go',
	units: 'Per cent of Canada’s goods exports each year',
	basis: 'As Canada reports its exports (IMF figures to 2020 in US$, Statistics Canada customs totals from 2024 in C$; shares do not depend on the currency)'
};

const SHARES = [
	{ id: 'usa', label: 'United States', key: 'shareUsa', colour: OKABE_ITO.blue },
	{ id: 'rest', label: 'Rest of the world', key: 'shareRest', colour: OKABE_ITO.green, dash: DASH.dotted },
	{ id: 'chn', label: 'China', key: 'shareChn', colour: OKABE_ITO.vermillion, dash: DASH.dashed }
] as const;

/** One row a year: the official series (Statistics Canada where it exists, else IMF). */
function byYear(rows: readonly ExportShareRow[]): Map<number, ExportShareRow> {
	const out = new Map<number, ExportShareRow>();
	for (const r of rows) if (!out.has(r.year) || r.sourceId === 'statcan_cimt') out.set(r.year, r);
	return out;
}

export function exportDependenceChart(data: StoryData, width?: number) {
	const years = byYear(data.shares);
	const all = [...years.keys()].sort((a, b) => a - b);
	const series: LineSeries[] = SHARES.map((s) => {
		const points = annualPoints(all[0], all[all.length - 1], (year) => {
			const row = years.get(year);
			return { y: row ? row[s.key] : null, label: `${s.label}, ${year}: ${row ? percent(row[s.key]) : 'no data'} of Canada’s exports` };
		});
		return { id: s.id, label: s.label, colour: s.colour, dash: 'dash' in s ? s.dash : undefined, points };
	});
	const usa = figure(data, 'ca-exports-share-usa-2024');
	const chn = figure(data, 'ca-exports-share-chn-2024');
	const y2024 = yearX(Number(usa.periodStart.slice(0, 4)));
	const callouts = [
		{ id: 'quoted-usa', x: y2024, y: usa.value, text: `${figureText(usa.value, usa.unit, usa.qualifier)} (quoted)`, dx: -8, dy: -14, anchor: 'end' as const },
		{ id: 'quoted-chn', x: y2024, y: chn.value, text: `${figureText(chn.value, chn.unit, chn.qualifier)} (quoted)`, dx: -8, dy: -14, anchor: 'end' as const }
	];
	const table: ChartTable = {
		caption: 'Shares of Canada’s goods exports by destination, per cent',
		columns: [
			{ key: 'year', label: 'Year' },
			...SHARES.map((s) => ({ key: s.id, label: s.label, numeric: true })),
			{ key: 'source', label: 'Source' }
		],
		rows: all.map((year) => {
			const r = years.get(year) as ExportShareRow;
			return { year: String(year), usa: r.shareUsa, rest: r.shareRest, chn: r.shareChn, source: r.sourceId === 'statcan_cimt' ? 'Statistics Canada' : 'IMF' };
		}),
		format: (_k, v) => percent(v)
	};
	const latest = years.get(all[all.length - 1]) as ExportShareRow;
	return {
		model: lineModel(series, [], { frame: frameFor(DEFAULT_FRAME, width), yTick: percentTick, xTick: (d) => String(d.getUTCFullYear()), yInclude: [0, 100], callouts }),
		table,
		takeaway: `In ${latest.year} the United States took ${percent(latest.shareUsa)} of Canada’s goods exports and China ${percent(latest.shareChn)}: the press rounded 2024 to ${figureText(usa.value, usa.unit, usa.qualifier)} against ${figureText(chn.value, chn.unit, chn.qualifier)}.`,
		figureIds: [usa.figureId, chn.figureId],
		sources: sourcesFor(data, [...[...years.values()].map((r) => r.sourceId), usa.sourceId])
	};
}
