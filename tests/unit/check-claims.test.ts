/** The article checker's claims and verdicts, on sentences written for the test, in English and French. */
import { describe, expect, it } from 'vitest';
import { readClaims, sentences, type Claim } from '../../src/lib/check/claims';
import { economyEntries, economyIndex } from '../../src/lib/check/economies';
import { alias, economy } from '../helpers/check-fixtures';
import { agrees, rounding, verdictOf } from '../../src/lib/check/verdict';
import { changeRange, roundingOf } from '../../src/lib/schema/qualifiers';

const countries = [
	economy('CAN', 'Canada', 'Canada'),
	economy('CHN', 'China', 'Chine'),
	economy('USA', 'United States', 'États-Unis'),
	economy('MEX', 'Mexico', 'Mexique')
];
const aliases = [
	...alias('en', 'CAN', 'demonym', 'Canadian'),
	...alias('en', 'USA', 'short', 'U.S.'),
	...alias('fr', 'USA', 'demonym', 'américains'),
	...alias('fr', 'CAN', 'demonym', 'canadiennes'),
	...alias('fr', 'MEX', 'demonym', 'mexicains', 'mexicaines')
];
const read = (text: string, lang: 'en' | 'fr' = 'en', date = '2026-05-10') =>
	readClaims(text, lang, economyIndex(economyEntries(countries, aliases, lang)), { date }).map((c) => ({
		text: c.number.text,
		measure: c.measure,
		value: c.value,
		reporter: c.reporter,
		partner: c.partner,
		flow: c.flow,
		year: c.year,
		noSeries: c.noSeries
	}));

describe('claims read from sentences', () => {
	it('sentences keep their offsets and never run across a line', () => {
		const text = 'Trade fell. Prices rose\nin spring. Done.';
		const found = sentences(text, 'en');
		expect(found.map((s) => s.text.trim())).toEqual(['Trade fell.', 'Prices rose', 'in spring.', 'Done.']);
		for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('a value and a change of one flow between two economies, with the year named or implied', () => {
		expect(read('Mexico’s exports to Canada rose 8.5% in 2023 to US$12.3 billion.')).toEqual([
			{ text: '8.5%', measure: 'trade_change', value: 8.5, reporter: 'MEX', partner: 'CAN', flow: 'exports', year: 2023, noSeries: false },
			{
				text: 'US$12.3 billion',
				measure: 'trade_value',
				value: 12.3e9,
				reporter: 'MEX',
				partner: 'CAN',
				flow: 'exports',
				year: 2023,
				noSeries: false
			}
		]);
		// "last year" is the year before the article's; a figure in the present tense is the latest full year published by then.
		expect(read('China’s imports from Canada fell 6% last year.')[0]).toMatchObject({
			value: -6,
			reporter: 'CHN',
			partner: 'CAN',
			flow: 'imports',
			year: 2025
		});
		expect(read('Canadian exports to Mexico are worth $9 billion.', 'en', '2026-02-01')[0]).toMatchObject({
			reporter: 'CAN',
			partner: 'MEX',
			year: 2024
		});
	});

	it('shares and ranks, a sentence that names no reporter going on from the one before', () => {
		const claims = read('Roughly 70% of Mexico’s exports go to the United States. Canada is the second-largest market at about 3%.');
		expect(claims.map((c) => [c.measure, c.value, c.reporter, c.partner])).toEqual([
			['export_share', 70, 'MEX', 'USA'],
			['rank', 2, 'MEX', 'CAN'],
			['export_share', 3, 'MEX', 'CAN']
		]);
	});

	it('the partner of "imports of Canadian goods" is Canada, and the reporter the economy before the flow', () => {
		expect(read('In China, where imports of Canadian goods dropped by a tenth, buyers turned elsewhere.')[0]).toMatchObject({
			measure: 'trade_change',
			value: -10,
			reporter: 'CHN',
			partner: 'CAN',
			flow: 'imports'
		});
	});

	it('a poll, a tariff rate and a count of vehicles have no trade series, and say so', () => {
		expect(read('A poll found 41% of respondents held a favourable view of China.')[0]).toMatchObject({
			measure: 'favourability',
			noSeries: true
		});
		expect(read('Canada imposed a 100% tariff on electric vehicles made in China.')[0]).toMatchObject({
			measure: 'tariff_rate',
			noSeries: true
		});
		// A number of vehicles under a quota is the quota itself, as the ledger holds it; a count of people is nothing shown.
		expect(read('The quota allows 30,000 vehicles a year from China.')[0]).toMatchObject({ measure: 'import_quota', noSeries: true });
		expect(read('The plant employs 30,000 people in China.')[0]).toMatchObject({ measure: 'other', noSeries: true });
	});

	it('goals, prices, shares of vehicles and one product’s share are no trade series, in both languages', () => {
		const measureOf = (text: string, lang: 'en' | 'fr' = 'en') =>
			read(text, lang)
				.filter((c) => c.measure !== 'other')
				.map((c) => [c.measure, c.noSeries]);
		expect(measureOf('Ottawa aims to raise exports to Mexico by 40% over the next decade.')).toEqual([['trade_target', true]]);
		expect(measureOf('Le Canada vise à accroître de 50 % ses exportations vers le Mexique d’ici 2035.', 'fr')).toEqual([
			['trade_target', true]
		]);
		expect(measureOf('Mexican trucks sold in Canada carry a price of about C$60,000 each.')).toEqual([['price', true]]);
		expect(measureOf('Le prix de 45 000 dollars canadiens vaut pour les voitures importées du Mexique.', 'fr')).toEqual([['price', true]]);
		expect(measureOf('The cap on imports from China is 5% of the 2 million vehicles sold in Canada.')).toEqual([['import_quota', true]]);
		expect(measureOf('Half of the cars exported by Mexico to Canada are trucks.')).toEqual([['market_share', true]]);
		expect(measureOf('Only 6% of Mexico’s crude oil was exported to China in 2023.')).toEqual([['export_share', true]]);
		expect(measureOf('Les exportations canadiennes de canola vers la Chine ont chuté de 30 % en 2025.', 'fr')).toEqual([
			['trade_change', true]
		]);
		// A tariff on vehicles stays a tariff; a share of all exports keeps its series.
		expect(measureOf('Mexico set a 50% tariff on cars imported from China.')).toEqual([['tariff_rate', true]]);
		expect(measureOf('About 80% of Mexico’s exports go to the United States.')).toEqual([['export_share', false]]);
	});

	it('a clause of its own gives a number its partner; a currency’s demonym names no economy', () => {
		expect(
			read('About 80% of Mexico’s exports go to the United States, while Canada takes under 3% of them.').map((c) => [
				c.reporter,
				c.partner
			])
		).toEqual([
			['MEX', 'USA'],
			['MEX', 'CAN']
		]);
		expect(
			read('Les importations du Mexique en provenance du Canada ont atteint 9 milliards de dollars américains en 2024.', 'fr')[0]
		).toMatchObject({
			reporter: 'MEX',
			partner: 'CAN',
			value: 9e9
		});
		expect(read('Mexico’s exports to Canada reached 9 billion U.S. dollars in 2024.')[0]).toMatchObject({
			reporter: 'MEX',
			partner: 'CAN'
		});
	});

	it('"last year" nearer a number than a written year gives the number its year', () => {
		const claims = read('Last year, 34% of those polled viewed Mexico favourably, up from 21% in 2023.', 'en', '2026-03-02');
		expect(claims.map((c) => [c.value, c.year])).toEqual([
			[34, 2025],
			[21, 2023]
		]);
	});

	it('French: a value in milliards de dollars américains and a change in "en baisse de"', () => {
		const claims = read(
			'Les exportations canadiennes vers la Chine, en baisse de 12,5 %, ont atteint 30 milliards de dollars américains en 2024.',
			'fr'
		);
		expect(claims.map((c) => [c.measure, c.value, c.reporter, c.partner, c.flow, c.year])).toEqual([
			['trade_change', -12.5, 'CAN', 'CHN', 'exports', 2024],
			['trade_value', 30e9, 'CAN', 'CHN', 'exports', 2024]
		]);
		// A typographic apostrophe reads as a straight one: "l’an dernier" is the year before the article's.
		expect(read('Les exportations canadiennes vers la Chine ont reculé de 3 % l’an dernier.', 'fr', '2026-01-10')[0]).toMatchObject({
			value: -3,
			year: 2025
		});
		expect(read('Les trois quarts des exportations mexicaines vont aux États-Unis.', 'fr')[0]).toMatchObject({
			measure: 'export_share',
			value: 75,
			reporter: 'MEX',
			partner: 'USA'
		});
	});
});

describe('verdicts', () => {
	const claim = (text: string, value: number, qualifier: Claim['number']['qualifier'], unit: Claim['number']['unit'] = 'percent') =>
		({ value, number: { text, value: Math.abs(value), unit, qualifier, start: 0, end: 0 } }) as Pick<Claim, 'value' | 'number'>;

	it('matches within the rounding the number is written to', () => {
		expect(rounding('10.4%', 10.4)).toBeCloseTo(0.05);
		expect(rounding('$41.7 billion', 41.7e9)).toBeCloseTo(0.05e9);
		expect(rounding('41,7 milliards', 41.7e9)).toBeCloseTo(0.05e9);
		expect(agrees(claim('10.4%', -10.4, 'exact'), -10.43)).toBe(true);
		expect(agrees(claim('10.4%', -10.4, 'exact'), -10.52)).toBe(false);
		expect(agrees(claim('$41.7 billion', 41.7e9, 'exact', 'USD'), 41.74e9)).toBe(true);
	});

	it('a qualifier bounds the size: "under 4%", "more than 10%" of a fall, "about 75%"', () => {
		expect(agrees(claim('under 4%', 4, 'less_than'), 3.8)).toBe(true);
		expect(agrees(claim('under 4%', 4, 'less_than'), 4.3)).toBe(false);
		expect(agrees(claim('more than 10%', -10, 'more_than'), -10.5)).toBe(true);
		expect(agrees(claim('more than 10%', -10, 'more_than'), -8)).toBe(false);
		expect(agrees(claim('about 75%', 75, 'about'), 76.3)).toBe(true);
		expect(agrees(claim('about 75%', 75, 'about'), 80)).toBe(false);
	});

	it('a change computed from levels published rounded is known only as well as they are', () => {
		expect(roundingOf(46_600_000_000)).toBe(50_000_000);
		expect(roundingOf(30_003_253_086)).toBe(0.5);
		// US$46.6B → US$41.7B is −10.52%, give or take a fifth of a point: "fell 10.4%" agrees with it.
		const range = changeRange(46.6e9, 41.7e9);
		expect(range[0]).toBeCloseTo(-10.72, 2);
		expect(range[1]).toBeCloseTo(-10.31, 2);
		expect(agrees(claim('10.4%', -10.4, 'exact'), -10.515)).toBe(false);
		expect(agrees(claim('10.4%', -10.4, 'exact'), range)).toBe(true);
		expect(agrees(claim('9.5%', -9.5, 'exact'), range)).toBe(false);
		// Levels given to the unit leave the change as exact as computed.
		const [lo, hi] = changeRange(30_003_253_086, 34_423_548_366);
		expect(hi - lo).toBeLessThan(1e-6);
	});

	it('the ledger’s convention: a bound includes its number and keeps its direction; "about" a change is a point', () => {
		expect(agrees(claim('more than 10%', -10, 'more_than'), -10)).toBe(true);
		// "Fell less than 5%" is a fall of 0 to 5%, not a rise.
		expect(agrees(claim('less than 5%', -5, 'less_than'), -3)).toBe(true);
		expect(agrees(claim('less than 5%', -5, 'less_than'), 2)).toBe(false);
		const change = { ...claim('about 10%', -10, 'about'), measure: 'trade_change' as const };
		expect(agrees(change, -10.9)).toBe(true);
		expect(agrees(change, -11.5)).toBe(false);
		expect(agrees(claim('about 10%', 10, 'about'), 11.5)).toBe(true);
	});

	it('differs, and says when the other side’s figures match instead; no series stays no series', () => {
		const c = { ...claim('15%', 15, 'exact'), noSeries: false } as Claim;
		const checked = verdictOf(c, { value: -10.5, months: 12, sourceIds: ['x'] }, { value: 14.98, months: 12, sourceIds: ['y'] });
		expect(checked).toMatchObject({ verdict: 'differs', mirrorMatches: true });
		expect(checked.difference).toBeCloseTo(-25.5);
		expect(verdictOf({ ...c, noSeries: true }, null, null).verdict).toBe('no_series');
	});
});
