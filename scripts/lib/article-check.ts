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
import { runQuery, type QueryEngine } from '../../src/lib/data/engine';
import { exploreSeries, exploreView, type ExploreCurrency, type ExploreFlow } from '../../src/lib/data/explore-queries';
import type { Official } from '../../src/lib/check/verdict';
import { NodeEngine } from '../../src/lib/data/node-engine';

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

/** The article's date, where its first lines give one as an ISO date ("date 2026-01-16"). */
export function articleDate(text: string): string | undefined {
	return /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/.exec(text.slice(0, 400))?.[0];
}

/** A file's text as the checker reads it (HTML reduced to text elsewhere: here, .txt and .md). */
export async function checkFile(
	path: string,
	checker: { index: (lang: CheckLang) => EconomyIndex },
	{ lang = 'en', date }: { lang?: CheckLang; date?: string } = {}
): Promise<Claim[]> {
	const text = await readFile(path, 'utf8');
	return readClaims(text, lang, checker.index(lang), { date: date ?? articleDate(text) });
}

const MEASURE_OF = { trade_value: 'value', trade_change: 'change', export_share: 'share' } as const;

/**
 * The official figures for a claim: the reporter's own series and the partner's (mirror), for the
 * claim's year, flow and measure, in the claim's currency for an amount (any of the publishers'
 * currencies for a share or a change: a percentage needs no conversion).
 */
export async function officialFor(engine: QueryEngine, claim: Claim): Promise<{ own: Official | null; mirror: Official | null }> {
	const measure = MEASURE_OF[claim.measure as keyof typeof MEASURE_OF];
	if (claim.noSeries || !measure || !claim.reporter || !claim.partner || !claim.flow || !claim.year) return { own: null, mirror: null };
	const currencies: ExploreCurrency[] =
		measure === 'value' ? (claim.number.unit === 'CAD' ? ['CAD'] : claim.number.unit === 'USD' ? ['USD'] : []) : ['USD', 'CAD'];
	const look = async (side: 'reporter' | 'partner'): Promise<Official | null> => {
		if (measure === 'share' && side === 'partner') return null;
		for (const currency of currencies) {
			const view = exploreView({
				reporter: claim.reporter as string,
				partners: [claim.partner as string],
				flow: claim.flow as ExploreFlow,
				measure,
				side,
				currency,
				from: (claim.year as number) - 1,
				to: claim.year as number,
				base: claim.year as number
			});
			try {
				const row = (await runQuery(engine, exploreSeries, view)).find((r) => r.year === claim.year && r.value !== null);
				if (row) return { value: row.value as number, months: row.months, sourceIds: row.sources };
			} catch {
				return null;
			}
		}
		return null;
	};
	return { own: await look('reporter'), mirror: await look('partner') };
}
