/** The query engine for Node (prerendering, scripts, tests): DuckDB reading the built Parquet files. */
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { TABLES } from '../schema/tables';
import type { QueryEngine, SqlParam } from './engine';
import { quoteIdent, quoteText } from './sql-text';

export class NodeEngine implements QueryEngine {
	readonly #loaded = new Set<string>();

	private constructor(
		private readonly db: DuckDBConnection,
		private readonly dataDir: string
	) {}

	static async open(dataDir: string): Promise<NodeEngine> {
		const instance = await DuckDBInstance.create(':memory:', { threads: '1', autoload_known_extensions: 'false' });
		return new NodeEngine(await instance.connect(), dataDir);
	}

	async useTables(names: readonly string[]): Promise<void> {
		for (const name of names) {
			if (this.#loaded.has(name)) continue;
			if (!TABLES.some((t) => t.name === name)) throw new Error(`unknown table ${name}`);
			const path = join(this.dataDir, `${name}.parquet`);
			await this.db.run(`CREATE VIEW ${quoteIdent(name)} AS SELECT * FROM read_parquet(${quoteText(path)})`);
			this.#loaded.add(name);
		}
	}

	async all(sql: string, params: readonly SqlParam[]): Promise<Record<string, unknown>[]> {
		const reader = await this.db.runAndReadAll(sql, params as DuckDBValue[]);
		return reader.getRowObjectsJS() as Record<string, unknown>[];
	}

	close(): void {
		this.db.closeSync();
	}
}
