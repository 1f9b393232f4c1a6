/**
 * The SQL console's gate, decided by the statement's structure: DuckDB's tokens (comments
 * dropped; strings, quoted names and dollar-quoted text kept whole), split into statements, and
 * each statement's kind read from its head, as DuckDB's grammar places it (after any opening
 * brackets, a WITH clause's common table expressions, or EXPLAIN). Words anywhere else, such as a
 * `replace()` call or a column named `set`, do not matter: a reading statement cannot write in
 * DuckDB's grammar. File and host readers are refused by name, and the engine behind the gate has
 * external access off and its configuration locked.
 *
 * The result carries a message key and parameters; the page words it.
 */

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'symbol';

export interface Token {
	kind: TokenKind;
	/** A word as written; a quoted name or string without its quotes. */
	text: string;
	/** Offset of the token in the statement. */
	start: number;
}

export type GateRefusal = { key: 'sql.error.empty' } | { key: 'sql.error.one' } | { key: 'sql.error.refused'; params: { keyword: string } } | { key: 'sql.error.files'; params: { name: string } };

export type GateResult = { ok: true; sql: string; tokens: Token[] } | ({ ok: false } & GateRefusal);

/** Statement heads that only read. */
const READING = new Set(['SELECT', 'FROM', 'VALUES', 'TABLE', 'PIVOT', 'UNPIVOT', 'PIVOT_WIDER', 'PIVOT_LONGER', 'DESCRIBE', 'SUMMARIZE', 'SHOW']);

/** Table functions that read files or hosts, or run SQL given as text (which the gate cannot see). */
const FILE_FUNCTION = /^(read_\w+|parquet_\w+|sniff_csv|glob|\w+_scan|query|query_table)$/i;

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

/** Reads a quoted run from `open` to its closing quote (doubled quotes escape; backslashes too in E'…'). */
function quotedEnd(sql: string, open: number, quote: string, backslash: boolean): number {
	let i = open + 1;
	while (i < sql.length) {
		if (backslash && sql[i] === '\\') i += 2;
		else if (sql[i] === quote) {
			if (sql[i + 1] !== quote) return i + 1;
			i += 2;
		} else i++;
	}
	return sql.length;
}

const unquote = (raw: string, quote: string) => raw.slice(1, raw.endsWith(quote) && raw.length > 1 ? -1 : undefined).replaceAll(quote + quote, quote);

/** DuckDB's tokens of a text, comments left out. An unterminated string or comment runs to the end. */
export function tokenize(sql: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const c = sql[i];
		const start = i;
		if (/\s/.test(c)) i++;
		else if (sql.startsWith('--', i)) i = sql.includes('\n', i) ? sql.indexOf('\n', i) + 1 : sql.length;
		else if (sql.startsWith('/*', i)) i = sql.includes('*/', i + 2) ? sql.indexOf('*/', i + 2) + 2 : sql.length;
		else if (c === "'" || c === '"') {
			i = quotedEnd(sql, i, c, false);
			tokens.push({ kind: c === "'" ? 'string' : 'quoted', text: unquote(sql.slice(start, i), c), start });
		} else if (/[eE]/.test(c) && sql[i + 1] === "'") {
			i = quotedEnd(sql, i + 1, "'", true);
			tokens.push({ kind: 'string', text: sql.slice(start + 2, i - 1), start });
		} else if (c === '$' && /^\$([A-Za-z_]\w*)?\$/.test(sql.slice(i))) {
			const tag = /^\$([A-Za-z_]\w*)?\$/.exec(sql.slice(i))![0];
			const close = sql.indexOf(tag, i + tag.length);
			i = close < 0 ? sql.length : close + tag.length;
			tokens.push({ kind: 'string', text: sql.slice(start + tag.length, close < 0 ? sql.length : close), start });
		} else if (WORD_START.test(c)) {
			while (i < sql.length && WORD_PART.test(sql[i])) i++;
			tokens.push({ kind: 'word', text: sql.slice(start, i), start });
		} else if (/[0-9.]/.test(c) && /[0-9]/.test(sql[i + 1] ?? c)) {
			while (i < sql.length && /[0-9._eE]/.test(sql[i])) i++;
			tokens.push({ kind: 'number', text: sql.slice(start, i), start });
		} else {
			i++;
			tokens.push({ kind: 'symbol', text: c, start });
		}
	}
	return tokens;
}

const upper = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toUpperCase() : '');
const isSymbol = (t: Token | undefined, s: string) => t?.kind === 'symbol' && t.text === s;

/** The index after the bracket that closes the one at `open`. */
function closing(tokens: readonly Token[], open: number): number {
	let depth = 0;
	for (let i = open; i < tokens.length; i++) {
		if (isSymbol(tokens[i], '(')) depth++;
		else if (isSymbol(tokens[i], ')') && --depth === 0) return i + 1;
	}
	return tokens.length;
}

/** After `WITH [RECURSIVE] name [(columns)] [USING KEY (…)] AS [NOT] [MATERIALIZED] (…), …`: the index of the main statement. */
function afterWith(tokens: readonly Token[], i: number): number {
	if (upper(tokens[i]) === 'RECURSIVE') i++;
	for (;;) {
		while (i < tokens.length && upper(tokens[i]) !== 'AS') i = isSymbol(tokens[i], '(') ? closing(tokens, i) : i + 1;
		i++;
		while (upper(tokens[i]) === 'NOT' || upper(tokens[i]) === 'MATERIALIZED') i++;
		if (!isSymbol(tokens[i], '(')) return i;
		i = closing(tokens, i);
		if (!isSymbol(tokens[i], ',')) return i;
		i++;
	}
}

/** Whether a token can open a query: a bracket or a statement keyword (a name cannot be one unquoted). */
const startsQuery = (t: Token | undefined) => isSymbol(t, '(') || ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'PIVOT', 'UNPIVOT', 'EXPLAIN'].includes(upper(t));

/** The head of the statement that starts at `i`: the keyword that decides what it does. */
function head(tokens: readonly Token[], i: number): string {
	while (isSymbol(tokens[i], '(')) i++;
	const word = upper(tokens[i]);
	if (word === 'WITH') return head(tokens, afterWith(tokens, i + 1));
	if (word === 'EXPLAIN') {
		i++;
		if (upper(tokens[i]) === 'ANALYZE' || upper(tokens[i]) === 'ANALYSE') i++;
		if (isSymbol(tokens[i], '(')) i = closing(tokens, i);
		return head(tokens, i);
	}
	// DESCRIBE, SUMMARIZE and SHOW take a name (`DESCRIBE figures`, `SHOW TABLES`) or a query, which must itself read.
	if ((word === 'DESCRIBE' || word === 'SUMMARIZE' || word === 'SHOW') && startsQuery(tokens[i + 1])) {
		const inner = head(tokens, i + 1);
		return READING.has(inner) ? word : inner;
	}
	return word || (tokens[i]?.text ?? '');
}

/** The statements of a text, each as its tokens (empty ones, e.g. a trailing `;`, left out). */
export function statements(tokens: readonly Token[]): Token[][] {
	const out: Token[][] = [[]];
	for (const t of tokens) {
		if (isSymbol(t, ';')) out.push([]);
		else out[out.length - 1].push(t);
	}
	return out.filter((s) => s.length > 0);
}

/** Whether the text is one statement that only reads the loaded tables; if not, why not. */
export function gateSql(sql: string): GateResult {
	const tokens = tokenize(sql);
	const parts = statements(tokens);
	if (parts.length === 0) return { ok: false, key: 'sql.error.empty' };
	if (parts.length > 1) return { ok: false, key: 'sql.error.one' };
	const [statement] = parts;
	const kind = head(statement, 0);
	if (!READING.has(kind)) return { ok: false, key: 'sql.error.refused', params: { keyword: kind || statement[0].text } };
	for (let i = 0; i < statement.length; i++) {
		const [t, next] = [statement[i], statement[i + 1]];
		if (t.kind === 'word' && isSymbol(next, '(') && FILE_FUNCTION.test(t.text)) return { ok: false, key: 'sql.error.files', params: { name: t.text } };
		// FROM 'file.csv' and FROM "file.csv" read files by replacement scan.
		const after = upper(t);
		if ((after === 'FROM' || after === 'JOIN' || after === 'DESCRIBE' || after === 'SUMMARIZE') && (next?.kind === 'string' || (next?.kind === 'quoted' && /[./:\\]/.test(next.text)))) {
			return { ok: false, key: 'sql.error.files', params: { name: next.text } };
		}
	}
	// Sent as written: DuckDB reads the comments and a final `;` itself, and its error positions then match the text shown.
	return { ok: true, sql, tokens: statement };
}
