/**
 * The article checker on texts with every figure marked by hand: the development corpus (15 official
 * releases, English and French, monthly, quarterly and annual) and, where they are beside the project,
 * the five source articles. Each total is kept at its threshold; `npm run check:accuracy` lists every miss.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addScore, rates, ZERO } from '../../src/lib/check/accuracy';
import { scoreAll, type AccuracyRun } from '../../scripts/lib/accuracy-run';
import { ROOT } from '../helpers/project';

let run: AccuracyRun;
beforeAll(async () => {
	run = await scoreAll(ROOT, {
		articles: join(ROOT, '..', 'shared', 'articles'),
		corpus: join(ROOT, 'tests', 'fixtures', 'checker-corpus')
	});
});

describe('the checker against figures marked by hand', () => {
	it('reads the corpus: recall, precision and reading accuracy of 95% or more', () => {
		const corpus = run.bySet.get('corpus');
		expect(corpus?.marked).toBe(277);
		const r = rates(corpus!);
		expect(r.recall).toBeGreaterThanOrEqual(0.95);
		expect(r.precision).toBeGreaterThanOrEqual(0.95);
		expect(r.reading).toBeGreaterThanOrEqual(0.95);
	});

	it('reads every text of the corpus: no text below 60% on any score', () => {
		for (const { set, text, score } of run.scored.filter((s) => s.set === 'corpus')) {
			const r = rates(addScore(ZERO, score));
			expect({ set, id: text.id, ok: r.recall >= 0.6 && r.precision >= 0.6 && r.reading >= 0.6 }).toEqual({ set, id: text.id, ok: true });
		}
	});

	it('with the source articles, where they are: every total at 95% or more', (ctx) => {
		if (run.noArticles) ctx.skip();
		const r = rates(run.all);
		expect(r.recall).toBeGreaterThanOrEqual(0.95);
		expect(r.precision).toBeGreaterThanOrEqual(0.95);
		expect(r.reading).toBeGreaterThanOrEqual(0.95);
		const articles = rates(run.bySet.get('articles')!);
		expect(articles.recall).toBeGreaterThanOrEqual(0.9);
		expect(articles.precision).toBeGreaterThanOrEqual(0.95);
		expect(articles.reading).toBeGreaterThanOrEqual(0.95);
	});
});
