/**
 * What the query layer needs from a database: DuckDB in Node (build time, tests) and DuckDB-WASM
 * (browser) both implement it, so the same queries run in both.
 */
export type SqlParam = string | number | boolean | null;

/** The rows of a published table with one value in a split column (see TableSpec.splitBy). */
export interface TablePart {
	table: string;
	column: string;
	key: string;
}

export interface QueryEngine {
	/** Makes the named published tables queryable by name (loads each at most once). */
	useTables(names: readonly string[]): Promise<void>;
	/**
	 * Makes at least these parts of published tables queryable under the tables' names. An engine
	 * that reads whole tables anyway (DuckDB in Node) leaves this out.
	 */
	useParts?(parts: readonly TablePart[]): Promise<void>;
	/** Runs one statement with positional parameters ($1, $2, …) and returns plain row objects. */
	all(sql: string, params: readonly SqlParam[]): Promise<Record<string, unknown>[]>;
}

/** A named query: its SQL, the tables it reads, how its parameters are checked, how rows are typed. */
export interface QueryDef<P, R> {
	id: string;
	tables: readonly string[];
	sql: string;
	/** Turns checked parameters into the positional values of the SQL; throws on a bad parameter. */
	params(input: P): SqlParam[];
	row(raw: Record<string, unknown>): R;
	/** The only parts of its tables the query reads for this input (called after `params` checked it). */
	parts?(input: P): TablePart[];
}

/** Numbers from DuckDB may be BigInt (COUNT, SUM of integers): convert once, here. */
export function toNumber(value: unknown): number {
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
	throw new TypeError(`expected a number, got ${String(value)}`);
}

export function toNullableNumber(value: unknown): number | null {
	return value === null || value === undefined ? null : toNumber(value);
}

/** DATE values arrive as text from Node and as epoch milliseconds or Date from Arrow: always ISO text out. */
export function toIsoDate(value: unknown): string {
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value)).toISOString().slice(0, 10);
	throw new TypeError(`expected a date, got ${String(value)}`);
}

export function toText(value: unknown): string {
	if (typeof value !== 'string') throw new TypeError(`expected text, got ${String(value)}`);
	return value;
}

export function toNullableText(value: unknown): string | null {
	return value === null || value === undefined ? null : toText(value);
}

export async function runQuery<P, R>(engine: QueryEngine, def: QueryDef<P, R>, input: P): Promise<R[]> {
	const params = def.params(input);
	if (def.parts && engine.useParts) {
		// The parts of split tables, and whole any other table the query names (a small one, such as countries).
		const parts = def.parts(input);
		await Promise.all([engine.useParts(parts), engine.useTables(def.tables.filter((t) => !parts.some((p) => p.table === t)))]);
	} else await engine.useTables(def.tables);
	const rows = await engine.all(def.sql, params);
	return rows.map((r) => def.row(r));
}
