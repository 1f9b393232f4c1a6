/**
 * A malformed mapping document is refused with one problem per field, each naming the mapping file
 * and the field's path in the document; never an exception or a stack trace.
 */
import { translator } from '../../src/lib/i18n/translate';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMapping } from '../../scripts/lib/mapping';
import { formatProblem } from '../../src/lib/schema/validate';
import { ROOT } from '../helpers/project';

const MAPPINGS = join(ROOT, 'data', 'mappings');
const good = async () => JSON.parse(await readFile(join(MAPPINGS, 'statcan_cimt_partners.json'), 'utf8')) as Record<string, unknown>;

/** Writes the document beside a copy of nothing else, loads it, and returns its problems as report lines. */
async function problemsOf(doc: unknown): Promise<string[]> {
	const dir = await mkdtemp(join(tmpdir(), 'trade-lens-mapping-'));
	await writeFile(join(dir, 'bad.json'), typeof doc === 'string' ? doc : JSON.stringify(doc));
	const { loaded, problems } = await loadMapping(join(dir, 'bad.json'), 'data/mappings/bad.json', dir);
	expect(loaded).toBeUndefined();
	return problems.map((p) => formatProblem(p, translator('en')));
}

describe('malformed mapping documents', () => {
	it('the real mappings load', async () => {
		for (const file of [
			'imf_dots.json',
			'pew_favourability.json',
			'statcan_cimt_partners.json',
			'statcan_cimt_products.json',
			'us_census_partners.json'
		]) {
			const { loaded, problems } = await loadMapping(join(MAPPINGS, file), file, MAPPINGS);
			expect(problems, file).toEqual([]);
			expect(loaded).toBeDefined();
		}
	});

	it('not JSON', async () => {
		expect(await problemsOf('{ "table": ')).toEqual([
			expect.stringMatching(/^data\/mappings\/bad\.json:1: field "\*": got "", expected valid JSON \(/)
		]);
	});

	it('the wrong shape: a list, not an object', async () => {
		const lines = await problemsOf([1, 2]);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^data\/mappings\/bad\.json:1: field "\*"/);
	});

	it('missing and mistyped fields: each named by its path', async () => {
		const doc = await good();
		delete doc.file;
		doc.columns_in_file = 'date,country';
		(doc.columns as Record<string, unknown>).value = { from: 'value', scale: 'millions' };
		const lines = await problemsOf(doc);
		expect(lines).toContainEqual(expect.stringContaining('field "file": got "", expected this field (it is required)'));
		expect(lines).toContainEqual(expect.stringContaining('field "columns_in_file": got "date,country", expected a list of column names'));
		expect(lines).toContainEqual(expect.stringContaining('field "columns.value"'));
		expect(lines).toHaveLength(3);
	});

	it('an unknown field in a rule, and a file name that is a path', async () => {
		const doc = await good();
		doc.file = '../../etc/passwd.csv';
		(doc.columns as Record<string, unknown>).partner = { from: 'country', isotwo: true };
		const lines = await problemsOf(doc);
		expect(lines).toContainEqual(
			'data/mappings/bad.json:1: field "file": got "../../etc/passwd.csv", expected a plain file name, not a path'
		);
		expect(lines).toContainEqual(expect.stringContaining('field "columns.partner"'));
	});

	it('an empty unpivot', async () => {
		const doc = await good();
		doc.unpivot = { columns: [], name: 'flow', value: 'value' };
		expect(await problemsOf(doc)).toEqual([
			'data/mappings/bad.json:1: field "unpivot.columns": got "[]", expected at least one column name'
		]);
	});

	it('a rule reading a column the file does not have, and a column the table does not have', async () => {
		const doc = await good();
		(doc.columns as Record<string, unknown>).value = { from: 'amount' };
		(doc.columns as Record<string, unknown>).colour = { const: 'red' };
		expect(await problemsOf(doc)).toEqual([
			'data/mappings/bad.json:1: field "columns.value.from": got "amount", expected a column of the file, of the unpivot or of derive',
			'data/mappings/bad.json:1: field "columns.colour": got "colour", expected a column of table trade_monthly'
		]);
	});

	it('a lookup that is not there, and a drop_where pattern that is not a regular expression', async () => {
		const doc = await good();
		doc.lookups = { names: 'no_such_file.csv' };
		doc.drop_where = [{ country: '([' }];
		const lines = await problemsOf(doc);
		expect(lines).toContainEqual(
			expect.stringMatching(
				/^data\/mappings\/bad\.json:1: field "lookups\.names": got "no_such_file\.csv", expected a readable CSV with columns name,code/
			)
		);
		expect(lines).toContainEqual('data/mappings/bad.json:1: field "drop_where.0.country": got "([", expected a valid regular expression');
	});
});
