/** The explorer's chart: one line per partner, in the chosen measure. */
import { billionsTick, money, percent, percentTick } from '$lib/charts/format';
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

export function exploreChart(rows: readonly ExploreRow[], view: ExploreInput) {
	const series: LineSeries[] = view.partners.map((partner, i) => {
		const points = annualPoints(view.from, view.to, (year) => {
			const y = rows.find((r) => r.partner === partner && r.year === year)?.value ?? null;
			return { y: y === null ? null : view.measure === 'value' ? y / 1e9 : y, label: `${countryName(partner)}, ${year}: ${y === null ? 'no data' : valueText(view, y)}` };
		});
		return { id: partner, label: countryName(partner), colour: COLOURS[i % COLOURS.length], dash: DASHES[i % DASHES.length], points };
	});
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const table: ChartTable = {
		caption: `${exploreTitle(view)}: ${measureUnit(view)}`,
		columns: [{ key: 'year', label: 'Year' }, ...view.partners.map((p) => ({ key: p, label: countryName(p), numeric: true }))],
		rows: pivotRows(years, 'year', String, view.partners, (year, p) => rows.find((r) => r.partner === p && r.year === year)?.value),
		format: (_k, v) => (view.measure === 'value' ? billionsTick(v) : view.measure === 'index' ? v.toFixed(1) : percent(v))
	};
	const yTick = view.measure === 'value' ? (v: number) => billionsTick(v * 1e9) : view.measure === 'index' ? (v: number) => String(v) : percentTick;
	return {
		takeaway: exploreTakeaway(rows, view),
		model: lineModel(series, [], { yTick, xTick: (d) => String(d.getUTCFullYear()), yInclude: view.measure === 'index' ? [0, 100] : [0] }),
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
