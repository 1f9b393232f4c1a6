/**
 * The mapping rules exist twice: in TypeScript (src/lib/schema/mapping.ts and validate.ts, for a
 * person's own file and as the reference) and compiled to SQL for DuckDB (scripts/lib/mapping-sql.ts
 * and cell-sql.ts, for the data build). The same fixtures, good and bad, must give the same rows and
 * the same problems, line by line.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRaw } from '../../scripts/lib/import-raw';
import { loadMapping } from '../../scripts/lib/mapping';
import { ProblemLog } from '../../scripts/lib/problems';
import { importRawSql } from '../../scripts/lib/raw-import';
import { STAGING_LOOKUPS, openStaging, queryRows, stageName } from '../../scripts/lib/staging';
import { TABLES } from '../../src/lib/schema/tables';
import { allFixtures, CENSUS, CIMT_PARTNERS, CIMT_PRODUCTS, IMF, PEW } from '../fixtures/raw';
import { ROOT, rawDir } from '../helpers/project';

const MAPPINGS = join(ROOT, 'data', 'mappings');
const FIXTURES: Record<string, string> = allFixtures;

/** Bad rows of every kind, appended to the good fixtures. */
const BAD: Record<string, string[]> = {
	[IMF]: [
		'Atlantis,0,Canada,0,exports_fob,1990,1,0',
		'Canada,0,Canada,0,re_exports,1990,1,0',
		'Canada,0,"China, P.R.: Mainland",0,exports_fob,19x0,1,0',
		'Canada,0,"China, P.R.: Mainland",0,exports_fob,1991,lots,0',
		'Canada,0,"China, P.R.: Mainland",0,exports_fob,1992,1e999,0',
		'Canada,0,"China, P.R.: Mainland",0,imports_cif,1993,  2.5 ,maybe',
		'Canada,0,"China, P.R.: Mainland",0,imports_cif,1899,2.5,0',
		'Canada,0,"China, P.R.: Mainland",0,imports_cif,1994,,0',
		'Canada,0,"China, P.R.: Mainland",0,imports_cif,1995,0x10,0'
	],
	[CIMT_PARTNERS]: ['2023-13,US,1,2,3', '2023-03,ZZ,1,2,3', '2023-04, cn ,1.5,,3', '2023-05,US,abc,2,3'],
	[CIMT_PRODUCTS]: ['2023-02,12x5,"Seeds",0.0,7,7', '2023-02,1205.10.20,"Seeds",0.0,-,7'],
	[PEW]: [
		// A quoted value over two lines moves every line after it on; a record of too few fields is reported and skipped.
		'"CAN",2029,"USA",12,,,,"two\nlines"',
		'"CAN",2029,"USA"',
		'"CAN",2030,"MARS",12,,,,"unknown"',
		'"CAN",2031,"MARS",12,,,,"pew_opi microdata (worldregio/pew_opi data/pew_all_opi.RDS), weighted share of all respondents incl. DK/refused"',
		'"CAN",2032,"USA",120,-1,,0.5,"pew_opi microdata (worldregio/pew_opi data/pew_all_opi.RDS), weighted share of all respondents incl. DK/refused"'
	],
	[CENSUS]: [`1991,9999,Nowhere,${Array(26).fill('1').join(',')}`, `1992,1220,Canada,x,${Array(25).fill('1').join(',')}`]
};

const cases: [string, string][] = [
	['imf_dots.json', IMF],
	['statcan_cimt_partners.json', CIMT_PARTNERS],
	['statcan_cimt_products.json', CIMT_PRODUCTS],
	['pew_favourability.json', PEW],
	['us_census_partners.json', CENSUS]
];

describe('TypeScript and SQL imports agree', () => {
	for (const [mappingFile, rawFile] of cases) {
		it(`${mappingFile}: the same rows and the same problems`, async () => {
			const dir = await rawDir({ ...allFixtures, [rawFile]: `${FIXTURES[rawFile]}\n${BAD[rawFile].join('\n')}\n` });
			const { loaded } = await loadMapping(join(MAPPINGS, mappingFile), mappingFile, MAPPINGS);
			const tsLog = new ProblemLog();
			const tsRows: Record<string, unknown>[] = [];
			for await (const { row, line } of importRaw(loaded!, join(dir, rawFile), rawFile, tsLog)) tsRows.push({ ...row, _line: line });

			const db = await openStaging(TABLES);
			const sqlLog = new ProblemLog();
			await importRawSql(db, loaded!, join(dir, rawFile), rawFile, sqlLog, STAGING_LOOKUPS);
			const table = loaded!.table;
			const dates = table.columns.filter((c) => c.type === 'date').map((c) => c.name);
			const sqlRows = (
				await queryRows(db, `SELECT * EXCLUDE (_origin, _file, _problems, _breaks) FROM ${stageName(table)} ORDER BY _line`)
			).map((r) => {
				const out: Record<string, unknown> = { ...r, _line: Number(r._line) };
				for (const d of dates) out[d] = r[d] === null ? null : String(r[d]);
				return out;
			});
			db.closeSync();

			const order = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();
			expect(order(sqlRows)).toEqual(order(tsRows));
			expect(sqlLog.lines().sort()).toEqual(tsLog.lines().sort());
			expect(sqlLog.total).toBe(tsLog.total);
			// The bad rows really were bad: every fixture above gives at least one problem.
			expect(tsLog.total).toBeGreaterThanOrEqual(BAD[rawFile].length);
		});
	}

	it('values a lookup or a map gives are checked too: a code the schema does not know, a flow it does not have', async () => {
		const dir = await rawDir({
			...allFixtures,
			[IMF]: `${allFixtures[IMF]}\nAtlantis,0,Canada,0,re_exports,1990,1,0\nCanada,0,Canada,0,re_exports,1991,1,0`
		});
		const mappings = await mkdtemp(join(tmpdir(), 'trade-lens-mappings-'));
		const doc = JSON.parse(await readFile(join(MAPPINGS, 'imf_dots.json'), 'utf8'));
		doc.columns.flow.map.re_exports = 're-exports';
		doc.columns.valuation.map.re_exports = 'FOB';
		await writeFile(join(mappings, 'imf_dots.json'), JSON.stringify(doc));
		await writeFile(
			join(mappings, 'imf_dots_country_codes.csv'),
			`${await readFile(join(MAPPINGS, 'imf_dots_country_codes.csv'), 'utf8')}Atlantis,ATL\n`
		);
		const { loaded } = await loadMapping(join(mappings, 'imf_dots.json'), 'imf_dots.json', mappings);
		const tsLog = new ProblemLog();
		for await (const row of importRaw(loaded!, join(dir, IMF), IMF, tsLog)) void row;
		const db = await openStaging(TABLES);
		const sqlLog = new ProblemLog();
		await importRawSql(db, loaded!, join(dir, IMF), IMF, sqlLog, STAGING_LOOKUPS);
		db.closeSync();
		expect(sqlLog.lines().sort()).toEqual(tsLog.lines().sort());
		expect(tsLog.lines()).toContainEqual(expect.stringContaining(':7: field "reporter": got "ATL", expected an ISO 3166 alpha-3 code'));
		expect(tsLog.lines()).toContainEqual(expect.stringContaining(':8: field "flow": got "re-exports", expected one of exports, imports'));
	});
});
