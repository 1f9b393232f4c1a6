/**
 * What the shared validator and mapping rules expected, in the page's language. They speak English
 * (the data build prints the same words); the fixed phrases and the patterns with a value in them
 * are matched here, and anything else is shown as it came.
 */
import type { MessageKey, Translate } from '$lib/i18n/translate';

const FIXED: Record<string, MessageKey> = {
	'a number': 'expected.number',
	'a finite number': 'expected.finite',
	'a whole number': 'expected.whole',
	'a whole number of safe size': 'expected.safe',
	'a calendar date as YYYY-MM-DD': 'expected.date',
	'a year as YYYY': 'expected.year',
	'a month as YYYY-MM': 'expected.month',
	'true or false': 'expected.boolean',
	'a value (the column is required)': 'expected.required',
	'the column to be present': 'expected.present',
	'an ISO 3166-1 alpha-2 code': 'expected.iso2',
	'an ISO 3166 alpha-3 code or a project code (see src/lib/schema/extra-codes.ts)': 'expected.iso3',
	'a column of the file chosen for this field': 'own.expected.column'
};

const PATTERNS: [RegExp, MessageKey, string][] = [
	[/^one of (.+)$/, 'expected.one.of', 'values'],
	[/^a number ≥ (.+)$/, 'expected.min', 'min'],
	[/^a number ≤ (.+)$/, 'expected.max', 'max'],
	[/^one row per reporter, partner, flow and year \(the same as line (\d+)\)$/, 'own.expected.unique', 'line']
];

export function expectedText(expected: string, t: Translate): string {
	const key = FIXED[expected];
	if (key) return t(key);
	for (const [pattern, message, name] of PATTERNS) {
		const match = pattern.exec(expected);
		if (match) return t(message, { [name]: match[1] });
	}
	return expected;
}
