/**
 * The reference tables built from whole official files rather than through a mapping:
 * `countries` (country_codes.csv, the World Bank's income groups and the project's own codes) and
 * `products` (the HS 2022 names and sections). Rows go into the staging tables like any import's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { EXTRA_CODES } from '../../src/lib/schema/extra-codes';
import { TABLES, countries, products } from '../../src/lib/schema/tables';
import type { Problem } from '../../src/lib/schema/validate';
import type { RawInput } from '../../src/lib/schema/manifest';
import { sha256File } from './manifest';
import type { ProblemLog } from './problems';
import { queryRows, quoteIdent as q, quoteText, stageName } from './staging';

export const COUNTRY_FILES = { codes: 'country_codes.csv', income: 'wb_income_groups_fy2025.csv' } as const;
export const PRODUCT_FILES = { names: 'hs2022_names_en.csv', sections: 'hs_sections_en.csv' } as const;

const csv = (path: string) => `read_csv(${quoteText(path)}, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`;

function missing(dir: string, files: Record<string, string>, log: ProblemLog, table: string): boolean {
	let gone = false;
	for (const f of Object.values(files)) {
		if (!existsSync(join(dir, f))) {
			log.add({ file: `raw/${f}`, line: 0, field: '*', value: '', expected: `the file in ${dir} (the ${table} table is built from it)` });
			gone = true;
		}
	}
	return gone;
}

export async function stageCountries(db: DuckDBConnection, dir: string, log: ProblemLog): Promise<number> {
	if (missing(dir, COUNTRY_FILES, log, 'countries')) return 0;
	const codes = csv(join(dir, COUNTRY_FILES.codes));
	const income = csv(join(dir, COUNTRY_FILES.income));
	await db.run(`CREATE OR REPLACE TEMP TABLE _extra (code VARCHAR, kind VARCHAR, en VARCHAR, fr VARCHAR)`);
	const extra = await db.createAppender('_extra');
	for (const c of EXTRA_CODES) {
		for (const v of [c.code, c.kind, c.en, c.fr]) extra.appendVarchar(v);
		extra.endRow();
	}
	extra.closeSync();
	// Short names in both languages from the platform's Unicode CLDR data (Intl.DisplayNames): "United Kingdom", "Netherlands",
	// "Congo - Brazzaville" and "Congo - Kinshasa" told apart; the UN's formal names stay in official_name_en and _fr.
	const alpha2 = await queryRows(
		db,
		`SELECT "ISO3166-1-Alpha-3" AS code, "ISO3166-1-Alpha-2" AS a2 FROM ${codes} WHERE "ISO3166-1-Alpha-3" <> '' AND "ISO3166-1-Alpha-2" <> ''`
	);
	const display = { en: new Intl.DisplayNames(['en'], { type: 'region' }), fr: new Intl.DisplayNames(['fr-CA'], { type: 'region' }) };
	await db.run(`CREATE OR REPLACE TEMP TABLE _names (code VARCHAR, en VARCHAR, fr VARCHAR)`);
	const names = await db.createAppender('_names');
	for (const { code, a2 } of alpha2) {
		const region = String(a2);
		const [en, fr] = [display.en.of(region), display.fr.of(region)];
		// A code the platform does not know comes back as itself: the file's own names are used instead.
		if (!en || !fr || en === region || fr === region) continue;
		for (const v of [String(code), en, fr]) names.appendVarchar(v);
		names.endRow();
	}
	names.closeSync();
	const [{ Count: n }] = await queryRows(
		db,
		`INSERT INTO ${stageName(countries)}
			 SELECT c."ISO3166-1-Alpha-3", c."ISO3166-1-Alpha-2", TRY_CAST(c."ISO3166-1-numeric" AS INTEGER),
			        nullif(c."Region Name", ''), nullif(c."Sub-region Name", ''), nullif(w."Region", ''), nullif(w."Income group", ''),
			        coalesce(n.en, nullif(c."CLDR display name", ''), c.official_name_en), nullif(c.official_name_en, ''),
			        coalesce(n.fr, nullif(c.official_name_fr, ''), c."CLDR display name"), nullif(c.official_name_fr, ''),
			        nullif(c.official_name_cn, ''), false, false,
			        'country_codes', 'raw', 'raw/${COUNTRY_FILES.codes}', 0, 0, 0
			 FROM ${codes} c LEFT JOIN ${income} w ON w."Code" = c."ISO3166-1-Alpha-3" LEFT JOIN _names n ON n.code = c."ISO3166-1-Alpha-3"
			 WHERE c."ISO3166-1-Alpha-3" <> ''
			 UNION ALL
			 SELECT e.code, NULL, NULL, NULL, NULL, w."Region", nullif(w."Income group", ''), e.en, NULL, e.fr, NULL, NULL,
			        e.kind = 'aggregate', e.kind = 'historical', 'country_codes', 'raw', 'src/lib/schema/extra-codes.ts', 0, 0, 0
			 FROM _extra e LEFT JOIN ${income} w ON w."Code" = e.code
			 WHERE e.code NOT IN (SELECT "ISO3166-1-Alpha-3" FROM ${codes})`
	);
	return Number(n);
}

/** HS rows whose level is not 2, 4 or 6 are left out (the upstream file has one) and counted. */
export async function stageProducts(db: DuckDBConnection, dir: string, log: ProblemLog): Promise<{ rows: number; skipped: number }> {
	if (missing(dir, PRODUCT_FILES, log, 'products')) return { rows: 0, skipped: 0 };
	const names = csv(join(dir, PRODUCT_FILES.names));
	const sections = csv(join(dir, PRODUCT_FILES.sections));
	const level = `CASE n.level WHEN '2' THEN 'chapter' WHEN '4' THEN 'heading' WHEN '6' THEN 'subheading' END`;
	const [{ Count: n }] = await queryRows(
		db,
		`INSERT INTO ${stageName(products)}
			 SELECT s.section, 'section', NULL, s.section, s.name, 'hs2022', 'raw', 'raw/${PRODUCT_FILES.sections}', 0, 0, 0 FROM ${sections} s
			 UNION ALL
			 SELECT n.hscode, ${level}, CASE WHEN n.parent <> 'TOTAL' THEN n.parent WHEN n.section <> 'TOTAL' THEN n.section END,
			        nullif(n.section, 'TOTAL'), n.description,
			        'hs2022', 'raw', 'raw/${PRODUCT_FILES.names}', 0, 0, 0
			 FROM ${names} n WHERE n.level IN ('2', '4', '6')`
	);
	const [{ s }] = await queryRows(db, `SELECT count(*)::INTEGER AS s FROM ${names} n WHERE n.level NOT IN ('2', '4', '6')`);
	return { rows: Number(n), skipped: Number(s) };
}

/** Stages countries and products; returns their files as raw inputs of the manifest. */
export async function stageReferenceTables(
	db: DuckDBConnection,
	dir: string,
	log: ProblemLog,
	progress: (line: string) => void
): Promise<RawInput[]> {
	progress(`  countries: ${await stageCountries(db, dir, log)} rows`);
	const hs = await stageProducts(db, dir, log);
	progress(
		`  products: ${hs.rows} rows${hs.skipped ? `; ${hs.skipped} row(s) of ${PRODUCT_FILES.names} left out: level not 2, 4 or 6` : ''}`
	);
	const files: [string, string][] = [
		[COUNTRY_FILES.codes, 'country_codes'],
		[COUNTRY_FILES.income, 'wb_income_groups'],
		[PRODUCT_FILES.names, 'hs2022'],
		[PRODUCT_FILES.sections, 'hs2022']
	];
	const inputs: RawInput[] = [];
	for (const [file, source_id] of files) {
		const path = join(dir, file);
		if (existsSync(path))
			inputs.push({
				file,
				mapping: 'scripts/lib/reference-tables.ts',
				source_id,
				...(await sha256File(path)),
				rows_read: 0,
				identical_repeats_dropped: 0
			});
	}
	return inputs;
}

/** Every country code any table uses must have its row in countries. */
export async function codesCovered(db: DuckDBConnection): Promise<Problem[]> {
	const uses = TABLES.filter((t) => t !== countries).flatMap((t) =>
		t.columns
			.filter((c) => c.type === 'text' && c.country)
			.map((c) => `SELECT ${q(c.name)} AS code, _file, _line, '${c.name}' AS field FROM ${stageName(t)} WHERE ${q(c.name)} IS NOT NULL`)
	);
	const rows = await queryRows(
		db,
		`SELECT code, min(_file) AS file, min(_line) AS line, min(field) AS field FROM (${uses.join(' UNION ALL ')})
			 WHERE code NOT IN (SELECT code FROM ${stageName(countries)}) GROUP BY code ORDER BY code`
	);
	return rows.map((r) => ({
		file: String(r.file),
		line: Number(r.line),
		field: String(r.field),
		value: String(r.code),
		expected: `a code with its row in the countries table (built from raw/${COUNTRY_FILES.codes} and src/lib/schema/extra-codes.ts)`
	}));
}
