/**
 * The SQL console's gate, decided by structure: a table of statements, each answered or refused.
 * Every statement the table marks answered is run by DuckDB-WASM, locked down as the console runs
 * it, and must return rows; every one it marks refused must be refused by the gate with the reason
 * given.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeConsoleError, namedTables } from '../../src/lib/data/console-sql';
import { gateSql, tokenize } from '../../src/lib/data/sql-gate';
import type { WasmEngine } from '../../src/lib/data/wasm-engine';
import { translator } from '../../src/lib/i18n/translate';
import { ROOT } from '../helpers/project';
import { openNodeWasmEngine } from '../helpers/wasm-node';

type Refusal = 'empty' | 'one' | 'files' | `refused ${string}`;

const ANSWERED = [
	"SELECT replace(claim, 'a', 'b') AS c FROM figures",
	'SELECT 1 AS set',
	'SELECT figure_id AS use, value AS force, unit AS load FROM figures',
	"SELECT upper(claim), regexp_replace(claim, 'a', 'b'), string_split(claim, ' ')[1] FROM figures LIMIT 1",
	'SELECT list_transform([1, 2], x -> x + 1) AS l',
	'WITH a AS (SELECT 1 AS x) SELECT * FROM a',
	'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT sum(n) AS s FROM t',
	'WITH a AS MATERIALIZED (SELECT 1 AS x), b AS NOT MATERIALIZED (SELECT 2 AS y) SELECT x, y FROM a, b',
	'FROM figures SELECT figure_id LIMIT 3',
	'FROM figures',
	'PIVOT figures ON unit USING count(*)',
	'UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME k VALUE v',
	'DESCRIBE figures',
	'SUMMARIZE figures',
	'SUMMARIZE SELECT value FROM figures',
	'SHOW TABLES',
	"VALUES (1, 'a'), (2, 'b')",
	'TABLE sources',
	'(SELECT 1) UNION ALL (SELECT 2)',
	"SELECT 'drop table x; insert' AS s",
	'-- DROP TABLE figures\nSELECT count(*) AS n FROM figures',
	'/* SET threads = 1; */ SELECT 1 AS one',
	'SELECT "set", "load" FROM (SELECT 1 AS "set", 2 AS "load")',
	'SELECT $$it’s; DROP TABLE figures$$ AS s',
	"SELECT E'it\\'s; DROP' AS s",
	'EXPLAIN SELECT * FROM figures',
	'SELECT s.title FROM sources s JOIN figures f USING (source_id) LIMIT 1;',
	'SELECT function_name FROM duckdb_functions() LIMIT 1'
];

const REFUSED: [string, Refusal][] = [
	["COPY figures TO 'x.csv'", 'refused COPY'],
	["EXPORT DATABASE 'dump'", 'refused EXPORT'],
	["ATTACH 'x.db' AS x", 'refused ATTACH'],
	['DETACH x', 'refused DETACH'],
	['INSTALL httpfs', 'refused INSTALL'],
	['LOAD httpfs', 'refused LOAD'],
	['SET threads = 1', 'refused SET'],
	['RESET threads', 'refused RESET'],
	['USE memory', 'refused USE'],
	['PRAGMA version', 'refused PRAGMA'],
	['CALL pragma_version()', 'refused CALL'],
	['CHECKPOINT', 'refused CHECKPOINT'],
	['CREATE TABLE x AS SELECT 1', 'refused CREATE'],
	['INSERT INTO figures SELECT * FROM figures', 'refused INSERT'],
	['UPDATE figures SET value = 0', 'refused UPDATE'],
	['DELETE FROM figures', 'refused DELETE'],
	['DROP TABLE figures', 'refused DROP'],
	['/* SELECT */ DROP TABLE figures', 'refused DROP'],
	['WITH a AS (SELECT 1) INSERT INTO figures SELECT * FROM a', 'refused INSERT'],
	['EXPLAIN ANALYZE DELETE FROM figures', 'refused DELETE'],
	['SUMMARIZE (DELETE FROM figures RETURNING *)', 'refused DELETE'],
	['SELECT 1; DROP TABLE figures', 'one'],
	['SELECT 1; SELECT 2', 'one'],
	["SELECT * FROM read_csv('/etc/passwd')", 'files'],
	["SELECT * FROM '/etc/passwd'", 'files'],
	['FROM "https://example.com/x.parquet"', 'files'],
	["DESCRIBE 'x.csv'", 'files'],
	["SELECT * FROM query('SELECT 1')", 'files'],
	['', 'empty'],
	['-- only a comment\n;', 'empty']
];

const refusal = (sql: string): Refusal | 'answered' => {
	const gate = gateSql(sql);
	if (gate.ok) return 'answered';
	if (gate.key === 'sql.error.refused') return `refused ${gate.params.keyword.toUpperCase()}`;
	return gate.key.replace('sql.error.', '') as Refusal;
};

describe('the SQL console’s gate: a table of statements', () => {
	it('holds at least 30 statements, both kinds', () => {
		expect(ANSWERED.length + REFUSED.length).toBeGreaterThanOrEqual(30);
		expect(ANSWERED.length).toBeGreaterThanOrEqual(20);
		expect(REFUSED.length).toBeGreaterThanOrEqual(20);
	});

	it.each(REFUSED)('refuses %j (%s)', (sql, expected) => expect(refusal(sql)).toBe(expected));

	describe('answers every reading statement, run by DuckDB-WASM as the console runs it', () => {
		let engine: WasmEngine;
		beforeAll(async () => {
			engine = await openNodeWasmEngine(join(ROOT, 'static', 'data'));
		});

		it.each(ANSWERED)('answers %j', async (sql) => {
			const gate = gateSql(sql);
			expect(gate.ok).toBe(true);
			if (!gate.ok) return;
			const result = await engine.console(gate.sql, namedTables(gate.tokens), 10, 30_000);
			expect(result.total).toBeGreaterThan(0);
		});

		it('the engine behind the gate reads no files even so', async () => {
			await expect(engine.console("SELECT * FROM read_csv('/etc/passwd')", [], 10, 30_000)).rejects.toThrow(
				/disabled|external|Permission/i
			);
		});
	});

	it('words a refusal in the reader’s language, naming what was refused', () => {
		const gate = gateSql('SET threads = 1');
		expect(gate.ok).toBe(false);
		if (gate.ok || gate.key !== 'sql.error.refused') throw new Error('expected a refusal');
		expect(translator('en')(gate.key, gate.params)).toContain('“SET” is refused');
		expect(translator('fr')(gate.key, gate.params)).toMatch(/«\sSET\s» est refusé/u);
	});

	it('tokens keep strings, quoted names and dollar-quoted text whole, and drop comments', () => {
		const tokens = tokenize('SELECT \'a;b\' /* DROP */ -- x\n, "SET" FROM t WHERE v = $$x;y$$');
		expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
			'word:SELECT',
			'string:a;b',
			'symbol:,',
			'quoted:SET',
			'word:FROM',
			'word:t',
			'word:WHERE',
			'word:v',
			'symbol:=',
			'string:x;y'
		]);
	});

	it('names the published tables a statement reads, by name or quoted name', () => {
		expect(namedTables(tokenize('SELECT * FROM figures JOIN "sources" USING (source_id) WHERE claim = \'opinion\''))).toEqual([
			'figures',
			'sources'
		]);
	});
});

describe('console errors', () => {
	it('DuckDB’s JSON error becomes a message and a position', () => {
		expect(
			describeConsoleError(
				new Error('{"exception_type":"Catalog","exception_message":"Table with name nope does not exist!","position":"14"}'),
				translator('en')
			)
		).toEqual({
			message: 'Catalog error: Table with name nope does not exist!',
			position: 14
		});
		expect(describeConsoleError(new Error('plain'), translator('en'))).toEqual({ message: 'plain', position: null });
	});
});
