import { DuckDBInstance } from '@duckdb/node-api';
const db = await (await DuckDBInstance.create(':memory:')).connect();
await db.run(`CREATE TABLE t AS SELECT reporter AS x FROM read_csv('data/raw/imf_dots_bilateral_annual_1960_2020.csv.gz', all_varchar=true)`);
const C = "' \t\n\r\u000b\f\u00a0\ufeff\u2028\u2029'";
async function time(label, expr) {
  const t = performance.now();
  const r = await db.runAndReadAll(`SELECT sum(length(${expr})) FROM t`);
  console.log(label.padEnd(10), (performance.now() - t).toFixed(0), 'ms', JSON.stringify(r.getRowsJson()[0]));
}
for (let k = 0; k < 2; k++) {
await time('plain', `x`);
await time('current', `CASE WHEN x = '' OR (ord(x[1]) BETWEEN 33 AND 126 AND ord(x[-1]) BETWEEN 33 AND 126) THEN x ELSE trim(x, ${C}) END`);
await time('trim', `trim(x, ${C})`);
await time('regex', `CASE WHEN regexp_matches(x, '^[\\s\u00a0\ufeff\u2028\u2029]|[\\s\u00a0\ufeff\u2028\u2029]$') THEN trim(x, ${C}) ELSE x END`);
await time('ascii', `CASE WHEN ascii(x) BETWEEN 33 AND 126 AND ascii(right(x, 1)) BETWEEN 33 AND 126 THEN x ELSE trim(x, ${C}) END`);
await time('substr', `CASE WHEN ascii(x) BETWEEN 33 AND 126 AND ascii(substring(x, length(x), 1)) BETWEEN 33 AND 126 THEN x ELSE trim(x, ${C}) END`);
await time('strlen', `CASE WHEN ascii(x) BETWEEN 33 AND 126 AND ascii(x[strlen(x):]) BETWEEN 33 AND 126 THEN x ELSE trim(x, ${C}) END`);
await time('suffix', `CASE WHEN ascii(x) BETWEEN 33 AND 126 AND NOT regexp_matches(x, '[^!-~]$') THEN x ELSE trim(x, ${C}) END`);
}
