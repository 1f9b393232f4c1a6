/**
 * npm run check:accuracy [-- --articles <dir>]
 * Reads each article of the directory (default: ../shared/articles, the five source articles) with
 * the article checker and scores it against the figures ledger: recall over the ledger's trade rows
 * (found with the right value, unit and year), precision over the claims shown; every miss listed.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ratio, scoreArticle, type LedgerRow } from '../src/lib/check/accuracy';
import { runQuery } from '../src/lib/data/engine';
import { allFigures, allSources } from '../src/lib/data/queries';
import { checkFile, openChecker } from './lib/article-check';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { articles: { type: 'string', default: join(root, '..', 'shared', 'articles') } } });
const dir = resolve(values.articles);
if (!existsSync(dir)) {
	console.error(`No articles at ${dir}: give a directory of the source articles with --articles <dir>.`);
	process.exit(2);
}

const checker = await openChecker(root);
const ledger: LedgerRow[] = (await runQuery(checker.engine, allFigures, undefined)).map((f) => ({
	figureId: f.figureId,
	sourceId: f.sourceId,
	measure: f.measure,
	flow: f.flow,
	value: f.value,
	unit: f.unit,
	year: Number(f.periodStart.slice(0, 4)),
	asWritten: f.asWritten,
	locator: f.locator
}));
// Each article's date, as its source row gives it (the text may not).
const published = new Map((await runQuery(checker.engine, allSources, undefined)).map((s) => [s.sourceId, s.published ?? undefined]));
let [found, trade, right, shown] = [0, 0, 0, 0];
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
	const id = basename(file, '.txt');
	const claims = await checkFile(join(dir, file), checker, { date: published.get(id) });
	const score = scoreArticle(
		claims,
		ledger.filter((r) => r.sourceId === id)
	);
	found += score.found.length;
	trade += score.found.length + score.missed.length;
	right += score.right.length;
	shown += score.right.length + score.wrong.length;
	console.log(
		`${id}: ${score.found.length} of ${score.found.length + score.missed.length} trade rows found; ${score.right.length} of ${score.right.length + score.wrong.length} claims shown are the ledger's`
	);
	for (const r of score.missed) console.log(`  missed ${r.figureId} (${r.locator}, "${r.asWritten}": ${r.value} ${r.unit}, ${r.year})`);
	for (const c of score.wrong)
		console.log(`  not in the ledger: "${c.number.text}" read as ${c.measure} ${c.value} (${c.sentence.text.trim().slice(0, 80)}…)`);
}
console.log(
	`\nrecall ${(100 * ratio(found, trade)).toFixed(1)}% (${found} of ${trade}); precision ${(100 * ratio(right, shown)).toFixed(1)}% (${right} of ${shown})`
);
checker.engine.close();
