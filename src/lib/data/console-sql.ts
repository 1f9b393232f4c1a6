/**
 * The SQL console's gate: one read-only statement over the published tables. DuckDB-WASM has no
 * offline SQL parser to ask, so the check is lexical and strict: comments, strings and quoted
 * names are blanked out, then the statement must start with a reading keyword and name no
 * statement that writes, attaches, installs, loads or changes settings. The engine also turns
 * external access off and locks its configuration, so even a statement that got past this could
 * not read or write files or other hosts.
 */
import { TABLES } from '../schema/tables';
import { translator, type MessageKey, type Translate } from '$lib/i18n/translate';

const READING = ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN', 'PIVOT', 'UNPIVOT'];
const REFUSED = [
	'INSERT', 'UPDATE', 'DELETE', 'CREATE', 'DROP', 'ALTER', 'COPY', 'ATTACH', 'DETACH', 'INSTALL', 'LOAD', 'SET', 'RESET',
	'PRAGMA', 'CALL', 'CHECKPOINT', 'FORCE', 'EXPORT', 'IMPORT', 'VACUUM', 'USE', 'TRUNCATE', 'MERGE', 'GRANT', 'REVOKE',
	'BEGIN', 'COMMIT', 'ROLLBACK', 'ABORT', 'PREPARE', 'EXECUTE', 'DEALLOCATE', 'UPSERT', 'REPLACE'
];
/** Table functions that read files or other hosts; `FROM 'file'` is caught too (both also blocked by the engine's settings). */
const FILE_FUNCTIONS = /\b(read_\w+|parquet_\w+|glob|sniff_csv|\w+_scan)\s*\(/i;

export type ConsoleCheck = { ok: true; sql: string } | { ok: false; message: string };

/** The statement with comments, string literals and quoted identifiers blanked (same length). */
export function blankLiterals(sql: string): string {
	return sql.replace(/--[^\n]*|\/\*[\s\S]*?(\*\/|$)|'(?:[^']|'')*('|$)|"(?:[^"]|"")*("|$)|\$\$[\s\S]*?(\$\$|$)/g, (m) =>
		m.startsWith("'") || m.startsWith('"') ? m[0] + ' '.repeat(Math.max(0, m.length - 2)) + m[0] : ' '.repeat(m.length)
	);
}

export function checkReadOnly(sql: string, t: Translate = translator('en')): ConsoleCheck {
	const code = blankLiterals(sql).trim();
	if (code === '') return { ok: false, message: t('sql.error.empty') };
	const body = code.replace(/;\s*$/, '');
	if (body.includes(';')) return { ok: false, message: t('sql.error.one') };
	const first = body.match(/^\(*\s*([A-Za-z]+)/)?.[1]?.toUpperCase() ?? '';
	const words = new Set((body.match(/[A-Za-z_]+/g) ?? []).map((w) => w.toUpperCase()));
	const refused = REFUSED.find((w) => words.has(w)) ?? (READING.includes(first) ? undefined : first);
	if (refused) {
		return {
			ok: false,
			message: t('sql.error.refused', { keyword: refused })
		};
	}
	if (FILE_FUNCTIONS.test(body) || /\b(FROM|JOIN)\s+'/i.test(body)) return { ok: false, message: t('sql.error.files') };
	return { ok: true, sql: sql.trim().replace(/;\s*$/, '') };
}

/** Published tables the statement names (to load before it runs). */
export function namedTables(sql: string): string[] {
	const words = new Set((blankLiterals(sql).match(/[A-Za-z_]+/g) ?? []).map((w) => w.toLowerCase()));
	return TABLES.map((t) => t.name).filter((n) => words.has(n));
}

export const EXAMPLES: { label: MessageKey; sql: string }[] = [
	{ label: 'sql.example.canola', sql: "SELECT figure_id, value, unit, qualifier, claim\nFROM figures\nWHERE claim ILIKE '%canola%'\nORDER BY value DESC" },
	{
		label: 'sql.example.trade',
		sql: "SELECT year, reporter, flow, round(value / 1e9, 2) AS usd_billions\nFROM trade_annual\nWHERE currency = 'USD'\n  AND ((reporter = 'CAN' AND partner = 'CHN') OR (reporter = 'CHN' AND partner = 'CAN'))\nORDER BY year DESC, reporter, flow"
	},
	{ label: 'sql.example.tariffs', sql: "SELECT event_date, imposing, measure, rate_pct\nFROM tariff_events\nWHERE status = 'in_force'\nORDER BY event_date" },
	{ label: 'sql.example.rows', sql: "SELECT 'figures' AS t, count(*) AS n FROM figures\nUNION ALL SELECT 'trade_annual', count(*) FROM trade_annual\nUNION ALL SELECT 'opinion', count(*) FROM opinion" }
];

export interface ConsoleError {
	message: string;
	/** Character offset in the statement (0-based), when DuckDB gives one. */
	position: number | null;
}

/** DuckDB's error (plain text or its JSON form) as a message and a position in the statement. */
export function describeConsoleError(error: unknown, t: Translate = translator('en')): ConsoleError {
	// The engine's ConsoleCancelled, told by its reason (the engine module stays out of this one).
	const reason = error instanceof Error ? (error as Error & { reason?: unknown }).reason : undefined;
	if (reason === 'timeout' || reason === 'cancelled') return { message: t(reason === 'timeout' ? 'sql.error.timeout' : 'sql.error.cancelled'), position: null };
	const text = error instanceof Error ? error.message : String(error);
	try {
		const parsed = JSON.parse(text) as { exception_type?: string; exception_message?: string; position?: string };
		if (parsed.exception_message) {
			const position = parsed.position === undefined ? null : Number(parsed.position);
			return { message: t('sql.error.query', { kind: parsed.exception_type ?? 'Query', detail: parsed.exception_message }), position: Number.isFinite(position) ? position : null };
		}
	} catch {
		// Not JSON: DuckDB's plain message.
	}
	return { message: text, position: null };
}
