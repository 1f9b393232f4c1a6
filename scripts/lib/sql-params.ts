/** Values for a prepared statement, each with its DuckDB type: `p.text('USD')` gives `$3` and binds 'USD' to it. */
import { DOUBLE, LIST, VARCHAR, listValue, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';

export class SqlParams {
	readonly values: DuckDBValue[] = [];
	readonly types: DuckDBType[] = [];

	#add(value: DuckDBValue, type: DuckDBType): string {
		this.values.push(value);
		this.types.push(type);
		return `$${this.values.length}`;
	}

	text(value: string): string {
		return this.#add(value, VARCHAR);
	}

	number(value: number): string {
		return this.#add(value, DOUBLE);
	}

	texts(values: readonly string[]): string {
		return this.#add(listValue([...values]), LIST(VARCHAR));
	}
}
