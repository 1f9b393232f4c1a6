/**
 * Every kind of bad input stops the build with a message naming file, line, field and what was
 * expected — all problems, not only the first — and leaves the previous output untouched.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { allFixtures, CENSUS, CIMT_PARTNERS, IMF, PEW } from '../fixtures/raw';
import { appendLine, builtScratch, expectFailure, rawDir, replaceInFile, type BuiltScratch } from '../helpers/project';

const GOOD_FIGURE =
	'test-figure,A test claim.,trade_value,CHN,CAN,imports,,all_goods,2025-01-01,2025-12-31,1000,USD,exact,reported,000_550b9a1c50efe664,¶27,$41.7 billion,,';

type Scratch = BuiltScratch;

const figuresCsv = (s: Scratch) => join(s.root, 'data', 'figures.csv');

describe('bad input', () => {
	it('a value that is not a number', async () => {
		const s = await builtScratch();
		await appendLine(figuresCsv(s), GOOD_FIGURE.replace(',1000,', ',lots,'));
		await expectFailure(s, ['data/figures.csv:137: field "value": got "lots", expected a number']);
	});

	it('an unknown unit, measure and status in one row: all three reported', async () => {
		const s = await builtScratch();
		await appendLine(
			figuresCsv(s),
			GOOD_FIGURE.replace(',trade_value,', ',gdp,').replace(',USD,', ',EURO,').replace(',reported,', ',rumoured,')
		);
		const r = await expectFailure(s, [
			'data/figures.csv:137: field "measure": got "gdp", expected one of trade_value',
			'data/figures.csv:137: field "unit": got "EURO", expected one of USD, CAD, pct',
			'data/figures.csv:137: field "status": got "rumoured", expected one of reported, in_force, announced, expected'
		]);
		expect(r.problemCount).toBe(3);
	});

	it('an unknown source_id', async () => {
		const s = await builtScratch();
		await appendLine(figuresCsv(s), GOOD_FIGURE.replace(',000_550b9a1c50efe664,', ',no_such_source,'));
		await expectFailure(s, [
			'data/figures.csv:137: field "source_id": got "no_such_source", expected the source_id of a row in data/sources.csv'
		]);
	});

	it('a duplicate figure_id names both lines', async () => {
		const s = await builtScratch();
		await appendLine(figuresCsv(s), GOOD_FIGURE.replace('test-figure', 'ev-quota-initial'));
		await expectFailure(s, [
			'data/figures.csv:137: field "figure_id": got "ev-quota-initial", expected a unique figure_id (the same key is already at data/figures.csv:'
		]);
	});

	it('a wrong column count', async () => {
		const s = await builtScratch();
		await appendLine(figuresCsv(s), 'too,few,columns');
		await expectFailure(s, ['data/figures.csv:137: field "*": got "too,few,columns", expected 19 fields as in the header, found 3']);
	});

	it('a bad date and an unknown country code, on different lines: both reported', async () => {
		const s = await builtScratch();
		await appendLine(figuresCsv(s), GOOD_FIGURE.replace('2025-12-31', '2025-13-01'));
		await appendLine(figuresCsv(s), GOOD_FIGURE.replace('test-figure', 'test-figure-2').replace(',CHN,CAN,', ',CHN,XXZ,'));
		await expectFailure(s, [
			'data/figures.csv:137: field "period_end": got "2025-13-01", expected a calendar date as YYYY-MM-DD',
			'data/figures.csv:138: field "partner": got "XXZ", expected an ISO 3166 alpha-3 code'
		]);
	});

	it('a reference series row with a bad value', async () => {
		const s = await builtScratch();
		await replaceInFile(join(s.root, 'data', 'reference', 'trade_annual.china_customs.csv'), '46600000000', '46.6 bn');
		await expectFailure(s, ['data/reference/trade_annual.china_customs.csv:2: field "value": got "46.6 bn", expected a number']);
	});

	it('a raw file whose columns do not match its mapping', async () => {
		const s = await builtScratch();
		const dir = await rawDir({ ...allFixtures, [CIMT_PARTNERS]: 'month,country,imports,exports,total\n2023-01,US,1,2,3\n' });
		await expectFailure(
			s,
			[
				'raw/cimt_partner_monthly_2024_2026.csv:1: field "header": got "month,country,imports,exports,total", expected the columns date,country,imports,exports,total (missing: date) (unexpected: month)'
			],
			dir
		);
	});

	it('bad rows in a raw file: every one reported with its line', async () => {
		const s = await builtScratch();
		const dir = await rawDir({
			...allFixtures,
			[PEW]: `${allFixtures[PEW]}\n"CAN",2030,"MARS",12,,,,"unknown"\n"CAN",20x0,"USA",12,,,,"unknown"`
		});
		await expectFailure(
			s,
			[
				'raw/pew_favourability_us_china_by_country_2002_2025.csv:4: field "source": got "unknown", expected a name listed in data/mappings/pew_origin.csv',
				'raw/pew_favourability_us_china_by_country_2002_2025.csv:5: field "year": got "20x0", expected a year as YYYY'
			],
			dir
		);
	});

	it('a raw file that is missing from the raw directory', async () => {
		const s = await builtScratch();
		const { [PEW]: _, ...rest } = allFixtures;
		await expectFailure(
			s,
			[
				'data/mappings/pew_favourability.json:1: field "file": got "pew_favourability_us_china_by_country_2002_2025.csv", expected a file of that name in'
			],
			await rawDir(rest)
		);
	});

	it('a mapping that leaves a column of its table without a rule', async () => {
		const s = await builtScratch();
		await replaceInFile(join(s.root, 'data', 'mappings', 'pew_favourability.json'), '"origin"', '"origin_typo"');
		await expectFailure(
			s,
			['data/mappings/pew_favourability.json:1: field "columns.origin": got "", expected a rule for this column of the table'],
			await rawDir(allFixtures)
		);
	});

	it('bad input in a curated file, two raw files and a mapping document at once: every one reported, nothing published', async () => {
		const s = await builtScratch();
		await appendLine(figuresCsv(s), GOOD_FIGURE.replace(',1000,', ',lots,'));
		await writeFile(join(s.root, 'data', 'mappings', 'statcan_cimt_products.json'), '{ "table": "trade_products", "file": 7 }');
		const census = `${allFixtures[CENSUS]}\n1991,1220,Canada,x,${Array(25).fill('1').join(',')}`;
		const imf = `${allFixtures[IMF]}\nAtlantis,0,Canada,0,exports_fob,1990,1,0`;
		const r = await expectFailure(
			s,
			[
				'data/figures.csv:',
				'field "value": got "lots", expected a number',
				'raw/us_census_partner_1985_2025.csv:6: field "value": got "x", expected a number',
				'raw/imf_dots_bilateral_annual_1960_2020.csv.gz:7: field "reporter": got "Atlantis", expected a name listed in data/mappings/imf_dots_country_codes.csv',
				'data/mappings/statcan_cimt_products.json:1: field "file": got "7", expected a text'
			],
			await rawDir({ ...allFixtures, [CENSUS]: census, [IMF]: imf })
		);
		expect(r.problemCount).toBeGreaterThanOrEqual(5);
	});
});
