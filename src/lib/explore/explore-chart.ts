/** The explorer's chart: one line per partner, in the chosen measure. */
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { annualPoints, lineModel, type LineModel, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import type { ExploreInput, ExploreRow } from '$lib/data/explore-queries';
import type { SourceInfo } from '$lib/data/queries';
import type { Lang } from '$lib/i18n/lang';

const COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.orange, OKABE_ITO.purple, OKABE_ITO.sky];
const DASHES = [DASH.solid, DASH.dashed, DASH.dotted, DASH.dashDot, DASH.solid, DASH.dashed];

/** The view's currency as readers write it: US$, C$ (or $ US, $ CA). */
export const currencyName = (view: Pick<ExploreInput, 'currency'>, { t }: Lang) => t(`currency.${view.currency}`);

export function measureUnit(view: ExploreInput, l: Lang): string {
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
	}
}

const valueText = (view: ExploreInput, v: number, { f }: Lang) =>
	view.measure === 'value' ? f.money(v, view.currency) : view.measure === 'index' ? f.indexValue(v) : f.percent(v);

export function exploreTitle(view: ExploreInput, { t, country }: Lang): string {
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

/** Whether a row's year is one the publisher has finished: only those are drawn as years. */
export const fullYear = (r: ExploreRow) => r.months >= 12;

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
	width?: number;
}

/**
 * One line per partner, over the years the publisher has finished; with a person's own file read, its lines for the same partners are drawn
 * beside them in the partner's colour with a dotted stroke, and named "(your file)". With `layout` panels, also a panel per partner.
 */
export function exploreChart(rows: readonly ExploreRow[], view: ExploreInput, { lang: l, own = [], width }: ExploreChartOptions) {
	const { t, f, country } = l;
	const line = (
		partner: string,
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
			const y = from.find((r) => r.partner === partner && r.year === year && fullYear(r))?.value ?? null;
			return {
				y: y === null ? null : view.measure === 'value' ? y / 1e9 : y,
				label: t('explore.point', { series: label, year, value: y === null ? t('frame.no.data') : valueText(view, y, l) })
			};
		})
	});
	const ownPartners = view.partners.filter((p) => own.some((r) => r.partner === p && r.value !== null));
	const series: LineSeries[] = [
		...view.partners.map((p, i) => line(p, p, country(p), rows, COLOURS[i % COLOURS.length], DASHES[i % DASHES.length])),
		...ownPartners.map((p) =>
			line(p, ownKey(p), ownMark(country(p), l), own, COLOURS[view.partners.indexOf(p) % COLOURS.length], DASH.dotted)
		)
	];
	const years = [...new Set([...rows, ...own.filter((r) => ownPartners.includes(r.partner))].map((r) => r.year))].sort((a, b) => a - b);
	const keys = [...view.partners, ...ownPartners.map(ownKey)];
	const valueOf = (year: number, key: string) => {
		const [partner, from] = key.endsWith('~own') ? [key.slice(0, -4), own] : [key, rows];
		return from.find((r) => r.partner === partner && r.year === year)?.value;
	};
	const table: ChartTable = {
		caption: t('explore.table.caption', { title: exploreTitle(view, l), unit: measureUnit(view, l) }),
		columns: [
			{ key: 'year', label: t('word.year') },
			...view.partners.map((p) => ({ key: p, label: country(p), numeric: true })),
			...ownPartners.map((p) => ({ key: ownKey(p), label: ownMark(country(p), l), numeric: true }))
		],
		rows: pivotRows(years, 'year', yearLabel(rows, l), keys, valueOf),
		format: (_k, v) => (view.measure === 'value' ? f.billionsValue(v) : view.measure === 'index' ? f.indexValue(v) : f.percent(v))
	};
	const yTick = view.measure === 'value' ? (v: number) => f.billionsTick(v * 1e9) : view.measure === 'index' ? f.indexTick : f.percentTick;
	const yInclude = view.measure === 'index' ? [0, 100] : [0];
	const xTickCount = Math.max(1, Math.min(8, yearSpan(series)));
	return {
		takeaway: exploreTakeaway(rows, view, l),
		partial: partialNote(rows, l),
		// At most one tick a year: a short span would otherwise be ticked by months, each labelled with its year.
		model: lineModel(series, [], {
			frame: frameFor(DEFAULT_FRAME, width),
			yTick,
			xTick: (d) => String(d.getUTCFullYear()),
			xTickCount,
			yInclude
		}),
		panels: view.layout === 'panels' ? panelModels(view.partners, series, width, { yTick, xTickCount, yInclude }) : [],
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
			series.filter((s) => s.id === partner || s.id === ownKey(partner)),
			[],
			{
				frame,
				yTick: options.yTick,
				xTick: (d) => String(d.getUTCFullYear()),
				xTickCount: Math.min(options.xTickCount, 4),
				yInclude: shared
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

/** Each partner's first and last figure in the range, in words. */
export function exploreTakeaway(rows: readonly ExploreRow[], view: ExploreInput, l: Lang): string {
	const { t, country } = l;
	const parts = view.partners.flatMap((p) => {
		const own = rows.filter((r) => r.partner === p && r.value !== null && fullYear(r));
		const [first, last] = [own[0], own.at(-1)];
		if (!first || !last) return [t('explore.takeaway.none', { partner: country(p) })];
		if (first === last)
			return [t('explore.takeaway.one', { partner: country(p), value: valueText(view, last.value as number, l), year: last.year })];
		return [
			t('explore.takeaway.range', {
				partner: country(p),
				first: valueText(view, first.value as number, l),
				firstYear: first.year,
				last: valueText(view, last.value as number, l),
				lastYear: last.year
			})
		];
	});
	return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}
