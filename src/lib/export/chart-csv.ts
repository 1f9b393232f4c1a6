/** A chart's data table as CSV: the raw values under the table's headers, its citation in `#` lines above. */
import { oneLine } from '$lib/util/text';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ChartTable } from '$lib/charts/table';
import type { Translate } from '$lib/i18n/translate';

export interface CsvContext {
	title: string;
	sourceLine: string;
	link: string;
	/** ISO date of the download. */
	accessed: string;
}

/** Comment lines cannot break out of the comment: line breaks in any text become spaces. */

export function chartCsv(table: ChartTable, context: CsvContext, t: Translate): string {
	const header = [
		`# ${oneLine(context.title)}`,
		`# ${oneLine(context.sourceLine)}`,
		`# ${t('export.csv.link', { link: oneLine(context.link) })}`,
		`# ${t('export.accessed', { date: context.accessed })}`
	];
	const body = stringify(
		table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
		{ header: true, columns: table.columns.map((c) => c.label), cast: { number: (n) => String(n), boolean: (b) => String(b) } }
	);
	return `${header.join('\n')}\n${body}`;
}

export const exportFileName = (id: string, extension: 'csv' | 'svg' | 'png') => `trade-lens-${id}.${extension}`;
