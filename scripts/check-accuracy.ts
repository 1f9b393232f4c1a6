/**
 * npm run check:accuracy [-- --articles <dir>] [-- --corpus <dir>] [-- --quiet]
 * Reads each text with the article checker and scores it against the figures marked by hand:
 * the development corpus (tests/fixtures/checker-corpus) and, where they are beside the project,
 * the five source articles against the figures ledger. Prints recall, precision and reading accuracy
 * per text and in total, then every miss, every misreading and every figure shown that is no figure.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addScore, rates, ZERO, type Score, type Totals } from '../src/lib/check/accuracy';
import { runQuery } from '../src/lib/data/engine';
import { allFigures, allSources } from '../src/lib/data/queries';
import { articleTexts, corpusTexts, type ScoredText } from './lib/accuracy-gold';
import { openChecker, scoreText } from './lib/article-check';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: join(root, '..', 'shared', 'articles') },
		corpus: { type: 'string', default: join(root, 'tests', 'fixtures', 'checker-corpus') },
		quiet: { type: 'boolean', default: false }
	}
});

const checker = await openChecker(root);
const texts: { set: string; text: ScoredText }[] = [];
const articles = resolve(values.articles);
if (existsSync(articles)) {
	const ledger = await runQuery(checker.engine, allFigures, undefined);
	const published = new Map((await runQuery(checker.engine, allSources, undefined)).map((s) => [s.sourceId, s.published ?? undefined]));
	for (const text of await articleTexts(articles, ledger, published)) texts.push({ set: 'articles', text });
} else console.log(`(no source articles at ${articles}: scoring the corpus alone)`);
for (const text of await corpusTexts(resolve(values.corpus))) texts.push({ set: 'corpus', text });

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const line = (name: string, t: Totals) => {
	const r = rates(t);
	return `${name.padEnd(36)} ${String(t.marked).padStart(4)} ${String(t.found).padStart(5)} ${String(t.shown).padStart(5)} ${String(t.right).padStart(5)}   ${pct(r.recall)} ${pct(r.precision)} ${pct(r.reading)}`;
};
console.log(`${'text'.padEnd(36)} marked found shown right   recall precis. reading`);
const bySet = new Map<string, Totals>();
const details: string[] = [];
let all = ZERO;
for (const { set, text } of texts) {
	const score: Score = scoreText(text, checker);
	const totals = addScore(ZERO, score);
	console.log(line(text.id, totals));
	bySet.set(set, addScore(bySet.get(set) ?? ZERO, score));
	all = addScore(all, score);
	for (const g of score.missed) details.push(`${text.id} ¶${g.paragraph} missed "${g.asWritten}" (${g.value} ${g.unit} ${g.measure} ${g.reporter}→${g.partner} ${g.flow} ${g.period})`);
	for (const p of score.found.filter((p) => p.wrong.length))
		details.push(
			`${text.id} ¶${p.gold.paragraph} misread "${p.gold.asWritten}": ${p.wrong.map((f) => `${f} ${p.reading[f] || '∅'} ≠ ${String(p.gold[f]) || '∅'}`).join('; ')}`
		);
	for (const e of score.extra) details.push(`${text.id} ¶${e.reading.paragraph} not a marked figure: "${e.claim.number.text}" read as ${e.claim.measure}`);
}
console.log('');
for (const [set, t] of bySet) console.log(line(`total, ${set}`, t));
console.log(line('total', all));
if (!values.quiet && details.length) console.log(`\n${details.join('\n')}`);
const r = rates(all);
console.log(`\nrecall ${pct(r.recall).trim()}, precision ${pct(r.precision).trim()}, reading accuracy ${pct(r.reading).trim()}`);
checker.engine.close();
