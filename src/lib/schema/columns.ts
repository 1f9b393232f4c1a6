/**
 * Column specifications: the one description of every published table's columns.
 * Scripts validate input rows and write Parquet from it; `RowOf` types a validated row by it.
 */

export type ColumnType = 'text' | 'double' | 'integer' | 'date' | 'boolean';

interface ColumnBase<T extends ColumnType> {
	readonly name: string;
	readonly type: T;
	readonly nullable?: boolean;
	readonly description: string;
}

export interface TextColumn extends ColumnBase<'text'> {
	/** Allowed values, when the column is an enumeration. */
	readonly values?: readonly string[];
	/** Human wording of the values, used in error messages in place of a list too long to read. */
	readonly valuesHint?: string;
	/** A regular expression the whole value must match. */
	readonly pattern?: RegExp;
	/** Human wording of the pattern, used in error messages. */
	readonly patternHint?: string;
	/** The value must be a known country or economy code. */
	readonly country?: boolean;
	/** The value must name a row of another table (foreign key), checked by the build. */
	readonly references?: 'sources' | 'figures';
}

export interface DoubleColumn extends ColumnBase<'double'> {
	readonly min?: number;
	readonly max?: number;
}

export interface IntegerColumn extends ColumnBase<'integer'> {
	readonly min?: number;
	readonly max?: number;
}

export type DateColumn = ColumnBase<'date'>;
export type BooleanColumn = ColumnBase<'boolean'>;

export type ColumnSpec = TextColumn | DoubleColumn | IntegerColumn | DateColumn | BooleanColumn;

export interface TableSpec {
	readonly name: string;
	readonly title: string;
	readonly description: string;
	readonly columns: readonly ColumnSpec[];
	/** Columns whose values together identify a row; checked for duplicates. */
	readonly key: readonly string[];
	/** Order of rows in the written Parquet (makes output reproducible and lets readers skip row groups). */
	readonly orderBy: readonly string[];
	/**
	 * Columns the table is also published split by: one Parquet file per value of each, so a view of
	 * one economy reads only its part (`trade_annual/reporter/CAN.parquet`), not the whole table.
	 */
	readonly splitBy?: readonly string[];
	/** A column the table is also written Hive-partitioned by (`<table>/<column>=<value>/…`), for other engines. */
	readonly hiveBy?: string;
}

/** The TypeScript type a column's values take in a row (dates as ISO `YYYY-MM-DD` strings). */
type BaseValue<C extends ColumnSpec> = C extends { readonly type: 'text'; readonly values: readonly (infer V)[] }
	? V
	: C extends { readonly type: 'text' }
		? string
		: C extends { readonly type: 'double' | 'integer' }
			? number
			: C extends { readonly type: 'date' }
				? string
				: C extends { readonly type: 'boolean' }
					? boolean
					: never;

export type ValueOf<C extends ColumnSpec> = C extends { readonly nullable: true } ? BaseValue<C> | null : BaseValue<C>;

/** A typed row of a table, derived from its specification. */
export type RowOf<T extends TableSpec> = {
	-readonly [C in T['columns'][number] as C['name']]: ValueOf<C>;
};

/** DuckDB / Parquet logical type of a column. */
export function sqlType(column: ColumnSpec): string {
	switch (column.type) {
		case 'text':
			return 'VARCHAR';
		case 'double':
			return 'DOUBLE';
		case 'integer':
			return 'INTEGER';
		case 'date':
			return 'DATE';
		case 'boolean':
			return 'BOOLEAN';
	}
}
