/**
 * npm run check:accuracy [-- --articles <dir>] [-- --corpus <dir>] [-- --quiet]
 * Reads each text with the article checker and scores it against the figures marked by hand:
 * the development corpus (tests/fixtures/checker-corpus; any folder of the same format) and, where
 * they are beside the project, the five source articles against the figures ledger. Prints recall,
 * precision and reading accuracy per text, per set and in total, then every miss, every misreading
 * and every figure shown that is no marked figure.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addScore, rates, ZERO, type Totals } from '../src/lib/check/accuracy';
import { scoreAll } from './lib/accuracy-run';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: join(root, '..', 'shared', 'articles') },
		corpus: { type: 'string', default: join(root, 'tests', 'fixtures', 'checker-corpus') },
		quiet: { type: 'boolean', default: false }
	}
});

const run = await scoreAll(root, { articles: values.articles, corpus: values.corpus });
if (run.noArticles) console.log(`(no source articles at ${resolve(values.articles)}: the corpus alone)`);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const line = (name: string, t: Totals) => {
	const r = rates(t);
	const n = (x: number, w: number) => String(x).padStart(w);
	return `${name.padEnd(36)} ${n(t.marked, 6)} ${n(t.found, 5)} ${n(t.shown, 5)} ${n(t.right, 5)}   ${pct(r.recall)} ${pct(r.precision)} ${pct(r.reading)}`;
};
console.log(`${'text'.padEnd(36)} marked found shown right   recall precis. reading`);
const details: string[] = [];
for (const { text, score } of run.scored) {
	console.log(line(text.id, addScore(ZERO, score)));
	for (const g of score.missed)
		details.push(
			`${text.id} ¶${g.paragraph} missed "${g.asWritten}" (${g.value} ${g.unit} ${g.measure} ${g.reporter}→${g.partner} ${g.flow} ${g.period})`
		);
	for (const p of score.found.filter((p) => p.wrong.length))
		details.push(
			`${text.id} ¶${p.gold.paragraph} misread "${p.gold.asWritten}": ${p.wrong.map((f) => `${f} ${p.reading[f] || '∅'} ≠ ${String(p.gold[f]) || '∅'}`).join('; ')}`
		);
	for (const e of score.extra)
		details.push(`${text.id} ¶${e.reading.paragraph} not a marked figure: "${e.claim.number.text}" read as ${e.claim.measure}`);
}
console.log('');
for (const [set, t] of run.bySet) console.log(line(`total, ${set}`, t));
console.log(line('total', run.all));
if (!values.quiet && details.length) console.log(`\n${details.join('\n')}`);
const r = rates(run.all);
console.log(`\nrecall ${pct(r.recall).trim()}, precision ${pct(r.precision).trim()}, reading accuracy ${pct(r.reading).trim()}`);
