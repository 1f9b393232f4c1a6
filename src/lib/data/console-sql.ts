/**
 * The SQL console's statements: which published tables one names (loaded before it runs), the
 * examples, and DuckDB's errors as messages. Whether a statement may run at all is sql-gate.ts.
 */
import { TABLES } from '../schema/tables';
import type { MessageKey, Translate } from '$lib/i18n/translate';
import type { Token } from './sql-gate';

/** Published tables the statement names, by name or quoted name (to load before it runs). */
export function namedTables(tokens: readonly Token[]): string[] {
	const names = new Set(tokens.filter((t) => t.kind === 'word' || t.kind === 'quoted').map((t) => (t.kind === 'word' ? t.text.toLowerCase() : t.text)));
	return TABLES.map((t) => t.name).filter((n) => names.has(n));
}

export const EXAMPLES: { label: MessageKey; sql: string }[] = [
	{ label: 'sql.example.canola', sql: "SELECT figure_id, value, unit, qualifier, claim\nFROM figures\nWHERE claim ILIKE '%canola%'\nORDER BY value DESC" },
	{
		label: 'sql.example.trade',
		sql: "SELECT year, reporter, flow, round(value / 1e9, 2) AS usd_billions\nFROM trade_annual\nWHERE currency = 'USD'\n " +
			" AND ((reporter = 'CAN' AND partner = 'CHN') OR (reporter = 'CHN' AND partner = 'CAN'))\nORDER BY year DESC, reporter, " +
			"flow"
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
export function describeConsoleError(error: unknown, t: Translate): ConsoleError {
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
