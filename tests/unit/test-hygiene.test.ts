/**
 * The tests' own rules: a test waits on the page's or the program's state, never on the clock, and
 * every test file belongs to one vitest project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project';

const TESTS = join(ROOT, 'tests');
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? e.name === '__snapshots__' || e.name === 'fixtures'
				? []
				: files(join(dir, e.name))
			: e.name.endsWith('.ts')
				? [join(dir, e.name)]
				: []
	);

/** Waiting on the clock: Playwright's waitForTimeout, or a promise that settles on a timer. */
const SLEEP = /\bwaitForTimeout\s*\(|new Promise\s*\(\s*\(?\s*\w+\s*\)?\s*=>\s*setTimeout\s*\(/;

describe('how the tests are written', () => {
	it('no test sleeps for synchronisation', () => {
		const sleeping = files(TESTS)
			.filter((f) => !f.endsWith('test-hygiene.test.ts'))
			.filter((f) => SLEEP.test(readFileSync(f, 'utf8')))
			.map((f) => relative(ROOT, f));
		expect(sleeping).toEqual([]);
	});

	it('the rule finds a sleep when there is one', () => {
		expect(SLEEP.test('await page.waitForTimeout(500);')).toBe(true);
		expect(SLEEP.test('await new Promise((r) => setTimeout(r, 100));')).toBe(true);
		expect(SLEEP.test('await page.waitForSelector(\'[data-phase="done"]\');')).toBe(false);
	});

	it('every test file is in one project’s folder: tests/unit, tests/data or tests/browser', () => {
		const stray = files(TESTS)
			.filter((f) => f.endsWith('.test.ts'))
			.map((f) => relative(TESTS, f))
			.filter((f) => !/^(unit|data|browser)\//.test(f));
		expect(stray).toEqual([]);
	});
});
