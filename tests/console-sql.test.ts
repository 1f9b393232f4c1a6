/** The SQL console's read-only gate and its error messages. */
import { describe, expect, it } from 'vitest';
import { blankLiterals, checkReadOnly, describeConsoleError, namedTables } from '../src/lib/data/console-sql';

describe('read-only gate', () => {
	it.each([
		'SELECT 1',
		'select * from figures;',
		'WITH a AS (SELECT 1) SELECT * FROM a',
		'FROM figures',
		"SELECT 'drop table x; insert' AS s",
		'-- a comment\nSELECT 1',
		'(SELECT 1) UNION ALL (SELECT 2)',
		'SUMMARIZE figures',
		'DESCRIBE trade_annual',
		'SELECT "set" FROM figures'
	])('allows %j', (sql) => expect(checkReadOnly(sql).ok).toBe(true));

	it.each([
		["COPY figures TO 'x.csv'", '“COPY” is refused'],
		["ATTACH 'x.db'", '“ATTACH” is refused'],
		['INSTALL httpfs', '“INSTALL” is refused'],
		['LOAD httpfs', '“LOAD” is refused'],
		['SET threads = 1', '“SET” is refused'],
		['CREATE TABLE x AS SELECT 1', '“CREATE” is refused'],
		['WITH a AS (SELECT 1) INSERT INTO figures SELECT * FROM a', '“INSERT” is refused'],
		['DROP TABLE figures', '“DROP” is refused'],
		['PRAGMA version', '“PRAGMA” is refused'],
		['SELECT 1; DROP TABLE figures', 'One statement at a time'],
		["SELECT * FROM read_csv('/etc/passwd')", 'Reading files or other hosts is refused'],
		["SELECT * FROM 'https://example.com/x.parquet'", 'Reading files or other hosts is refused'],
		['', 'Write a query first']
	])('refuses %j', (sql, message) => {
		const check = checkReadOnly(sql);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.message).toContain(message);
	});

	it('blanks literals and comments without moving anything', () => {
		const sql = "SELECT 'a;b' /* DROP */ -- x\n, \"SET\" FROM t";
		expect(blankLiterals(sql)).toHaveLength(sql.length);
		expect(blankLiterals(sql)).not.toMatch(/DROP|SET|;/);
	});

	it('names the published tables a statement reads', () => {
		expect(namedTables("SELECT * FROM figures JOIN sources USING (source_id) WHERE claim = 'opinion'")).toEqual(['figures', 'sources']);
	});
});

describe('console errors', () => {
	it('DuckDB’s JSON error becomes a message and a position', () => {
		expect(describeConsoleError(new Error('{"exception_type":"Catalog","exception_message":"Table with name nope does not exist!","position":"14"}'))).toEqual({
			message: 'Catalog error: Table with name nope does not exist!',
			position: 14
		});
		expect(describeConsoleError(new Error('plain'))).toEqual({ message: 'plain', position: null });
	});
});
