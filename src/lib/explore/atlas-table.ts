/**
 * The Table tab: every economy with the view's measure for one year or a span of years, searched,
 * filtered by World Bank region and income group, and sorted by any column. Pure, so the same
 * table is prerendered and redrawn in the browser.
 */
import type { CountryRow } from '$lib/data/country-queries';
import type { Lang } from '$lib/i18n/lang';
import { isResidual } from '$lib/schema/countries';
import { incomeCode, regionCode, type IncomeCode, type RegionCode } from '$lib/schema/groups';
import type { AtlasCell } from './atlas-values';
import { fold } from './partner-options';

export interface Economy {
	code: string;
	name: string;
	region: RegionCode | null;
	income: IncomeCode | null;
	/** A group of economies (World, Euro Area…): listed, marked, and never on the map. */
	aggregate: boolean;
}

export type SortKey = 'name' | 'region' | 'income' | `y${number}`;

export interface TableFilter {
	search: string;
	region: RegionCode | '';
	income: IncomeCode | '';
	sort: SortKey;
	descending: boolean;
}

export const NO_FILTER: TableFilter = { search: '', region: '', income: '', sort: 'name', descending: false };

export interface TableRow {
	economy: Economy;
	cells: (AtlasCell | undefined)[];
}

/** The years the table's columns show: the view's year, or every year from–to that has a figure. */
export function tableYears(period: 'year' | 'span', year: number, from: number, to: number, extent: [number, number] | null): number[] {
	if (period === 'year') return [year];
	const [first, last] = extent ? [Math.max(from, extent[0]), Math.min(to, extent[1])] : [from, to];
	return last < first ? [year] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Economies with at least one figure in the years shown, each with its cells. */
export function tableRows(
	economies: ReadonlyMap<string, Economy>,
	byYear: ReadonlyMap<number, ReadonlyMap<string, AtlasCell>>,
	years: readonly number[]
): TableRow[] {
	const codes = new Set<string>();
	for (const y of years) for (const [code, cell] of byYear.get(y) ?? []) if (cell.value !== null) codes.add(code);
	return [...codes].flatMap((code) => {
		const economy = economies.get(code);
		return economy ? [{ economy, cells: years.map((y) => byYear.get(y)?.get(code)) }] : [];
	});
}

/**
 * The rows a filter keeps, in its order. Search terms are separated by commas; a row matches any
 * term in its name (accents and case ignored) or the start of its code. Empty cells sort last
 * either way; a category (the largest partner) sorts by its name.
 */
export function filterRows(
	rows: readonly TableRow[],
	years: readonly number[],
	filter: TableFilter,
	compare: (a: string, b: string) => number,
	categoryName: (code: string) => string
): TableRow[] {
	const terms = filter.search
		.split(',')
		.map((s) => fold(s.trim()))
		.filter(Boolean);
	const kept = rows.filter(
		({ economy: e }) =>
			(!filter.region || e.region === filter.region) &&
			(!filter.income || e.income === filter.income) &&
			(terms.length === 0 || terms.some((q) => fold(e.name).includes(q) || e.code.toLowerCase().startsWith(q)))
	);
	const byName = (a: TableRow, b: TableRow) => compare(a.economy.name, b.economy.name);
	const sign = filter.descending ? -1 : 1;
	const column = filter.sort.startsWith('y') ? years.indexOf(Number(filter.sort.slice(1))) : -1;
	const key = (r: TableRow): string | number | null => {
		if (filter.sort === 'region' || filter.sort === 'income') return r.economy[filter.sort];
		const cell = r.cells[column];
		if (!cell || cell.value === null) return null;
		return cell.category ? categoryName(cell.category) : cell.value;
	};
	if (filter.sort === 'name' || (filter.sort.startsWith('y') && column < 0)) return kept.sort((a, b) => sign * byName(a, b));
	return kept.sort((a, b) => {
		const [ka, kb] = [key(a), key(b)];
		if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1;
		const order = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : compare(String(ka), String(kb));
		return sign * order || byName(a, b);
	});
}

/** The economies a table lists (publishers' residual categories are none), named in the reader's language. */
export function economiesOf(countries: readonly Pick<CountryRow, 'code' | 'region' | 'income' | 'aggregate'>[], l: Lang) {
	return new Map<string, Economy>(
		countries
			.filter((c) => !isResidual(c.code))
			.map((c) => [
				c.code,
				{ code: c.code, name: l.country(c.code), region: regionCode(c.region), income: incomeCode(c.income), aggregate: c.aggregate }
			])
	);
}

/** ISO numeric codes as the map's shapes have them ("004") to alpha-3. */
export const numericCodes = (countries: readonly Pick<CountryRow, 'code' | 'numeric'>[]): Record<string, string> =>
	Object.fromEntries(countries.flatMap((c) => (c.numeric === null ? [] : [[String(c.numeric).padStart(3, '0'), c.code]])));
