/**
 * The article checker in Node, on the built tables: an article's text read into claims, with the
 * economies the countries and aliases tables name. Used by `npm run check-article` and the
 * accuracy script.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readClaims, type Claim } from '../../src/lib/check/claims';
import { economyEntries, economyIndex, type EconomyIndex } from '../../src/lib/check/economies';
import type { CheckLang } from '../../src/lib/check/numbers';
import { aliasList, countryList } from '../../src/lib/data/country-queries';
import { runQuery } from '../../src/lib/data/engine';
import { articleDate, markdownText } from '../../src/lib/check/article-text';
import { NodeEngine } from '../../src/lib/data/node-engine';
import { scoreDocument, type Score } from '../../src/lib/check/accuracy';
import { paragraphOf } from '../../src/lib/check/figure-rows';
import type { ScoredText } from './accuracy-gold';

export async function openChecker(root: string): Promise<{ engine: NodeEngine; index: (lang: CheckLang) => EconomyIndex }> {
	const engine = await NodeEngine.open(join(root, 'static', 'data'));
	const [countries, aliases] = [await runQuery(engine, countryList, undefined), await runQuery(engine, aliasList, undefined)];
	const indexes = new Map<CheckLang, EconomyIndex>();
	return {
		engine,
		index: (lang) => {
			let index = indexes.get(lang);
			if (!index) indexes.set(lang, (index = economyIndex(economyEntries(countries, aliases, lang))));
			return index;
		}
	};
}

/** A file's text as the checker reads it (HTML reduced to text elsewhere: here, .txt and .md). */
export async function checkFile(
	path: string,
	checker: { index: (lang: CheckLang) => EconomyIndex },
	{ lang = 'en', date }: { lang?: CheckLang; date?: string } = {}
): Promise<Claim[]> {
	const raw = await readFile(path, 'utf8');
	const text = path.endsWith('.md') ? markdownText(raw) : raw;
	return readClaims(text, lang, checker.index(lang), { date: date ?? articleDate(text) });
}

/** A text read and scored against its marked figures. */
export function scoreText(text: ScoredText, checker: { index: (lang: CheckLang) => EconomyIndex }): Score {
	const claims = readClaims(text.body, text.lang, checker.index(text.lang), { date: text.date, publisher: text.outlet });
	return scoreDocument(claims, text.gold, (offset) => paragraphOf(text.body, offset));
}
