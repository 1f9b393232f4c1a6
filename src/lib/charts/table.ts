/** The accessible data table every chart carries: exactly the values it draws. */
export interface TableColumn {
	key: string;
	label: string;
	numeric?: boolean;
}

export type TableCell = string | number | null;

export interface ChartTable {
	caption: string;
	columns: TableColumn[];
	rows: Record<string, TableCell>[];
	/** Formats a numeric cell for display; the raw value stays available for download. */
	format?: (key: string, value: number) => string;
}

/**
 * A wide table: a row per key (a year, a period) holding the key's text under `keyColumn`, and a
 * cell per series, empty where `valueAt` has no value.
 */
export function pivotRows<K>(
	keys: readonly K[],
	keyColumn: string,
	keyText: (key: K) => string,
	series: readonly string[],
	valueAt: (key: K, series: string) => number | null | undefined
): Record<string, TableCell>[] {
	return keys.map((key) => ({ [keyColumn]: keyText(key), ...Object.fromEntries(series.map((s) => [s, valueAt(key, s) ?? null])) }));
}

export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by one column: numbers by value, text by locale order, empty cells last either way. */
export function sortRows(rows: readonly Record<string, TableCell>[], key: string, direction: SortDirection): Record<string, TableCell>[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const [x, y] = [a[key], b[key]];
		if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
		if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
		return sign * String(x).localeCompare(String(y), 'en', { numeric: true });
	});
}
