/** A query's SQL as shown under a chart, so a reader can run it in the SQL console. */
import type { QueryDef } from './engine';

/** Removes the indentation the SQL has inside the TypeScript source. */
const dedent = (sql: string) => sql.replace(/\n\t+ {0,6}/g, '\n').trim();

export function querySql(def: QueryDef<never, unknown>): { id: string; sql: string; tables: readonly string[] } {
	return { id: def.id, sql: dedent(def.sql), tables: def.tables };
}
