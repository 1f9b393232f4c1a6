import { describe, expect, it } from 'vitest';
import { translator } from '../../src/lib/i18n/translate';
import { figures, sources, tradeAnnual } from '../../src/lib/schema/tables';
import { expectedText, formatProblem, isIsoDate, parseCell, validateRecord } from '../../src/lib/schema/validate';
import { isAggregate, isKnownCode, alpha2ToAlpha3 } from '../../src/lib/schema/countries';

const at = { file: 'data/figures.csv', line: 7 };
const goodFigure: Record<string, string> = {
	figure_id: 'x-1',
	claim: 'A claim.',
	measure: 'trade_value',
	reporter: 'CHN',
	partner: 'CAN',
	flow: 'imports',
	product: '',
	scope: '',
	period_start: '2025-01-01',
	period_end: '2025-12-31',
	value: '41700000000',
	unit: 'USD',
	qualifier: 'exact',
	status: 'reported',
	source_id: 'src',
	locator: '¶27',
	as_written: '$41.7 billion',
	note: '',
	related: ''
};

describe('validateRecord', () => {
	it('types a good row: numbers as numbers, empty nullable fields as null, dates as ISO text', () => {
		const { row, problems } = validateRecord(figures, goodFigure, at);
		expect(problems).toEqual([]);
		expect(row).toMatchObject({ value: 41_700_000_000, product: null, period_start: '2025-01-01', reporter: 'CHN' });
	});

	it.each([
		['value', 'about 40', 'a number'],
		['unit', 'USD billions', 'one of USD, CAD, pct'],
		['measure', 'gdp', 'one of trade_value'],
		['status', 'rumoured', 'one of reported, in_force, announced, expected'],
		['period_start', '2025-02-30', 'a calendar date as YYYY-MM-DD'],
		['reporter', 'ZZZ', 'an ISO 3166 alpha-3 code'],
		['figure_id', 'Bad Id', 'lowercase letters'],
		['locator', 'para 3', '¶ and a paragraph number'],
		['claim', '', 'a value (the column is required)']
	])('reports a bad %s with the file, line, field and what was expected', (field, value, expected) => {
		const { row, problems } = validateRecord(figures, { ...goodFigure, [field]: value }, at);
		expect(row).toBeNull();
		expect(problems).toHaveLength(1);
		const message = formatProblem(problems[0], translator('en'));
		expect(message).toContain('data/figures.csv:7');
		expect(message).toContain(`field "${field}"`);
		expect(message).toContain(expected);
	});

	it('reports every problem of a row, not only the first', () => {
		const { problems } = validateRecord(figures, { ...goodFigure, value: 'x', unit: 'y', partner: 'QQQ' }, at);
		expect(problems.map((p) => p.field).sort()).toEqual(['partner', 'unit', 'value']);
	});

	it('rejects a period that ends before it starts', () => {
		const { problems } = validateRecord(figures, { ...goodFigure, period_end: '2024-12-31' }, at);
		expect(formatProblem(problems[0], translator('en'))).toContain('a date on or after period_start (2025-01-01)');
	});

	it('reports a missing column', () => {
		const { row: _, ...rest } = { row: 1, ...goodFigure };
		const partial: Record<string, string> = { ...rest };
		delete partial.claim;
		const [problem] = validateRecord(figures, partial, at).problems;
		expect(problem).toMatchObject({ field: 'claim' });
		expect(expectedText(problem, translator('en'))).toBe('the column to be present');
	});

	it('checks URLs, booleans and integer ranges', () => {
		const url = sources.columns.find((c) => c.name === 'url')!;
		expect(parseCell(url, 'ftp://x')).toEqual({ ok: false, expected: 'an http(s) URL' });
		const est = tradeAnnual.columns.find((c) => c.name === 'is_estimate')!;
		expect(parseCell(est, '1')).toEqual({ ok: true, value: true });
		// A failure carries its message key; the words are the reader's language's.
		const english = (r: ReturnType<typeof parseCell>) => (r.ok ? null : expectedText(r, translator('en')));
		expect(parseCell(est, 'yes')).toEqual({ ok: false, expectation: { key: 'expected.boolean' } });
		expect(english(parseCell(est, 'yes'))).toBe('true or false');
		const year = tradeAnnual.columns.find((c) => c.name === 'year')!;
		expect(parseCell(year, '1850')).toEqual({ ok: false, expectation: { key: 'expected.min', params: { min: 1900 } } });
		expect(english(parseCell(year, '1850'))).toBe('a number ≥ 1900');
		expect(english(parseCell(year, '2020.5'))).toBe('a whole number');
		expect(translator('fr')('expected.whole')).not.toBe('a whole number');
	});

	it('knows calendar dates', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2025-02-29')).toBe(false);
		expect(isIsoDate('2025-1-01')).toBe(false);
	});
});

describe('country codes', () => {
	it('accepts ISO alpha-3 codes and the project codes, nothing else', () => {
		expect(isKnownCode('CAN')).toBe(true);
		expect(isKnownCode('WLD')).toBe(true);
		expect(isKnownCode('SUN')).toBe(true);
		expect(isKnownCode('XKX')).toBe(true);
		expect(isKnownCode('XKK')).toBe(false);
		expect(isKnownCode('can')).toBe(false);
	});
	it('marks aggregates and converts alpha-2, Kosovo included', () => {
		expect(isAggregate('WLD')).toBe(true);
		expect(isAggregate('CAN')).toBe(false);
		expect(alpha2ToAlpha3('cn')).toBe('CHN');
		expect(alpha2ToAlpha3('XK')).toBe('XKX');
		expect(alpha2ToAlpha3('QQ')).toBeUndefined();
	});
});
