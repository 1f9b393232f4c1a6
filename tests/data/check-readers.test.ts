/**
 * The checker's readers for releases, one rule at a time, on sentences written for these tests (none
 * is taken from the corpus), in English and French: periods, bases, balances, levels and changes,
 * currencies, who is who, groups of partners, services and volume.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodCode, type Claim } from '../../src/lib/check/claim';
import { readClaims } from '../../src/lib/check/claims';
import type { CheckLang } from '../../src/lib/check/numbers';
import { openChecker } from '../../scripts/lib/article-check';
import { noSeriesCause } from '../../src/lib/check/no-series';
import { seriesMeasure } from '../../src/lib/check/official';
import { ROOT } from '../helpers/project';

let checker: Awaited<ReturnType<typeof openChecker>>;
beforeAll(async () => {
	checker = await openChecker(ROOT);
});
afterAll(() => checker.engine.close());

const read = (text: string, lang: CheckLang = 'en', date = '2025-11-20', publisher?: string): Claim[] =>
	readClaims(text, lang, checker.index(lang), { date, publisher });
/** A claim as a line of the corpus: written figure, value, unit, measure, reporter → partner, flow, period. */
const row = (c: Claim) =>
	[
		c.number.text.trim(),
		c.value,
		c.number.unit === 'percent' ? 'pct' : (c.currency ?? c.number.unit),
		c.measure,
		`${c.reporter ?? ''}→${c.partner ?? c.partnerWords?.text ?? ''}`,
		c.flow ?? '',
		c.period ? periodCode(c.period) : ''
	].join(' ');

describe('periods, resolved against the article’s date', () => {
	it('a month without its year is the latest before the article; a quarter, a year to date, rolling months, a year ended', () => {
		expect(read('Exports rose 2.1% in September.', 'en', '2025-11-05').map(row)).toEqual([
			'2.1% 2.1 pct trade_change →WLD exports 2025-09'
		]);
		expect(read('Imports fell 1.4% in December.', 'en', '2025-02-05')[0].period).toMatchObject({ kind: 'month', year: 2024, month: 12 });
		expect(read('Exports rose 0.8% in the third quarter of 2025.')[0].period).toMatchObject({
			kind: 'quarter',
			year: 2025,
			month: 9,
			months: 3
		});
		expect(read('The surplus was A$4.6 billion in the September quarter.', 'en', '2025-11-06')[0].period).toMatchObject({
			kind: 'quarter',
			month: 9
		});
		expect(read('From January to August 2025, exports rose 3.3%.')[0].period).toMatchObject({ kind: 'ytd', month: 8, months: 8 });
		expect(read('In the three months to August 2025, imports rose 1.2%.')[0].period).toMatchObject({
			kind: 'rolling',
			month: 8,
			months: 3
		});
		expect(read('Exports rose 4% in the year ended June 2025.')[0].period).toMatchObject({
			kind: 'year_ended',
			month: 6,
			months: 12,
			year: 2025
		});
	});

	it('French: months, quarters, cumulative months and the start of the year', () => {
		expect(read('En août, les exportations ont reculé de 0,9 %.', 'fr', '2025-10-07').map(row)).toEqual([
			'0,9 % -0.9 pct trade_change →WLD exports 2025-08'
		]);
		expect(read('Au deuxième trimestre 2025, les importations ont progressé de 1,1 %.', 'fr')[0].period).toMatchObject({
			kind: 'quarter',
			month: 6
		});
		expect(read('De janvier à mai 2025, les exportations ont augmenté de 2 %.', 'fr')[0].period).toMatchObject({ kind: 'ytd', month: 5 });
		expect(read('Sur les trois mois se terminant en mars 2025, les importations ont baissé de 1 %.', 'fr')[0].period).toMatchObject({
			kind: 'rolling',
			month: 3
		});
	});

	it('a period after "from", "compared with" or "par rapport à" is the base, not the figure’s own', () => {
		const [level, change, before] = read(
			'The deficit was $61.2 billion in August, up $3.1 billion from $58.1 billion in July.',
			'en',
			'2025-10-07'
		);
		expect([level, change, before].map((c) => periodCode(c.period!))).toEqual(['2025-08', '2025-08', '2025-07']);
		expect(change.base).toBe('previous');
		const fr = read('Les exportations ont reculé de 4,0 % par rapport à mars 2024.', 'fr', '2025-05-06');
		expect(fr[0].base).toBe('year_ago');
		expect(read('Exports rose 5% year on year in October.')[0]).toMatchObject({ base: 'year_ago', period: { month: 10 } });
	});

	it('a release’s figures naming no period are of its title’s period; a news story’s are of the latest full year', () => {
		const release = read('Merchandise trade, July 2025\n\nExports rose 1.5%.', 'en', '2025-09-04');
		expect(periodCode(release[0].period!)).toBe('2025-07');
		expect(read('Exports to China rose 8%, officials said.', 'en', '2025-09-04')[0].year).toBe(2024);
	});
});

describe('balances, levels and changes', () => {
	it('a deficit is negative from the reporter’s side; its widening is negative, its narrowing positive', () => {
		expect(read("Japan's trade deficit widened by ¥120 billion to ¥461 billion in October.").map(row)).toEqual([
			'¥120 billion -120000000000 JPY trade_change JPN→WLD balance 2025-10',
			'¥461 billion -461000000000 JPY trade_value JPN→WLD balance 2025-10'
		]);
		expect(
			read("Germany's trade surplus narrowed to €15.3 billion in September from €16.9 billion in August.").map((c) => c.value)
		).toEqual([15.3e9, 16.9e9]);
		expect(read('The goods deficit narrowed by $2.4 billion in September.', 'en', '2025-11-05', 'U.S. Census Bureau')[0].value).toBe(2.4e9);
	});

	it('French: "passé d’un déficit de … à un excédent de …", "contre …"', () => {
		const c = read(
			"Le solde commercial de la Suisse est passé d'un déficit de 1,2 milliard de francs suisses en juin à un excédent de 0,8 milliard en juillet.",
			'fr',
			'2025-08-20'
		);
		expect(c.map((x) => [x.value, x.currency, x.flow, periodCode(x.period!)])).toEqual([
			[-1.2e9, 'CHF', 'balance', '2025-06'],
			[0.8e9, 'CHF', 'balance', '2025-07']
		]);
		const fr = read(
			"Le déficit commercial de la France s'est établi à 6,2 milliards d'euros en août, contre 5,4 milliards en juillet.",
			'fr',
			'2024-10-08'
		);
		expect(fr.map(row)).toEqual([
			"6,2 milliards d'euros -6200000000 EUR trade_value FRA→WLD balance 2024-08",
			'5,4 milliards -5400000000 EUR trade_value FRA→WLD balance 2024-07'
		]);
		expect(fr[1].currencyImplied).toBe(true);
	});

	it('"rose $1.2 billion (18 percent) to $7.9 billion": a change, the same change in per cent, then the new level', () => {
		expect(
			read('Goods exports rose NZ$1.2 billion (18 percent) to NZ$7.9 billion in the year ended June 2025.').map((c) => [c.measure, c.value])
		).toEqual([
			['trade_change', 1.2e9],
			['trade_change', 18],
			['trade_value', 7.9e9]
		]);
		expect(read('Imports decreased $4.1 billion, or 1.2 percent.').map((c) => c.value)).toEqual([-4.1e9, -1.2]);
	});

	it('one figure for both flows', () => {
		expect(read('In August, both exports and imports of goods fell by 0.7%.').map((c) => c.flow)).toEqual(['exports', 'imports']);
		expect(read('En août, à la fois les exportations et les importations ont reculé de 0,7 %.', 'fr').map((c) => c.flow)).toEqual([
			'exports',
			'imports'
		]);
	});
});

describe('currencies, written or implied', () => {
	it('every sign and name: €, £, A$, NZ$, ¥ for Japan, yuan, "dollars américains", scale words alone', () => {
		const units = (text: string, lang: CheckLang = 'en', publisher?: string) =>
			read(text, lang, '2025-11-20', publisher).map((c) => [c.currency, c.currencyImplied]);
		expect(units("The UK's exports rose £2.1bn in September.")).toEqual([['GBP', false]]);
		expect(units("Australia's exports fell A$3.5 billion in September.")).toEqual([['AUD', false]]);
		expect(units("Japan's imports reached ¥9.8 trillion in October.")).toEqual([['JPY', true]]);
		expect(units("China's exports to Russia rose by 120 billion yuan in 2024.")).toEqual([['CNY', false]]);
		expect(units('Les exportations du Mexique ont atteint 9 milliards de dollars américains en 2024.', 'fr')).toEqual([['USD', false]]);
		// A bare "$" is the reporter's own dollar, and said to be implied.
		expect(units('Exports rose $2.3 billion in September.', 'en', 'Statistics Canada, The Daily')).toEqual([['CAD', true]]);
		expect(units('Les exportations ont atteint 64,1 milliards de dollars en août.', 'fr', 'Statistique Canada')).toEqual([['CAD', true]]);
	});
});

describe('who is who', () => {
	it('the owner of the flow reports; "from", "to", "with" name the partner, whichever comes first', () => {
		expect(read("Canada's imports from the United States fell 2.1% in September.").map(row)).toEqual([
			'2.1% -2.1 pct trade_change CAN→USA imports 2025-09'
		]);
		expect(read('Imports from the United States fell 2.1% in September.', 'en', '2025-11-05', 'Statistics Canada')[0]).toMatchObject({
			reporter: 'CAN',
			partner: 'USA'
		});
		expect(
			read('Les importations en provenance des États-Unis ont diminué de 2,1 % en septembre.', 'fr', '2025-11-05', 'Statistique Canada')[0]
		).toMatchObject({
			reporter: 'CAN',
			partner: 'USA'
		});
		expect(read('Les exportations de la zone euro vers le reste du monde ont augmenté de 1,5 % en août.', 'fr')[0]).toMatchObject({
			reporter: 'XEA',
			partner: 'WLD'
		});
	});

	it('groups: the world, the EU, the euro area, extra-EU, countries other than a named one', () => {
		expect(read('The euro area recorded a €18.7 billion surplus with the rest of the world in August 2025.')[0]).toMatchObject({
			reporter: 'XEA',
			partner: 'WLD'
		});
		expect(read('The EU exported more to non-EU countries than it imported, a surplus of €9 billion in 2024.')[0]).toMatchObject({
			reporter: 'XEU',
			partner: 'WLD'
		});
		const other = read("Canada's exports to countries other than the United States rose 3.2% in September.")[0];
		expect(other).toMatchObject({ reporter: 'CAN', partner: null, partnerWords: { code: null } });
		expect(other.partnerWords?.text).toBe('countries other than the United States');
		expect(read('Le commerce intra-zone euro a atteint 150 milliards d’euros en juin 2025.', 'fr')[0]).toMatchObject({
			reporter: 'XEA',
			partner: 'XEA',
			flow: 'total'
		});
	});

	it('an economy before a figure’s bracket is the figure’s own, and "each" gives it to both', () => {
		const c = read(
			"La part des importations venant de l'UE était de 70 % en Pologne (72 %), en Hongrie et en Tchéquie (chacune 75 %).",
			'fr',
			'2025-03-20'
		);
		expect(c.filter((x) => x.value === 75).map((x) => x.reporter)).toEqual(['HUN', 'CZE']);
		expect(c.find((x) => x.value === 72)?.reporter).toBe('POL');
	});
});

describe('not trade in goods: shown, with no series', () => {
	it('services, volume terms, counts of product groups', () => {
		expect(read('Services exports increased $1.2 billion in September.')[0]).toMatchObject({ scope: 'services', noSeries: true });
		expect(read('The goods and services deficit was $52.8 billion in September.')[0]).toMatchObject({
			scope: 'goods_and_services',
			noSeries: true
		});
		expect(read('In real terms, exports declined 1.1% in May.')[0]).toMatchObject({ volume: true, noSeries: true });
		expect(read('En volume, les exportations ont baissé de 1,1 % en mai.', 'fr')[0]).toMatchObject({ volume: true, noSeries: true });
		const counts = read('Exports rose in September. Sales increased in 7 of the 11 product sections.', 'en', '2025-11-05');
		expect(counts.map((c) => [c.measure, c.value])).toEqual([
			['count', 7],
			['other', 11]
		]);
	});

	it('a forecast is no published figure', () => {
		expect(read('Economists had expected exports to grow 3% in October.')[0]).toMatchObject({ measure: 'trade_target', noSeries: true });
		expect(read('Les économistes avaient prévu une hausse de 3 % des exportations en octobre.', 'fr')[0]).toMatchObject({
			measure: 'trade_target'
		});
	});
});

describe('what a paragraph carries on', () => {
	it('the base of its changes, and the period of its figures; a level for comparison a year earlier is of that year', () => {
		const c = read(
			"China's exports fell 1.1% in October from a year earlier. Imports rose 1.0%, leaving a surplus of $90.07 billion, down from $90.45 billion in September. Shipments to the United States fell 25.2%.",
			'en',
			'2025-11-07'
		);
		expect(c.map((x) => [x.number.text, x.base, periodCode(x.period!)])).toEqual([
			['1.1%', 'year_ago', '2025-10'],
			['1.0%', 'year_ago', '2025-10'],
			['$90.07 billion', null, '2025-10'],
			['$90.45 billion', null, '2025-09'],
			['25.2%', 'year_ago', '2025-10']
		]);
		const fr = read(
			"Sur les neuf premiers mois, le déficit atteint 60,2 milliards d'euros, contre 75,3 milliards un an plus tôt.",
			'fr',
			'2025-11-06'
		);
		expect(fr.map((x) => periodCode(x.period!))).toEqual(['2025', '2024']);
		expect(fr.map((x) => x.period?.months)).toEqual([9, 9]);
	});

	it('a partner the economies table does not name is kept in the text’s words', () => {
		expect(read("China's exports to Southeast Asian nations rose 11% in October.")[0]).toMatchObject({
			partner: null,
			partnerWords: { text: 'Southeast Asian nations', code: null }
		});
		expect(read("Les exportations vers les pays d'Asie du Sud-Est ont progressé de 11 % en octobre.", 'fr')[0].partnerWords?.text).toBe(
			"les pays d'Asie du Sud-Est"
		);
	});

	it('a sentence runs on past "U.S." and "Mr."; a title naming goods and services covers the figures that name neither', () => {
		const c = read('The U.S. Census Bureau said exports rose 2.0% in September, Mr. Smith added.', 'en', '2025-11-05');
		expect(c[0].sentence.text.startsWith('The U.S. Census Bureau')).toBe(true);
		expect(c[0].reporter).toBe('USA');
		const release = read(
			'U.S. International Trade in Goods and Services, September 2025\n\nExports were $289.3 billion. Exports of goods were $180.2 billion.',
			'en',
			'2025-11-05'
		);
		expect(release.map((x) => x.scope)).toEqual(['goods_and_services', 'goods']);
		const nearest = read(
			'The goods and services deficit widened as the goods deficit grew $2.0 billion to $90.1 billion while the services surplus fell $0.3 billion.',
			'en',
			'2025-11-05'
		);
		expect(nearest.map((x) => [x.scope, x.value])).toEqual([
			['goods', -2e9],
			['goods', -90.1e9],
			['services', -0.3e9]
		]);
	});
});

describe('what no series answers', () => {
	it('a change from the month or quarter before is measured on seasonally adjusted figures: no series, and why', () => {
		const [mom, yoy] = read('Exports rose 5.5% in June from May, and 3.1% from June 2023.', 'en', '2024-08-06', 'Statistics Canada');
		expect(mom).toMatchObject({ base: 'previous', period: { kind: 'month', month: 6 } });
		expect(noSeriesCause(mom)?.key).toBe('adjusted');
		expect(seriesMeasure(mom)).toBeUndefined();
		expect(yoy).toMatchObject({ base: 'year_ago' });
		expect(seriesMeasure(yoy)).toBe('change');
	});
});
