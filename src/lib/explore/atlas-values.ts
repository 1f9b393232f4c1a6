/**
 * The Map and Table tabs' figures: for every economy and year, the view's measure, worked out from
 * the rows of the indicators table or of one partner's measures. Pure: the same rows give the same
 * cells on the server (the prerendered map) and in the browser.
 */
import type { ExploreFlow, ExploreQuery, ExploreMeasure } from '$lib/data/explore-queries';
import type { IndicatorRow, PartnerMeasureRow } from '$lib/data/indicator-queries';

/** The flows a map can colour: a balance or a total of both has no share, rank or mirror of its own. */
export type AtlasFlow = Extract<ExploreFlow, 'exports' | 'imports'>;

export interface AtlasCell {
	code: string;
	year: number;
	/** The measure: the view's currency for value, per cent for share, change and gap, 100 = base for index, HHI points, a count. */
	value: number | null;
	/** For the largest-partner measure: the partner's code (the value is its share). */
	category: string | null;
	/** The months the figure covers (12, or fewer for a year the publisher has not finished). */
	months: number;
	sourceId: string | null;
	/** For the mirror gap: how each side values the flow (fob, cif…). */
	valuation?: string | null;
	mirrorValuation?: string | null;
}

/** What the map and table read for a view: one partner's measures, or every economy's indicators. */
export interface AtlasQuestion {
	kind: 'partner' | 'indicators';
	partner: string;
	flow: AtlasFlow;
	currency: ExploreQuery['currency'];
}

/** Which rows a view needs; the key names them in a cache. */
export function atlasQuestion(view: ExploreQuery): AtlasQuestion & { key: string } {
	const flow: AtlasFlow = view.flow === 'imports' ? 'imports' : 'exports';
	const kind = isIndicator(view.measure) ? 'indicators' : 'partner';
	const partner = view.partners[0];
	return { kind, partner, flow, currency: view.currency, key: [kind, kind === 'partner' ? partner : '', flow, view.currency].join('|') };
}

export const isIndicator = (m: ExploreMeasure): m is 'top' | 'hhi' | 'n80' => m === 'top' || m === 'hhi' || m === 'n80';

export interface AtlasRows {
	partner?: readonly PartnerMeasureRow[];
	indicators?: readonly IndicatorRow[];
}

/**
 * Every cell of the view's measure, all years. A change compares a full year with the full year
 * before; an index compares with the base year; the side chooses whose figure a value is (the
 * economy's own, or what the partner reports of it).
 */
export function atlasCells(view: ExploreQuery, rows: AtlasRows): AtlasCell[] {
	if (isIndicator(view.measure)) {
		return (rows.indicators ?? []).map((r) => ({
			code: r.reporter,
			year: r.year,
			value: view.measure === 'top' ? r.topShare : view.measure === 'hhi' ? r.hhi : r.partners80,
			category: view.measure === 'top' ? r.topPartner : null,
			months: r.months,
			sourceId: r.sourceId
		}));
	}
	const own = view.side === 'reporter';
	const list = rows.partner ?? [];
	const amount = (r: PartnerMeasureRow) => (own ? r.value : r.mirror);
	const byKey = new Map(list.map((r) => [`${r.reporter}|${r.year}`, r]));
	return list.map((r) => {
		const a = amount(r);
		const months = (own ? r.months : r.mirrorMonths) ?? r.months ?? r.mirrorMonths ?? 12;
		const full = months === 12;
		let value: number | null;
		switch (view.measure) {
			case 'share':
				value = r.share;
				break;
			case 'gap':
				value = r.gapPct;
				break;
			case 'change': {
				const before = byKey.get(`${r.reporter}|${r.year - 1}`);
				const b = before && (own ? before.months : before.mirrorMonths) === 12 ? amount(before) : null;
				value = full && a !== null && b ? 100 * (a / b - 1) : null;
				break;
			}
			case 'index': {
				const base = byKey.get(`${r.reporter}|${view.base}`);
				const b = base && (own ? base.months : base.mirrorMonths) === 12 ? amount(base) : null;
				value = full && a !== null && b ? (100 * a) / b : null;
				break;
			}
			default:
				value = a;
		}
		return {
			code: r.reporter,
			year: r.year,
			value,
			category: null,
			months,
			sourceId: (own ? r.sourceId : r.mirrorSourceId) ?? r.sourceId ?? r.mirrorSourceId,
			valuation: r.valuation,
			mirrorValuation: r.mirrorValuation
		};
	});
}

/** What the cells of a view depend on, as one string: a change of anything else (tab, year, layout) keeps them. */
export const cellsInput = (view: ExploreQuery) =>
	[atlasQuestion(view).key, view.measure, view.side, view.measure === 'index' ? view.base : ''].join('|');

/** The cells by year and economy, so a change of year is a lookup. */
export function cellsByYear(cells: readonly AtlasCell[]): Map<number, Map<string, AtlasCell>> {
	const years = new Map<number, Map<string, AtlasCell>>();
	for (const c of cells) {
		let year = years.get(c.year);
		if (!year) years.set(c.year, (year = new Map()));
		year.set(c.code, c);
	}
	return years;
}

/** The first and last years with any figure, for the year slider. */
export function yearExtent(byYear: ReadonlyMap<number, ReadonlyMap<string, AtlasCell>>): [number, number] | null {
	const years = [...byYear.entries()].filter(([, m]) => [...m.values()].some((c) => c.value !== null)).map(([y]) => y);
	return years.length ? [Math.min(...years), Math.max(...years)] : null;
}

/**
 * The partners most often largest over every year, most first: the map's categories (the rest are
 * "other"). Taken over all years, so a partner keeps its colour as the years play.
 */
export function topCategories(byYear: ReadonlyMap<number, ReadonlyMap<string, AtlasCell>>, count = 7): string[] {
	const counts = new Map<string, number>();
	for (const cells of byYear.values())
		for (const c of cells.values()) if (c.category) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, count)
		.map(([key]) => key);
}

/** A year's cells keyed as the map's shapes are (ISO numeric codes), each named and worded for the reader. */
export function mapData<D>(
	numeric: Readonly<Record<string, string>>,
	cells: ReadonlyMap<string, AtlasCell> | undefined,
	datum: (code: string, cell: AtlasCell) => D
): Map<string, D> {
	const out = new Map<string, D>();
	for (const [id, code] of Object.entries(numeric)) {
		const cell = cells?.get(code);
		if (cell) out.set(id, datum(code, cell));
	}
	return out;
}

/** The sources of the figures the cells hold. */
export function cellSources(byYear: ReadonlyMap<number, ReadonlyMap<string, AtlasCell>>): string[] {
	return [...new Set([...byYear.values()].flatMap((cells) => [...cells.values()].flatMap((c) => (c.sourceId ? [c.sourceId] : []))))];
}
