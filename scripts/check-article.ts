/**
 * npm run check-article -- <file.txt|.md> [--lang fr]
 * Reads an article's trade figures and prints each beside the official series, with a verdict:
 * matches (within the rounding it is written to), differs (by how much, and whether the other
 * side's figures match instead) or no series (a poll, a tariff rate, a figure no table holds).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { verdictOf } from '../src/lib/check/verdict';
import { officialLookup } from '../src/lib/check/official';
import { checkFile, openChecker } from './lib/article-check';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { lang: { type: 'string', default: 'en' }, date: { type: 'string' } }
});
if (
	positionals.length !== 1 ||
	(values.lang !== 'en' && values.lang !== 'fr') ||
	(values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
) {
	console.error('usage: npm run check-article -- <file.txt> [--lang en|fr] [--date YYYY-MM-DD, the article’s date]');
	process.exit(2);
}
const checker = await openChecker(root);
try {
	const claims = (await checkFile(resolve(positionals[0]), checker, { lang: values.lang, date: values.date })).filter(
		(c) => c.measure !== 'other'
	);
	const officialFor = officialLookup(checker.engine);
	const rows = [];
	for (const c of claims) {
		const { own, mirror, other } = await officialFor(c);
		const checked = verdictOf(c, own, mirror);
		rows.push({
			'as written': c.number.text,
			'read as': `${c.measure} ${c.value}${c.number.unit === 'percent' ? '%' : ` ${c.number.unit}`} (${c.number.qualifier})`,
			who: `${c.reporter ?? '?'} → ${c.partner ?? '?'}`,
			flow: c.flow ?? '',
			year: c.year ?? '',
			official: own ? own.value : '',
			mirror: mirror ? mirror.value : '',
			'other currency (not converted)': other ? `${other.value} ${other.currency}` : '',
			verdict: checked.verdict + (checked.mirrorMatches ? ' (the mirror matches)' : '')
		});
	}
	console.table(rows);
} finally {
	checker.engine.close();
}
