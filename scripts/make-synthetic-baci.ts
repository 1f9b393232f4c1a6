/**
 * npm run synthetic:baci -- --rows 10000000 --out <dir>
 * Writes SYNTHETIC trade data in CEPII BACI's published layout, to measure the import at scale:
 * BACI_HS22_synthetic.csv (t,i,j,k,v,q: year, exporter and importer by numeric country code, HS6
 * product, value in thousand US$, quantity in tonnes), its country and product code files in BACI's
 * layout, and a mapping (scripts/bench/baci.mapping.json) for `npm run data -- --raw <dir>`. Every
 * (t, i, j, k) is distinct, so the rows make valid keys. The values are made up: never publish them.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000000' }, out: { type: 'string' } } });
const rows = Number(values.rows);
if (!Number.isSafeInteger(rows) || rows < 1) throw new Error(`--rows must be a whole number above 0, got ${values.rows}`);
if (!values.out) throw new Error('--out <dir> is required');
const out = resolve(values.out);
await mkdir(out, { recursive: true });

const db = await (await DuckDBInstance.create(':memory:')).connect();
const raw = (file: string) => `'${join(root, 'data', 'raw', file).replaceAll("'", "''")}'`;
const target = (file: string) => `'${join(out, file).replaceAll("'", "''")}'`;

// Real ISO codes and HS6 subheadings, so the rows map; 200 economies and 5,000 products.
await db.run(`CREATE TABLE c AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, code::INTEGER AS country_code, name AS country_name, iso2, iso3
  FROM (SELECT "ISO3166-1-numeric" AS code, "CLDR display name" AS name, "ISO3166-1-Alpha-2" AS iso2, "ISO3166-1-Alpha-3" AS iso3
        FROM read_csv(${raw('country_codes.csv')}, all_varchar = true) WHERE "ISO3166-1-numeric" <> '' AND "ISO3166-1-Alpha-3" <> '' AND "ISO3166-1-Alpha-3" NOT IN ('XKX'))
  ORDER BY code LIMIT 200`);
await db.run(`CREATE TABLE p AS SELECT row_number() OVER (ORDER BY hscode) - 1 AS n, hscode AS code, description
  FROM read_csv(${raw('hs2022_names_en.csv')}, all_varchar = true) WHERE level = '6' ORDER BY hscode LIMIT 5000`);
const [{ countries, products }] = (
	await db.runAndReadAll('SELECT (SELECT count(*) FROM c)::INTEGER AS countries, (SELECT count(*) FROM p)::INTEGER AS products')
).getRowObjectsJson() as { countries: number; products: number }[];

await db.run(
	`COPY (SELECT country_code, country_name, iso2 AS country_iso2, iso3 AS country_iso3 FROM c ORDER BY country_code) TO ${target('country_codes_synthetic.csv')} (HEADER)`
);
await db.run(`COPY (SELECT code, description FROM p ORDER BY code) TO ${target('product_codes_HS22_synthetic.csv')} (HEADER)`);

// Row r: product r mod P, importer next (skipping the exporter), exporter next, then the year.
const P = products;
const C = countries;
await db.run(`COPY (
  SELECT 2000 + (r // (${P} * ${C - 1} * ${C})) AS t, ex.country_code AS i, im.country_code AS j, p.code AS k,
         round(1 + hash(r) % 1000000 / 10.0, 3) AS v, round(hash(r + 7) % 100000 / 100.0, 3) AS q
  FROM range(${rows}) AS g(r)
  JOIN p ON p.n = r % ${P}
  JOIN c ex ON ex.n = (r // (${P} * ${C - 1})) % ${C}
  JOIN c im ON im.n = (ex.n + 1 + (r // ${P}) % ${C - 1}) % ${C}
  ORDER BY r
) TO ${target('BACI_HS22_synthetic.csv')} (HEADER)`);
await copyFile(join(root, 'scripts', 'bench', 'baci.mapping.json'), join(out, 'baci.mapping.json'));
await writeFile(
	join(out, 'SYNTHETIC.md'),
	`Synthetic data in CEPII BACI's layout, ${rows} rows, made by scripts/make-synthetic-baci.ts for benchmarks. Not real trade figures: never publish or show them.\n`
);
console.log(`Wrote ${rows} synthetic rows (${C} economies, ${P} products) to ${out}`);
