/** The article checker's readers on the real built tables: economies named as the countries and aliases tables name them. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { economyEntries, economyIndex } from '../../src/lib/check/economies';
import { aliasList, countryList } from '../../src/lib/data/country-queries';
import { runQuery } from '../../src/lib/data/engine';
import { NodeEngine } from '../../src/lib/data/node-engine';
import { ROOT } from '../helpers/project';
import { readClaims } from '../../src/lib/check/claims';
import { verdictOf } from '../../src/lib/check/verdict';
import { checkFile, openChecker } from '../../scripts/lib/article-check';
import { officialLookup } from '../../src/lib/check/official';

let engine: NodeEngine;
beforeAll(async () => {
	engine = await NodeEngine.open(join(ROOT, 'static', 'data'));
});
afterAll(() => engine.close());

describe('economies in text, from the countries and aliases tables', () => {
	it('reads names, demonyms and capitals in English and French, each as one economy', async () => {
		const [countries, aliases] = [await runQuery(engine, countryList, undefined), await runQuery(engine, aliasList, undefined)];
		const codes = (text: string, lang: 'en' | 'fr') =>
			economyIndex(economyEntries(countries, aliases, lang))
				.find(text)
				.map((w) => w.code);
		expect(codes('Beijing cut duties on Canadian canola; the U.S. and Mexico buy more from the United Kingdom.', 'en')).toEqual([
			'CHN',
			'CAN',
			'USA',
			'MEX',
			'GBR'
		]);
		expect(codes('Ottawa et Pékin : les exportations canadiennes vers la Chine et les États-Unis.', 'fr')).toEqual([
			'CAN',
			'CHN',
			'CAN',
			'CHN',
			'USA'
		]);
		// Every alias names an economy the countries table holds.
		const known = new Set(countries.map((c) => c.code));
		expect(aliases.filter((a) => !known.has(a.code))).toEqual([]);
	});
});

describe('claims against the official series', () => {
	it('China’s imports from Canada in 2025: China’s own figure matches; Canada’s own figures go the other way', async () => {
		const checker = await openChecker(ROOT);
		try {
			const text = 'China’s imports from Canada fell 10.5% in 2025 to US$41.7 billion, Chinese customs figures show.';
			const [change, value] = readClaims(text, 'en', checker.index('en'), { date: '2026-01-16' });
			const officialFor = officialLookup(checker.engine);
			const forValue = await officialFor(value);
			expect(verdictOf(value, forValue.own, forValue.mirror)).toMatchObject({ verdict: 'matches' });
			const forChange = await officialFor(change);
			expect(verdictOf(change, forChange.own, forChange.mirror).verdict).toBe('matches');
			// Statistics Canada's exports to China rose: the mirror is the opposite direction.
			expect(forChange.mirror?.value).toBeGreaterThan(0);
			// A poll has no trade series, whatever its economies.
			const [poll] = readClaims('A survey found 34% of Canadians view China favourably.', 'en', checker.index('en'), {
				date: '2026-01-16'
			});
			const forPoll = await officialFor(poll);
			expect(forPoll).toEqual({ own: null, mirror: null, other: null });
			expect(verdictOf(poll, forPoll.own, forPoll.mirror).verdict).toBe('no_series');
		} finally {
			checker.engine.close();
		}
	});
});

/** The five source articles live beside the project, never in it: the test runs where they are. */
const ARTICLES = join(ROOT, '..', 'shared', 'articles');

describe.skipIf(!existsSync(ARTICLES))('the five source articles against the figures ledger', () => {
	it('article 003: China’s customs fall against Canada’s rise, the shares against Statistics Canada’s, the poll without a series', async () => {
		const checker = await openChecker(ROOT);
		try {
			const officialFor = officialLookup(checker.engine);
			const claims = await checkFile(join(ARTICLES, '003_e36e7a4838b9ae9a.txt'), checker);
			const checked = async (written: string) => {
				const claim = claims.find((c) => c.number.text === written);
				if (!claim) throw new Error(`no claim read as ${written}`);
				const found = await officialFor(claim);
				return { claim, ...verdictOf(claim, found.own, found.mirror) };
			};
			const fall = await checked('more than 10%');
			expect(fall).toMatchObject({ verdict: 'matches', claim: { reporter: 'CHN', partner: 'CAN', flow: 'imports', year: 2025 } });
			expect(fall.own?.value).toBeCloseTo(-10.5, 1);
			expect(fall.mirror?.value).toBeCloseTo(14.7, 1);
			const us = await checked('About 75%');
			expect(us).toMatchObject({ verdict: 'matches', claim: { reporter: 'CAN', partner: 'USA', flow: 'exports' } });
			expect(us.own?.value).toBeCloseTo(76.3, 1);
			const china = await checked('about 4%');
			expect(china).toMatchObject({ verdict: 'matches', claim: { reporter: 'CAN', partner: 'CHN' } });
			expect(china.own?.value).toBeCloseTo(3.8, 1);
			for (const poll of ['34%', '21%', '54%'])
				expect(await checked(poll)).toMatchObject({ verdict: 'no_series', claim: { measure: 'favourability' } });
		} finally {
			checker.engine.close();
		}
	});
});
