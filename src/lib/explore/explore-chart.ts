/** The explorer's chart: one line per partner, in the chosen measure. */
import { billionsTick, billionsValue, money, percent, percentTick } from '$lib/charts/format';
import { DEFAULT_FRAME, frameFor } from '$lib/charts/frame';
import { annualPoints, lineModel, type LineSeries } from '$lib/charts/line-model';
import { DASH, OKABE_ITO } from '$lib/charts/palette';
import { pivotRows, type ChartTable } from '$lib/charts/table';
import type { ExploreInput, ExploreRow } from '$lib/data/explore-queries';
import { countryName } from '$lib/schema/country-names';

const COLOURS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.orange, OKABE_ITO.purple, OKABE_ITO.sky];
const DASHES = [DASH.solid, DASH.dashed, DASH.dotted, DASH.dashDot, DASH.solid, DASH.dashed];

const FLOW_TEXT = { exports: 'exports to', imports: 'imports from', balance: 'trade balance with', total: 'total trade with' } as const;

export function measureUnit(view: ExploreInput): string {
	switch (view.measure) {
		case 'value':
			return 'US$ billions';
		case 'share':
			return `Per cent of ${countryName(view.reporter)}’s total`;
		case 'change':
			return 'Per cent change on the year before';
		case 'index':
			return `Index, ${view.base} = 100`;
	}
}

const valueText = (view: ExploreInput, v: number) =>
	view.measure === 'value' ? money(v, 'USD') : view.measure === 'index' ? v.toFixed(1) : percent(v);

export function exploreTitle(view: ExploreInput): string {
	const whose = view.side === 'reporter' ? `as ${countryName(view.reporter)} reports it` : 'as the partners report it';
	return `${countryName(view.reporter)}’s ${FLOW_TEXT[view.flow]} ${view.partners.map(countryName).join(', ')}, ${view.from}–${view.to}, ${whose}`;
}

/** A line's name: the partner, marked when the figures come from the person's own file. */
export const OWN_MARK = ' (your file)';
const ownKey = (partner: string) => `${partner}~own`;

/**
 * One line per partner; with a person's own file read, its lines for the same partners are drawn
 * beside them in the partner's colour with a dotted stroke, and named "(your file)".
 */
export function exploreChart(rows: readonly ExploreRow[], view: ExploreInput, own: readonly ExploreRow[] = [], width?: number) {
	const line = (partner: string, id: string, label: string, from: readonly ExploreRow[], colour: string, dash: string | undefined): LineSeries => ({
		id,
		label,
		colour,
		dash,
		points: annualPoints(view.from, view.to, (year) => {
			const y = from.find((r) => r.partner === partner && r.year === year)?.value ?? null;
			return { y: y === null ? null : view.measure === 'value' ? y / 1e9 : y, label: `${label}, ${year}: ${y === null ? 'no data' : valueText(view, y)}` };
		})
	});
	const ownPartners = view.partners.filter((p) => own.some((r) => r.partner === p && r.value !== null));
	const series: LineSeries[] = [
		...view.partners.map((p, i) => line(p, p, countryName(p), rows, COLOURS[i % COLOURS.length], DASHES[i % DASHES.length])),
		...ownPartners.map((p) => line(p, ownKey(p), `${countryName(p)}${OWN_MARK}`, own, COLOURS[view.partners.indexOf(p) % COLOURS.length], DASH.dotted))
	];
	const years = [...new Set([...rows, ...own.filter((r) => ownPartners.includes(r.partner))].map((r) => r.year))].sort((a, b) => a - b);
	const keys = [...view.partners, ...ownPartners.map(ownKey)];
	const valueOf = (year: number, key: string) => {
		const [partner, from] = key.endsWith('~own') ? [key.slice(0, -4), own] : [key, rows];
		return from.find((r) => r.partner === partner && r.year === year)?.value;
	};
	const table: ChartTable = {
		caption: `${exploreTitle(view)}: ${measureUnit(view)}`,
		columns: [
			{ key: 'year', label: 'Year' },
			...view.partners.map((p) => ({ key: p, label: countryName(p), numeric: true })),
			...ownPartners.map((p) => ({ key: ownKey(p), label: `${countryName(p)}${OWN_MARK}`, numeric: true }))
		],
		rows: pivotRows(years, 'year', String, keys, valueOf),
		format: (_k, v) => (view.measure === 'value' ? billionsValue(v) : view.measure === 'index' ? v.toFixed(1) : percent(v))
	};
	const yTick = view.measure === 'value' ? (v: number) => billionsTick(v * 1e9) : view.measure === 'index' ? (v: number) => String(v) : percentTick;
	return {
		takeaway: exploreTakeaway(rows, view),
		model: lineModel(series, [], { frame: frameFor(DEFAULT_FRAME, width), yTick, xTick: (d) => String(d.getUTCFullYear()), yInclude: view.measure === 'index' ? [0, 100] : [0] }),
		table
	};
}

/** Each partner's first and last figure in the range, in words. */
export function exploreTakeaway(rows: readonly ExploreRow[], view: ExploreInput): string {
	const parts = view.partners.flatMap((p) => {
		const own = rows.filter((r) => r.partner === p && r.value !== null);
		const [first, last] = [own[0], own.at(-1)];
		if (!first || !last) return [`no figures for ${countryName(p)} in these years`];
		if (first === last) return [`${countryName(p)} ${valueText(view, last.value as number)} in ${last.year}`];
		return [`${countryName(p)} from ${valueText(view, first.value as number)} in ${first.year} to ${valueText(view, last.value as number)} in ${last.year}`];
	});
	return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}
