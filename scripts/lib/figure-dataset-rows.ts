/**
 * The ledger's figures taken from an official dataset: the locator names a row of a published table
 * from that source (`trade_annual[CAN,CHN,exports,2025]`, `trade_monthly[CAN,WLD,exports,2024-06-01]`),
 * the row is the figure's own (reporter, partner, flow, period), and the figure agrees with it.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TableSpec } from '../../src/lib/schema/columns';
import { TABLES } from '../../src/lib/schema/tables';
import type { Problem } from '../../src/lib/schema/validate';
import { ABOUT_CHANGE_POINTS, satisfies } from '../../src/lib/schema/qualifiers';
import { queryRows, quoteIdent as q, quoteText, stageName } from './staging';

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const fmt = (n: number) => (Math.abs(n) >= 1e6 ? n.toExponential(4) : String(Math.round(n * 1000) / 1000));
const at = (f: Row) => ({ file: str(f._file), line: num(f._line) });
const TABLE_LOCATOR = /^([a-z_]+)\[([^[\]]+)\]$/;

type Report = (field: string, value: string, expected: string) => void;
/** The WHERE clause of a row of the figure's source with these key values (the ledger's own text, quoted). */
type Where = (values: string[]) => string;

/** A trade value equals the row's value, in the row's currency. */
function sameValue(f: Row, row: Row, problem: Report): void {
	if (str(f.unit) !== str(row.currency) || Math.abs(num(f.value) - num(row.value)) > 1e-6 * Math.abs(num(row.value)))
		problem('value', `${num(f.value)} ${str(f.unit)}`, `${str(row.value)} ${str(row.currency)}, as the row holds it`);
}

/** An annual row: the figure's own reporter, partner, flow and year; a value as the row holds it, a change as it and the year before give. */
async function annualAgrees(db: DuckDBConnection, table: TableSpec, f: Row, row: Row, values: string[], where: Where, problem: Report) {
	const year = str(f.period_start).slice(0, 4);
	const own = [str(f.reporter), str(f.partner), str(f.flow), year];
	if (own.join(',') !== values.join(',')) {
		problem('locator', str(f.locator), `trade_annual[${own.join(',')}], the figure's own reporter, partner, flow and year`);
	} else if (str(f.measure) === 'trade_value') {
		sameValue(f, row, problem);
	} else if (str(f.measure) === 'trade_change') {
		const [prev] = await queryRows(
			db,
			`SELECT value FROM ${stageName(table)} WHERE ${where([values[0], values[1], values[2], String(Number(year) - 1)])} LIMIT 1`
		);
		const change = prev ? 100 * (num(row.value) / num(prev.value) - 1) : undefined;
		if (change === undefined) problem('locator', str(f.locator), `a row for ${Number(year) - 1} as well, to compute the change from`);
		else if (!satisfies(str(f.qualifier), num(f.value), change, ABOUT_CHANGE_POINTS))
			problem('value', `${num(f.value)} (${str(f.qualifier)})`, `a change consistent with the rows, which give ${fmt(change)}%`);
	}
}

/** A monthly row: the figure's own reporter, partner, flow and month; a value of that month as the row holds it. */
function monthlyAgrees(f: Row, row: Row, values: string[], problem: Report): void {
	const own = [str(f.reporter), str(f.partner), str(f.flow), str(f.period_start)];
	if (own.join(',') !== values.join(',')) {
		problem('locator', str(f.locator), `trade_monthly[${own.join(',')}], the figure's own reporter, partner, flow and first day`);
	} else if (str(f.measure) === 'trade_value') {
		if (str(f.period_end) !== str(row.period_end))
			problem('period_end', str(f.period_end), `${str(row.period_end)}, the end of the month the row holds`);
		else sameValue(f, row, problem);
	}
}

/** A dataset figure's locator names a row of a published table from that source, and agrees with it. */
export async function datasetRows(db: DuckDBConnection, figures: Row[]): Promise<Problem[]> {
	const problems: Problem[] = [];
	for (const f of figures) {
		const match = TABLE_LOCATOR.exec(str(f.locator));
		if (!match) continue;
		const problem: Report = (field, value, expected) => problems.push({ ...at(f), field, value, expected });
		const table = TABLES.find((t) => t.name === match[1]);
		const keys = table?.key.filter((k) => k !== 'source_id') ?? [];
		const values = match[2].split(',').map((v) => v.trim());
		if (!table || !table.key.includes('source_id') || values.length !== keys.length) {
			problem(
				'locator',
				str(f.locator),
				`table[${keys.join(',') || 'key values'}] of a published table with sources (${TABLES.filter((t) => t.key.includes('source_id'))
					.map((t) => t.name)
					.join(', ')})`
			);
			continue;
		}
		const where: Where = (vals) =>
			[`source_id = ${quoteText(str(f.source_id))}`, ...keys.map((k, i) => `CAST(${q(k)} AS VARCHAR) = ${quoteText(vals[i])}`)].join(
				' AND '
			);
		const [row] = await queryRows(db, `SELECT * FROM ${stageName(table)} WHERE ${where(values)} LIMIT 1`);
		if (!row) {
			problem('locator', str(f.locator), `a row of ${table.name} from ${str(f.source_id)} with ${keys.join(', ')} = ${values.join(', ')}`);
			continue;
		}
		if (table.name === 'trade_annual') await annualAgrees(db, table, f, row, values, where, problem);
		else if (table.name === 'trade_monthly') monthlyAgrees(f, row, values, problem);
	}
	return problems;
}
