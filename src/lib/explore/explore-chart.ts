/** The explorer's chart: one line per partner, in the chosen measure. */
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { annualPoints, lineModel, type Band, type LineModel, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import type { ExploreQuery, ExploreRow } from '$lib/data/explore-queries';
import type { SourceInfo } from '$lib/data/queries';
import type { ExploreView } from './explore-view';
import type { Lang } from '$lib/i18n/lang';
import { currencyName, inBillions, measureText } from './measure-text';
import { exploreTakeaway, gapTakeaway } from './explore-takeaway';
import { fullYear, indicatorLines, lineKeys, mirrorKey } from './explore-lines';

export { fullYear, indicatorLines, lineKeys, mirrorKey };

const COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.orange, OKABE_ITO.purple, OKABE_ITO.sky];
const DASHES = [DASH.solid, DASH.dashed, DASH.dotted, DASH.dashDot, DASH.solid, DASH.dashed];

export { currencyName };

export function measureUnit(view: ExploreQuery, l: Lang): string {
	const { t, country } = l;
	switch (view.measure) {
		case 'value':
			return t('explore.unit.value', { currency: currencyName(view, l) });
		case 'share':
			return t('explore.unit.share', { reporter: country(view.reporter) });
		case 'change':
			return t('explore.unit.change');
		case 'index':
			return t('explore.unit.index', { base: view.base });
		case 'gap':
			return t('explore.unit.gap', { currency: currencyName(view, l) });
		case 'top':
			return t('explore.unit.top');
		case 'hhi':
			return t('explore.unit.hhi');
		case 'n80':
			return t('explore.unit.n80');
	}
}

export function exploreTitle(view: ExploreQuery, { t, country }: Lang): string {
	if (indicatorLines(view))
		return t('explore.chart.title.indicator', {
			measure: t(`explore.measure.${view.measure}`).replace(/^./, (c) => c.toLowerCase()),
			flows: t(`explore.flows.${view.flow === 'imports' ? 'imports' : 'exports'}`),
			economies: lineKeys(view).map(country).join(', '),
			from: view.from,
			to: view.to
		});
	if (view.measure === 'gap')
		return t('explore.chart.title.gap', {
			reporter: country(view.reporter),
			flow: t(`explore.chart.flow.${view.flow}`),
			partners: view.partners.map(country).join(', '),
			from: view.from,
			to: view.to
		});
	const whose =
		view.side === 'reporter' ? t('explore.chart.whose.reporter', { reporter: country(view.reporter) }) : t('explore.chart.whose.partner');
	return t('explore.chart.title', {
		reporter: country(view.reporter),
		flow: t(`explore.chart.flow.${view.flow}`),
		partners: view.partners.map(country).join(', '),
		from: view.from,
		to: view.to,
		whose
	});
}

/** A line's name: the partner, marked when the figures come from the person's own file. */
export const ownMark = (name: string, { t }: Lang) => t('explore.own.mark', { name });
const ownKey = (partner: string) => `${partner}~own`;

/** A year's label in the table: the year, with its months where the publisher has not finished it. */
function yearLabel(rows: readonly ExploreRow[], { t }: Lang) {
	return (year: number) => {
		const partial = rows.find((r) => r.year === year && !fullYear(r));
		return partial ? t('explore.partial.year', { year, months: partial.months }) : String(year);
	};
}

/** The note under the chart naming the years left undrawn, or nothing. */
export function partialNote(rows: readonly ExploreRow[], l: Lang): string | null {
	const label = yearLabel(rows, l);
	const years = [...new Set(rows.filter((r) => !fullYear(r) && r.value !== null).map((r) => r.year))].sort((a, b) => a - b);
	return years.length ? l.t('explore.note.partial', { list: years.map(label).join(', ') }) : null;
}

export interface ExploreChartOptions {
	lang: Lang;
	/** The same lines from a person's own file (none by default). */
	own?: readonly ExploreRow[];
	/** For the gap: the partners' own figures of the same trade (the mirror rows). */
	mirror?: readonly ExploreRow[];
	width?: number;
	/** On a slide: the height the drawing has to fill. */
	height?: number;
}

/**
 * One line per partner (per economy, for an indicator), over the years the publisher has finished;
 * with a person's own file read, its lines for the same partners are drawn beside them in the
 * partner's colour with a dotted stroke, and named "(your file)". For the gap, each partner's line
 * as the reporter reports it, dashed as the partner reports it, and the band between shaded. With
 * `layout` panels, also a panel per line key.
 */
export function exploreChart(
	rows: readonly ExploreRow[],
	view: Pick<ExploreView, 'layout'> & ExploreQuery,
	{ lang: l, own = [], mirror = [], width, height }: ExploreChartOptions
) {
	const { t, f, country } = l;
	const scale = inBillions(view) ? 1e9 : 1;
	const line = (
		key: string,
		id: string,
		label: string,
		from: readonly ExploreRow[],
		colour: string,
		dash: string | undefined
	): LineSeries => ({
		id,
		label,
		colour,
		dash,
		points: annualPoints(view.from, view.to, (year) => {
			const row = from.find((r) => r.partner === key && r.year === year && fullYear(r));
			const y = row?.value ?? null;
			// The largest partner's share names the partner.
			const text =
				y === null
					? t('frame.no.data')
					: row?.category
						? t('explore.atlas.top', { partner: country(row.category), share: measureText(view, y, l) })
						: measureText(view, y, l);
			return { y: y === null ? null : y / scale, label: t('explore.point', { series: label, year, value: text }) };
		})
	});
	const keys = lineKeys(view);
	const gap = view.measure === 'gap';
	const colour = (i: number) => COLOURS[i % COLOURS.length];
	const ownPartners = gap ? [] : keys.filter((p) => own.some((r) => r.partner === p && r.value !== null));
	const lineLabel = (p: string) => (gap ? t('explore.gap.own', { partner: country(p), reporter: country(view.reporter) }) : country(p));
	const series: LineSeries[] = [
		...keys.map((p, i) => line(p, p, lineLabel(p), rows, colour(i), gap ? DASH.solid : DASHES[i % DASHES.length])),
		...(gap
			? keys.map((p, i) => line(p, mirrorKey(p), t('explore.gap.mirror', { partner: country(p) }), mirror, colour(i), DASH.dashed))
			: []),
		...ownPartners.map((p) => line(p, ownKey(p), ownMark(country(p), l), own, colour(keys.indexOf(p)), DASH.dotted))
	];
	const bands = gap ? keys.map((p, i) => ({ id: p, between: [p, mirrorKey(p)] as [string, string], fill: colour(i) })) : [];
	const drawnRows = [...rows, ...(gap ? mirror : []), ...own.filter((r) => ownPartners.includes(r.partner))];
	const years = [...new Set(drawnRows.map((r) => r.year))].sort((a, b) => a - b);
	const columns = [
		...keys.map((p) => ({ key: p, label: lineLabel(p), numeric: true })),
		...(gap ? keys.map((p) => ({ key: mirrorKey(p), label: t('explore.gap.mirror', { partner: country(p) }), numeric: true })) : []),
		...(gap ? keys.map((p) => ({ key: `${p}~gap`, label: t('explore.gap.column', { partner: country(p) }), numeric: true })) : []),
		...ownPartners.map((p) => ({ key: ownKey(p), label: ownMark(country(p), l), numeric: true }))
	];
	const find = (from: readonly ExploreRow[], partner: string, year: number) =>
		from.find((r) => r.partner === partner && r.year === year)?.value;
	const valueOf = (year: number, key: string) => {
		if (key.endsWith('~own')) return find(own, key.slice(0, -4), year);
		if (key.endsWith('~mirror')) return find(mirror, key.slice(0, -7), year);
		if (key.endsWith('~gap')) {
			const [a, b] = [find(rows, key.slice(0, -4), year), find(mirror, key.slice(0, -4), year)];
			return a != null && b ? 100 * (a / b - 1) : null;
		}
		return find(rows, key, year);
	};
	const table: ChartTable = {
		caption: t('explore.table.caption', { title: exploreTitle(view, l), unit: measureUnit(view, l) }),
		columns: [{ key: 'year', label: t('word.year') }, ...columns],
		rows: pivotRows(years, 'year', yearLabel(drawnRows, l), [...columns.map((c) => c.key)], valueOf),
		format: (k, v) =>
			k.endsWith('~gap')
				? f.percentChange(v)
				: scale > 1
					? f.billionsValue(v)
					: view.measure === 'index'
						? f.indexValue(v)
						: measureText(view, v, l)
	};
	const yTick =
		scale > 1
			? (v: number) => f.billionsTick(v * 1e9)
			: view.measure === 'index' || view.measure === 'hhi' || view.measure === 'n80'
				? f.indexTick
				: f.percentTick;
	const yInclude = view.measure === 'index' ? [0, 100] : [0];
	const xTickCount = Math.max(1, Math.min(8, yearSpan(series)));
	return {
		takeaway: view.measure === 'gap' ? gapTakeaway(rows, mirror, view, l) : exploreTakeaway(rows, view, l),
		partial: partialNote(rows, l),
		// At most one tick a year: a short span would otherwise be ticked by months, each labelled with its year.
		model: lineModel(series, [], {
			frame: frameFor(DEFAULT_FRAME, width, height),
			yTick,
			xTick: (d) => String(d.getUTCFullYear()),
			xTickCount,
			yInclude,
			bands
		}),
		panels: view.layout === 'panels' ? panelModels(keys, series, bands, width, { yTick, xTickCount, yInclude }) : [],
		/** Panels a row: two where the drawing is wide enough, else one. */
		panelColumns: (width ?? DEFAULT_FRAME.width) >= TWO_PANELS ? 2 : 1,
		table
	};
}

/** Panels side by side from this width; below it, one a row. */
const TWO_PANELS = 640;

/**
 * Small multiples: a panel per partner (its line, and the person's own beside it), all on one
 * scale, so the panels compare at a glance as the lines of one chart do.
 */
function panelModels(
	partners: readonly string[],
	series: readonly LineSeries[],
	bands: readonly Band[],
	width: number | undefined,
	options: { yTick: (v: number) => string; xTickCount: number; yInclude: number[] }
): { partner: string; model: LineModel }[] {
	const ys = series.flatMap((s) => s.points.flatMap((p) => (p.y === null ? [] : [p.y])));
	const shared = [...options.yInclude, ...(ys.length ? [Math.min(...ys), Math.max(...ys)] : [])];
	const total = width ?? DEFAULT_FRAME.width;
	const panelWidth = total >= TWO_PANELS ? Math.floor((total - 16) / 2) : total;
	const frame = frameFor({ ...DEFAULT_FRAME, height: 260, margin: { ...DEFAULT_FRAME.margin, right: 20 } }, panelWidth);
	return partners.map((partner) => ({
		partner,
		model: lineModel(
			series.filter((s) => s.id === partner || s.id === ownKey(partner) || s.id === mirrorKey(partner)),
			[],
			{
				frame,
				yTick: options.yTick,
				xTick: (d) => String(d.getUTCFullYear()),
				xTickCount: Math.min(options.xTickCount, 4),
				yInclude: shared,
				bands: bands.filter((b) => b.id === partner)
			}
		)
	}));
}

/** The sources of the rows drawn, in the order the page lists them; all of them when nothing is drawn. */
export function drawnSources(rows: readonly ExploreRow[], sources: readonly SourceInfo[]): SourceInfo[] {
	const used = new Set(rows.flatMap((r) => r.sources));
	return used.size === 0 ? [...sources] : sources.filter((s) => used.has(s.sourceId));
}

/** Which publisher's figures each span of years is: "IMF 1960–2020; U.S. Census Bureau 2021–2025". */
export function sourceSpans(rows: readonly ExploreRow[], sources: readonly SourceInfo[]): string {
	const spans = new Map<string, [number, number]>();
	for (const r of rows)
		for (const id of r.sources) {
			const span = spans.get(id);
			spans.set(id, span ? [Math.min(span[0], r.year), Math.max(span[1], r.year)] : [r.year, r.year]);
		}
	return [...spans]
		.sort((a, b) => a[1][0] - b[1][0] || a[0].localeCompare(b[0]))
		.map(([id, [from, to]]) => {
			const source = sources.find((s) => s.sourceId === id);
			return `${source?.publisher ?? source?.title ?? id} ${from === to ? from : `${from}–${to}`}`;
		})
		.join('; ');
}

/** Years between the first and the last point drawn. */
function yearSpan(series: readonly LineSeries[]): number {
	const years = series.flatMap((s) => s.points.filter((p) => p.y !== null).map((p) => new Date(p.x).getUTCFullYear()));
	return years.length ? Math.max(...years) - Math.min(...years) : 1;
}
