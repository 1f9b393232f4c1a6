/** Arrow results → plain row objects, which each query's `row` then types. */
import type { RecordBatch, Table } from 'apache-arrow';

export function arrowRows(table: Table | RecordBatch): Record<string, unknown>[] {
	const names = table.schema.fields.map((f) => f.name);
	const columns = names.map((n) => table.getChild(n));
	const rows: Record<string, unknown>[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Record<string, unknown> = {};
		for (let j = 0; j < names.length; j++) row[names[j]] = columns[j]?.get(i) ?? null;
		rows[i] = row;
	}
	return rows;
}
