import { DuckDBInstance } from '@duckdb/node-api';
const db = await (await DuckDBInstance.create(':memory:')).connect();
const sql = process.argv[2];
const r = await db.runAndReadAll(sql);
console.log(JSON.stringify(r.getRowObjectsJson()));
