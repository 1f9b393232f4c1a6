/** export-dependence: where Canada's exports go, the US, China and everyone else, by year. */
import type { Lang } from '$lib/i18n/lang';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { annualPoints, lineModel, yearX, type LineModel, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import type { ChartTable } from '$lib/charts/table';
import type { ExportShareRow, FigureLedgerRow } from '$lib/data/queries';
import type { BuiltChart, ChartOptions } from '../chart-def';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const exportDependenceMeta = ({ t }: Lang) => ({
	title: t('dependence.title'),
	units: t('dependence.units'),
	basis: t('dependence.basis')
});

const SHARES = [
	{ id: 'usa', label: 'word.us', key: 'shareUsa', colour: OKABE_ITO.blue },
	{ id: 'rest', label: 'word.rest', key: 'shareRest', colour: OKABE_ITO.green, dash: DASH.dotted },
	{ id: 'chn', label: 'word.china', key: 'shareChn', colour: OKABE_ITO.vermillion, dash: DASH.dashed }
] as const;

/** One row a year: the official series (Statistics Canada where it exists, else IMF). */
function byYear(rows: readonly ExportShareRow[]): Map<number, ExportShareRow> {
	const out = new Map<number, ExportShareRow>();
	for (const r of rows) if (!out.has(r.year) || r.sourceId === 'statcan_cimt') out.set(r.year, r);
	return out;
}

/** The series a step-by-step reveal shows in turn: the US first, then China, then everyone else. */
export const DEPENDENCE_REVEAL = [['usa'], ['usa', 'chn'], ['usa', 'chn', 'rest']] as const;

/** The latest year's shares beside the rounded ones the press quoted for 2024. */
export function exportDependenceTakeaway(data: StoryData, { t, f }: Lang): string {
	const years = byYear(data.shares);
	const latest = years.get(Math.max(...years.keys())) as ExportShareRow;
	const [usa, chn] = [figure(data, 'ca-exports-share-usa-2024'), figure(data, 'ca-exports-share-chn-2024')];
	const quoted = (x: FigureLedgerRow) => f.figureText(x.value, x.unit, x.qualifier);
	return t('dependence.takeaway', {
		year: latest.year,
		usa: f.percent(latest.shareUsa),
		chn: f.percent(latest.shareChn),
		quotedUsa: quoted(usa),
		quotedChn: quoted(chn)
	});
}

/** The view: the series to draw (a reveal step; all when absent). The scale stays 0–100 so each step compares with the last. */
export function exportDependenceChart(
	data: StoryData,
	{ lang: l, width, height, view: only }: ChartOptions<readonly string[]>
): BuiltChart<LineModel> {
	const { t, f } = l;
	const quoted = (x: FigureLedgerRow) => f.figureText(x.value, x.unit, x.qualifier);
	const years = byYear(data.shares);
	const all = [...years.keys()].sort((a, b) => a - b);
	const shown = SHARES.filter((s) => !only || only.includes(s.id));
	const series: LineSeries[] = shown.map((s) => {
		const points = annualPoints(all[0], all[all.length - 1], (year) => {
			const row = years.get(year);
			return {
				y: row ? row[s.key] : null,
				label: t('dependence.point', { series: t(s.label), year, value: row ? f.percent(row[s.key]) : t('frame.no.data') })
			};
		});
		return { id: s.id, label: t(s.label), colour: s.colour, dash: 'dash' in s ? s.dash : undefined, points };
	});
	const usa = figure(data, 'ca-exports-share-usa-2024');
	const chn = figure(data, 'ca-exports-share-chn-2024');
	const y2024 = yearX(Number(usa.periodStart.slice(0, 4)));
	const callouts = [
		{
			id: 'quoted-usa',
			series: 'usa',
			x: y2024,
			y: usa.value,
			text: t('word.quoted', { value: quoted(usa) }),
			dx: -8,
			dy: -14,
			anchor: 'end' as const
		},
		{
			id: 'quoted-chn',
			series: 'chn',
			x: y2024,
			y: chn.value,
			text: t('word.quoted', { value: quoted(chn) }),
			dx: -8,
			dy: -14,
			anchor: 'end' as const
		}
	]
		.filter((c) => shown.some((s) => s.id === c.series))
		.map(({ series: _series, ...c }) => c);
	const table: ChartTable = {
		caption: t('dependence.table.caption'),
		columns: [
			{ key: 'year', label: t('word.year') },
			...SHARES.map((s) => ({ key: s.id, label: t(s.label), numeric: true })),
			{ key: 'source', label: t('word.source') }
		],
		rows: all.map((year) => {
			const r = years.get(year) as ExportShareRow;
			return {
				year: String(year),
				usa: r.shareUsa,
				rest: r.shareRest,
				chn: r.shareChn,
				source: t(r.sourceId === 'statcan_cimt' ? 'dependence.statcan' : 'dependence.imf')
			};
		}),
		format: (_k, v) => f.percent(v)
	};
	return {
		model: lineModel(series, [], {
			frame: frameFor(DEFAULT_FRAME, width, height),
			yTick: f.percentTick,
			xTick: (d) => String(d.getUTCFullYear()),
			yInclude: [0, 100],
			callouts
		}),
		meta: exportDependenceMeta(l),
		events: [],
		table,
		takeaway: exportDependenceTakeaway(data, l),
		figureIds: [usa.figureId, chn.figureId],
		sources: sourcesFor(data, [...[...years.values()].map((r) => r.sourceId), usa.sourceId])
	};
}
