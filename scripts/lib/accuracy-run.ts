/**
 * The checker scored on every text with figures marked by hand: the development corpus, and the
 * source articles where they are beside the project. Used by `npm run check:accuracy` and its test.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { addScore, ZERO, type Score, type Totals } from '../../src/lib/check/accuracy';
import { runQuery } from '../../src/lib/data/engine';
import { allFigures, allSources } from '../../src/lib/data/queries';
import { articleTexts, corpusTexts, type ScoredText } from './accuracy-gold';
import { openChecker, scoreText } from './article-check';

export interface Scored {
	set: 'articles' | 'corpus';
	text: ScoredText;
	score: Score;
}

export interface AccuracyRun {
	scored: Scored[];
	bySet: Map<string, Totals>;
	all: Totals;
	/** The articles' directory was not there (a clone without the shared files). */
	noArticles: boolean;
}

export async function scoreAll(root: string, dirs: { articles: string; corpus: string }): Promise<AccuracyRun> {
	const checker = await openChecker(root);
	try {
		const texts: { set: Scored['set']; text: ScoredText }[] = [];
		const articles = resolve(dirs.articles);
		const noArticles = !existsSync(articles);
		if (!noArticles) {
			const ledger = await runQuery(checker.engine, allFigures, undefined);
			const sources = await runQuery(checker.engine, allSources, undefined);
			const published = new Map(sources.map((s) => [s.sourceId, s.published ?? undefined]));
			for (const text of await articleTexts(articles, ledger, published)) texts.push({ set: 'articles', text });
		}
		for (const text of await corpusTexts(resolve(dirs.corpus))) texts.push({ set: 'corpus', text });
		const scored = texts.map(({ set, text }) => ({ set, text, score: scoreText(text, checker) }));
		const bySet = new Map<string, Totals>();
		for (const s of scored) bySet.set(s.set, addScore(bySet.get(s.set) ?? ZERO, s.score));
		return { scored, bySet, all: scored.reduce((t, s) => addScore(t, s.score), ZERO), noArticles };
	} finally {
		checker.engine.close();
	}
}
