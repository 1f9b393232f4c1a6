/** The SQL of each query by id, shown under a chart so a reader can run it in the SQL console. */
import { allFigures, allSources, bilateralTrade, canolaExports, exportShares, publicOpinion, tariffEvents } from './queries';

const ALL = [bilateralTrade, exportShares, publicOpinion, tariffEvents, canolaExports, allFigures, allSources];

/** Removes the indentation the SQL has inside the TypeScript source. */
const dedent = (sql: string) => sql.replace(/\n\t+ {0,6}/g, '\n').trim();

export function querySql(id: string): { id: string; sql: string; tables: readonly string[] } {
	const def = ALL.find((q) => q.id === id);
	if (!def) throw new Error(`no query ${id}`);
	return { id: def.id, sql: dedent(def.sql), tables: def.tables };
}
