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
