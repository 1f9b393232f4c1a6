/**
 * The article checker's number and period readers, English and French. Every sentence here was written for these tests;
 * each case checks the exact span, value, unit, qualifier and direction (none unless given), and the share or the upper
 * end of a range where given.
 */
import { describe, expect, it } from 'vitest';
import { readNumbers, readPeriods, type CheckLang, type NumberMention } from '../../src/lib/check/numbers';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

type Want = Pick<NumberMention, 'text' | 'value' | 'unit' | 'qualifier'> & Partial<Pick<NumberMention, 'high' | 'direction' | 'share'>>;
type Case = [sentence: string, lang: CheckLang, want: Want];

const exact = (text: string, value: number, unit: NumberMention['unit'], more: Partial<Want> = {}): Want => ({
	text,
	value,
	unit,
	qualifier: 'exact',
	...more
});

function expectMention(sentence: string, m: NumberMention, want: Want) {
	expect(sentence.slice(m.start, m.end), 'span').toBe(m.text);
	expect(m.text, 'text').toBe(want.text);
	expect(m.value, 'value').toBeCloseTo(want.value, 6);
	expect(m.unit, 'unit').toBe(want.unit);
	expect(m.qualifier, 'qualifier').toBe(want.qualifier);
	expect(m.direction, 'direction').toBe(want.direction);
	expect(m.high, 'high').toBe(want.high);
	if ('share' in want) expect(m.share, 'share').toBe(want.share);
}

/** The sentence holds exactly this one mention. */
function expectOne(sentence: string, lang: CheckLang, want: Want) {
	const found = readNumbers(sentence, lang);
	expect(
		found.map((m) => m.text),
		sentence
	).toEqual([want.text]);
	expectMention(sentence, found[0], want);
}

describe('money', () => {
	const cases: Case[] = [
		['Shipments south of the border were worth US$41.7 billion last year.', 'en', exact('US$41.7 billion', 41_700_000_000, 'USD')],
		['The surplus reached $41.7bn by spring.', 'en', exact('$41.7bn', 41.7e9, 'USD')],
		['A surplus of $41.7B was booked.', 'en', exact('$41.7B', 41.7e9, 'USD')],
		['Its deficit hit US$41.7B.', 'en', exact('US$41.7B', 41.7e9, 'USD')],
		['Ottawa pledged C$30 billion for ports.', 'en', exact('C$30 billion', 30e9, 'CAD')],
		['The plan costs CA$30 billion in all.', 'en', exact('CA$30 billion', 30e9, 'CAD')],
		['Sales came to 41.7 billion U.S. dollars.', 'en', exact('41.7 billion U.S. dollars', 41.7e9, 'USD')],
		['Sales came to 41.7 billion US dollars.', 'en', exact('41.7 billion US dollars', 41.7e9, 'USD')],
		['The province spent 30 billion Canadian dollars.', 'en', exact('30 billion Canadian dollars', 30e9, 'CAD')],
		['The mill was sold for $2.5 million.', 'en', exact('$2.5 million', 2.5e6, 'USD')],
		['Beijing set aside ¥100 billion for the fund.', 'en', exact('¥100 billion', 100e9, 'CNY')],
		['Beijing set aside 100 billion yuan for the fund.', 'en', exact('100 billion yuan', 100e9, 'CNY')],
		['Brussels offered €3bn in support.', 'en', exact('€3bn', 3e9, 'EUR')],
		['Two-way trade is worth $1 trillion.', 'en', exact('$1 trillion', 1e12, 'USD')],
		['Freight is worth USD 5 billion.', 'en', exact('USD 5 billion', 5e9, 'USD')],
		['Freight is worth US$ 4.2 billion.', 'en', exact('US$ 4.2 billion', 4.2e9, 'USD')],
		['A $12.5-billion gap opened.', 'en', exact('$12.5-billion', 12.5e9, 'USD')],
		['Exports were nearly two billion dollars.', 'en', { text: 'nearly two billion dollars', value: 2e9, unit: 'USD', qualifier: 'about' }],
		['A billion dollars went to rail.', 'en', exact('A billion dollars', 1e9, 'USD')],
		[
			'Les exportations ont atteint 41,7 milliards de dollars américains.',
			'fr',
			exact('41,7 milliards de dollars américains', 41.7e9, 'USD')
		],
		['Le déficit a atteint 41,7 G$ US.', 'fr', exact('41,7 G$ US', 41.7e9, 'USD')],
		['Le surplus s’élève à 41,7 milliards de $ US.', 'fr', exact('41,7 milliards de $ US', 41.7e9, 'USD')],
		['Ottawa promet 30 milliards de dollars canadiens.', 'fr', exact('30 milliards de dollars canadiens', 30e9, 'CAD')],
		['Le programme coûte 30 G$ CA.', 'fr', exact('30 G$ CA', 30e9, 'CAD')],
		['L’usine a été vendue 2,5 millions de dollars.', 'fr', exact('2,5 millions de dollars', 2.5e6, 'USD')],
		[`Les échanges valent 1${NNBSP}000 milliards de dollars.`, 'fr', exact(`1${NNBSP}000 milliards de dollars`, 1e12, 'USD')],
		[`Les échanges valent 1${NBSP}000 milliards de dollars.`, 'fr', exact(`1${NBSP}000 milliards de dollars`, 1e12, 'USD')],
		['Les échanges valent 1 000 milliards de dollars.', 'fr', exact('1 000 milliards de dollars', 1e12, 'USD')],
		['Le déficit atteint 41,7 milliards $ cette année.', 'fr', exact('41,7 milliards $', 41.7e9, 'USD')],
		[`Le solde est de 41,7${NBSP}G${NBSP}$${NBSP}US.`, 'fr', exact(`41,7${NBSP}G${NBSP}$${NBSP}US`, 41.7e9, 'USD')],
		[`Le solde est de 811${NBSP}M${NBSP}$${NBSP}CA.`, 'fr', exact(`811${NBSP}M${NBSP}$${NBSP}CA`, 811e6, 'CAD')],
		['Pékin débloque 100 milliards de yuans.', 'fr', exact('100 milliards de yuans', 100e9, 'CNY')],
		['Bruxelles offre 3 milliards d’euros.', 'fr', exact('3 milliards d’euros', 3e9, 'EUR')],
		['Un milliard de dollars a été investi.', 'fr', exact('Un milliard de dollars', 1e9, 'USD')],
		['Le solde est de −3,3 G $ US.', 'fr', exact('−3,3 G $ US', -3.3e9, 'USD')]
	];
	it.each(cases)('%s', (sentence, lang, want) => expectOne(sentence, lang, want));

	it('a scale with no currency is a count', () => {
		expectOne('Les échanges valent 1 000 milliards.', 'fr', exact('1 000 milliards', 1e12, 'count'));
		expectOne('Trade reached 41.7 billion.', 'en', exact('41.7 billion', 41.7e9, 'count'));
	});
});

describe('percentages', () => {
	const cases: Case[] = [
		['The duty on steel is 10.4% this year.', 'en', exact('10.4%', 10.4, 'percent', { share: false })],
		['The duty on steel is 10.4 % this year.', 'en', exact('10.4 %', 10.4, 'percent')],
		['The duty on steel is 10.4 percent now.', 'en', exact('10.4 percent', 10.4, 'percent')],
		['The duty on steel is 10.4 per cent now.', 'en', exact('10.4 per cent', 10.4, 'percent')],
		['The gap is 5 percentage points wide.', 'en', exact('5 percentage points', 5, 'percent')],
		['The levy is a flat 7-per-cent charge.', 'en', exact('7-per-cent', 7, 'percent')],
		['The levy is ten per cent.', 'en', exact('ten per cent', 10, 'percent')],
		['The levy is twenty-five percent.', 'en', exact('twenty-five percent', 25, 'percent')],
		['Mexico took 75% of the shipments.', 'en', exact('75%', 75, 'percent', { share: true })],
		['The port holds a 12% share.', 'en', exact('12%', 12, 'percent', { share: true })],
		['Autos made up 15% of imports.', 'en', exact('15%', 15, 'percent', { share: true })],
		[`Le droit sur l’acier est de 10,4${NBSP}% cette année.`, 'fr', exact(`10,4${NBSP}%`, 10.4, 'percent', { share: false })],
		[`Le droit sur l’acier est de 10,4${NNBSP}% cette année.`, 'fr', exact(`10,4${NNBSP}%`, 10.4, 'percent')],
		['Le droit sur l’acier est de 10,4 pour cent.', 'fr', exact('10,4 pour cent', 10.4, 'percent')],
		['L’écart est de 5 points de pourcentage.', 'fr', exact('5 points de pourcentage', 5, 'percent')],
		['La taxe est de dix pour cent.', 'fr', exact('dix pour cent', 10, 'percent')],
		['Le Mexique reçoit 75 % des envois.', 'fr', exact('75 %', 75, 'percent', { share: true })],
		['Le port détient une part de 12 %.', 'fr', exact('12 %', 12, 'percent', { share: true })]
	];
	it.each(cases)('%s', (sentence, lang, want) => expectOne(sentence, lang, want));
});

describe('shares in words', () => {
	const share = (text: string, value: number, qualifier: NumberMention['qualifier'] = 'exact', isShare = true): Want => ({
		text,
		value,
		unit: 'percent',
		qualifier,
		share: isShare
	});
	const cases: Case[] = [
		['A tenth of the grain goes by rail.', 'en', share('A tenth', 10)],
		['A quarter of the fleet is idle.', 'en', share('A quarter', 25)],
		['Three quarters of the ore is shipped raw.', 'en', share('Three quarters', 75)],
		['Three-quarters of the ore is shipped raw.', 'en', share('Three-quarters', 75)],
		['Half of the cars are assembled here.', 'en', share('Half', 50)],
		['Ports handle half the cargo.', 'en', share('half', 50)],
		['A third of the lumber is exported.', 'en', share('A third', 100 / 3)],
		['Two thirds of the canola goes abroad.', 'en', share('Two thirds', 200 / 3)],
		['Nearly half of the pork is sold abroad.', 'en', share('Nearly half', 50, 'about')],
		['Almost half of the pork is sold abroad.', 'en', share('Almost half', 50, 'about')],
		['Less than half of the pork is sold abroad.', 'en', share('Less than half', 50, 'less_than')],
		['More than a third of the wheat is exported.', 'en', share('More than a third', 100 / 3, 'more_than')],
		['One in five firms exports.', 'en', share('One in five', 20)],
		['Autos accounted for a fifth.', 'en', share('a fifth', 20)],
		['Un dixième du grain part par train.', 'fr', share('Un dixième', 10)],
		['Le quart de la flotte est immobilisé.', 'fr', share('Le quart', 25)],
		['Les trois quarts du minerai partent bruts.', 'fr', share('Les trois quarts', 75)],
		['La moitié des voitures sont assemblées ici.', 'fr', share('La moitié', 50)],
		['Près de la moitié du porc est vendu à l’étranger.', 'fr', share('Près de la moitié', 50, 'about')],
		['Moins de la moitié du porc est vendu à l’étranger.', 'fr', share('Moins de la moitié', 50, 'less_than')],
		['Plus du tiers du blé est exporté.', 'fr', share('Plus du tiers', 100 / 3, 'more_than')],
		['Les deux tiers du canola partent.', 'fr', share('Les deux tiers', 200 / 3)],
		['Un sur cinq exporte.', 'fr', share('Un sur cinq', 20)]
	];
	it.each(cases)('%s', (sentence, lang, want) => expectOne(sentence, lang, want));

	it('fraction words that are no share', () => {
		for (const sentence of [
			'A third country may join the pact.',
			'In the first half, trade slowed.',
			'The first three quarters were weak.',
			'Over the past two quarters prices held.'
		])
			expect(readNumbers(sentence, 'en'), sentence).toEqual([]);
		for (const sentence of ['La première moitié de l’année fut calme.', 'Un pays tiers peut adhérer.'])
			expect(readNumbers(sentence, 'fr'), sentence).toEqual([]);
	});
});

describe('qualifiers', () => {
	const en: [string, NumberMention['qualifier']][] = [
		...(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately'] as const).map((w) => [w, 'about'] as [string, 'about']),
		...(['under', 'less than', 'below'] as const).map((w) => [w, 'less_than'] as [string, 'less_than']),
		...(['over', 'more than', 'above'] as const).map((w) => [w, 'more_than'] as [string, 'more_than']),
		['at least', 'at_least'],
		['up to', 'up_to']
	];
	it.each(en)('English "%s" → %s', (word, qualifier) => {
		expectOne(`Tariffs cover ${word} 12% of goods.`, 'en', { text: `${word} 12%`, value: 12, unit: 'percent', qualifier, share: true });
	});
	it('"fewer than" with a count', () => {
		expectOne('Fewer than 40 plants remain.', 'en', { text: 'Fewer than 40', value: 40, unit: 'count', qualifier: 'less_than' });
	});
	const fr: [string, NumberMention['qualifier']][] = [
		['plus de', 'more_than'],
		['moins de', 'less_than'],
		['environ', 'about'],
		['quelque', 'about'],
		['près de', 'about'],
		['au moins', 'at_least'],
		['jusqu’à', 'up_to']
	];
	it.each(fr)('French "%s" → %s', (word, qualifier) => {
		expectOne(`Les droits visent ${word} 12${NBSP}% des biens.`, 'fr', {
			text: `${word} 12${NBSP}%`,
			value: 12,
			unit: 'percent',
			qualifier,
			share: true
		});
	});
	it('a qualifier before money and before a count', () => {
		expectOne('Imports topped more than US$41.7 billion.', 'en', {
			text: 'more than US$41.7 billion',
			value: 41.7e9,
			unit: 'USD',
			qualifier: 'more_than'
		});
		expectOne('Le port a reçu jusqu’à 49 000 véhicules.', 'fr', {
			text: 'jusqu’à 49 000',
			value: 49_000,
			unit: 'count',
			qualifier: 'up_to'
		});
	});
});

describe('direction', () => {
	const down = (text: string, value: number, more: Partial<Want> = {}) =>
		exact(text, value, 'percent', { direction: 'down', share: false, ...more });
	const up = (text: string, value: number, more: Partial<Want> = {}) =>
		exact(text, value, 'percent', { direction: 'up', share: false, ...more });
	const cases: Case[] = [
		['Lumber sales were down 10.4% on the year.', 'en', down('10.4%', 10.4)],
		['Lumber sales fell 10.4% on the year.', 'en', down('10.4%', 10.4)],
		['Lumber sales fell by a tenth.', 'en', down('a tenth', 10)],
		['Lumber sales fell sharply by 6%.', 'en', down('6%', 6)],
		['Potash shipments dropped 3%.', 'en', down('3%', 3)],
		['Potash shipments declined 4%.', 'en', down('4%', 4)],
		['Potash shipments decreased 5%.', 'en', down('5%', 5)],
		['Potash shipments slid 6%.', 'en', down('6%', 6)],
		['Potash shipments plunged 7%.', 'en', down('7%', 7)],
		['Potash shipments saw a drop of 9%.', 'en', down('9%', 9)],
		['Potash shipments saw a 10% drop.', 'en', down('10%', 10)],
		['Beef sales were up 15% on the year.', 'en', up('15%', 15)],
		['Beef sales rose 2%.', 'en', up('2%', 2)],
		['Beef sales increased 3%.', 'en', up('3%', 3)],
		['Beef sales grew 4%.', 'en', up('4%', 4)],
		['Beef sales jumped 5%.', 'en', up('5%', 5)],
		['Beef sales posted an increase of 8%.', 'en', up('8%', 8)],
		['Beef sales ended 5% higher.', 'en', up('5%', 5)],
		['Beef sales rose by up to 15%.', 'en', up('up to 15%', 15, { qualifier: 'up_to' })],
		['Beef sales rose $2 billion.', 'en', exact('$2 billion', 2e9, 'USD', { direction: 'up' })],
		['Les ventes de bois sont en baisse de 10,4 %.', 'fr', down('10,4 %', 10.4)],
		['Les envois de potasse ont chuté de 5 %.', 'fr', down('5 %', 5)],
		['Les envois de potasse ont diminué de 3 %.', 'fr', down('3 %', 3)],
		['On note un recul de 2 % des envois.', 'fr', down('2 %', 2)],
		['Les ventes de bœuf sont en hausse de 4 %.', 'fr', up('4 %', 4)],
		['Les ventes de bœuf ont augmenté de 6 %.', 'fr', up('6 %', 6)],
		['Les ventes de bœuf ont bondi de 7 %.', 'fr', up('7 %', 7)],
		['Les ventes sont en baisse d’environ 3 %.', 'fr', down('environ 3 %', 3, { qualifier: 'about' })],
		['Les ventes ont chuté de moitié.', 'fr', down('moitié', 50)],
		['Les ventes sont 10 % de plus.', 'fr', up('10 %', 10)]
	];
	it.each(cases)('%s', (sentence, lang, want) => expectOne(sentence, lang, want));

	it('no direction for a level reached, or words too far away', () => {
		expectOne('Exports fell to $40bn.', 'en', exact('$40bn', 40e9, 'USD'));
		expectOne('Exports fell in the spring of that year, at 40%.', 'en', exact('40%', 40, 'percent', { share: false }));
		expectOne('Une hausse des prix de 10 % est prévue.', 'fr', exact('10 %', 10, 'percent', { share: false }));
	});
});

describe('ranks', () => {
	const rank = (text: string, value: number) => exact(text, value, 'rank');
	const cases: Case[] = [
		['China is the second-largest buyer.', 'en', rank('second-largest', 2)],
		['China is the second largest buyer.', 'en', rank('second largest', 2)],
		['Japan is the third-biggest market.', 'en', rank('third-biggest', 3)],
		['Japan is the 3rd-largest market.', 'en', rank('3rd-largest', 3)],
		['The US is its largest trading partner.', 'en', rank('largest', 1)],
		['The US is its biggest customer.', 'en', rank('biggest', 1)],
		['Texas is the top export market.', 'en', rank('top', 1)],
		['Mexico ranked second that year.', 'en', rank('second', 2)],
		['Mexico came in third place.', 'en', rank('third', 3)],
		['La Chine est le deuxième partenaire du Canada.', 'fr', rank('deuxième', 2)],
		['Les États-Unis sont le premier partenaire commercial.', 'fr', rank('premier', 1)],
		['Le Japon arrive au troisième rang.', 'fr', rank('troisième', 3)],
		['Le Japon se classe troisième.', 'fr', rank('troisième', 3)],
		['Le Japon est le 2e partenaire.', 'fr', rank('2e', 2)],
		['La Chine est le deuxième plus grand partenaire.', 'fr', rank('deuxième plus grand', 2)],
		['Les États-Unis sont le plus grand marché.', 'fr', rank('plus grand', 1)]
	];
	it.each(cases)('%s', (sentence, lang, want) => expectOne(sentence, lang, want));

	it('a superlative or an ordinal alone is no rank', () => {
		for (const sentence of ['It is one of the largest markets.', 'The largest increase came late.', 'The second quarter was weak.'])
			expect(readNumbers(sentence, 'en'), sentence).toEqual([]);
		for (const sentence of ['C’est l’un des plus grands marchés.', 'Le premier ministre parle.'])
			expect(readNumbers(sentence, 'fr'), sentence).toEqual([]);
	});
});

describe('ranges and changes', () => {
	const cases: Case[] = [
		['Duties of 10 to 15 per cent apply.', 'en', exact('10 to 15 per cent', 10, 'percent', { high: 15 })],
		['Aid of between $2bn and $3bn is planned.', 'en', exact('between $2bn and $3bn', 2e9, 'USD', { high: 3e9 })],
		['Aid of between 2 and 3 billion dollars is planned.', 'en', exact('between 2 and 3 billion dollars', 2e9, 'USD', { high: 3e9 })],
		['Duties of 10-15% apply.', 'en', exact('10-15%', 10, 'percent', { high: 15 })],
		['Duties of 10–15% apply.', 'en', exact('10–15%', 10, 'percent', { high: 15 })],
		['Aid of $2-3 billion is planned.', 'en', exact('$2-3 billion', 2e9, 'USD', { high: 3e9 })],
		['Une aide de 2-3 milliards $ est prévue.', 'fr', exact('2-3 milliards $', 2e9, 'USD', { high: 3e9 })],
		['Des droits de 10 à 15 % s’appliquent.', 'fr', exact('10 à 15 %', 10, 'percent', { high: 15 })],
		['Des droits entre 10 et 15 % s’appliquent.', 'fr', exact('entre 10 et 15 %', 10, 'percent', { high: 15 })],
		['Une aide entre 2 et 3 milliards de dollars.', 'fr', exact('entre 2 et 3 milliards de dollars', 2e9, 'USD', { high: 3e9 })]
	];
	it.each(cases)('%s', (sentence, lang, want) => expectOne(sentence, lang, want));

	it('no range when the second figure is lower or of another kind', () => {
		expect(readNumbers('Sales fell 15% to 10%.', 'en').map((m) => [m.text, m.high])).toEqual([
			['15%', undefined],
			['10%', undefined]
		]);
		expect(readNumbers('Ships sailed $5bn to 15 countries.', 'en').map((m) => [m.text, m.unit])).toEqual([
			['$5bn', 'USD'],
			['15', 'count']
		]);
	});

	it('"from 10 to 15 per cent" is two figures, the first taking the unit of the second', () => {
		const sentence = 'The rate went from 10 to 15 per cent.';
		const [a, b, ...rest] = readNumbers(sentence, 'en');
		expect(rest).toEqual([]);
		expectMention(sentence, a, exact('10', 10, 'percent'));
		expectMention(sentence, b, exact('15 per cent', 15, 'percent'));
		const phrase = 'Le taux est passé de 10 à 15 %.';
		expect(readNumbers(phrase, 'fr').map((m) => [m.text, m.value, m.unit])).toEqual([
			['10', 10, 'percent'],
			['15 %', 15, 'percent']
		]);
	});

	it('a change then a level: "rose 0.5 percentage points to 5%", "fell 10.4% to US$41.7 billion"', () => {
		const sentence = 'The rate rose 0.5 percentage points to 5%.';
		const [a, b] = readNumbers(sentence, 'en');
		expectMention(sentence, a, exact('0.5 percentage points', 0.5, 'percent', { direction: 'up' }));
		expectMention(sentence, b, exact('5%', 5, 'percent'));
		const other = 'Potash fell 10.4% to US$41.7 billion.';
		const [c, d] = readNumbers(other, 'en');
		expectMention(other, c, exact('10.4%', 10.4, 'percent', { direction: 'down' }));
		expectMention(other, d, exact('US$41.7 billion', 41.7e9, 'USD'));
	});
});

describe('counts', () => {
	it('numbers with a thousands separator, in each language', () => {
		expectOne('The plant built 49,000 vehicles.', 'en', exact('49,000', 49_000, 'count'));
		expectOne(`L’usine a produit 49${NBSP}000 véhicules.`, 'fr', exact(`49${NBSP}000`, 49_000, 'count'));
		expectOne('The 27 members agreed.', 'en', exact('27', 27, 'count'));
	});
	it('a number in words alone is not read', () => {
		expect(readNumbers('Two ships and ten trucks arrived.', 'en')).toEqual([]);
		expect(readNumbers('Deux navires et dix camions.', 'fr')).toEqual([]);
	});
});

describe('not figures', () => {
	const en = [
		'The accord took effect in 2025.',
		'Talks resume on Jan. 16.',
		'Talks resume on January 16th.',
		'The COVID-19 years hurt trade.',
		'Leaders met at the G7 summit.',
		'Call 613-555-0199 for details.',
		'Call (613) 555-0199 for details.',
		'1. Exports\n2. Imports',
		'The 1990s saw growth.',
		'See chapter 87 and HS 8703.',
		'The 2025-26 budget passed.',
		'Fiscal 2025 ended well.',
		'They met at 10:30 on 16/01/2025.',
		'New 5G masts and 10-year bonds.',
		'Jets like the F-35 and Q3 results.',
		'Trade from 2018 to 2025 grew.'
	];
	it.each(en)('English: %s', (sentence) => expect(readNumbers(sentence, 'en')).toEqual([]));
	const fr = [
		'L’accord est entré en vigueur en 2025.',
		'Les pourparlers reprennent le 16 janvier.',
		'La COVID-19 a freiné les échanges.',
		'Le G7 se réunit demain.',
		'Composez le 613-555-0199.',
		'1. Exportations\n2. Importations',
		'Le commerce de 2018 à 2025 a crû.',
		'Voir le chapitre 87 et le n° 5.'
	];
	it.each(fr)('French: %s', (sentence) => expect(readNumbers(sentence, 'fr')).toEqual([]));

	it('a list number at a line start is skipped but the figures on its line are read', () => {
		const text = 'Findings:\n1. Exports rose 5%.\n2. Imports were flat.';
		expect(readNumbers(text, 'en').map((m) => m.text)).toEqual(['5%']);
	});
});

describe('a sentence with several figures', () => {
	it('reads each in order, with offsets into the text', () => {
		const sentence =
			'In 2025, potash sales to China fell 10.4% to US$41.7 billion, nearly half of the total, as it stayed the second-largest buyer.';
		const found = readNumbers(sentence, 'en');
		expect(found.map((m) => [m.text, m.unit, m.qualifier, m.direction ?? null])).toEqual([
			['10.4%', 'percent', 'exact', 'down'],
			['US$41.7 billion', 'USD', 'exact', null],
			['nearly half', 'percent', 'about', null],
			['second-largest', 'rank', 'exact', null]
		]);
		for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
		expect(readNumbers(sentence, 'en')).toEqual(found);
	});
	it('French, with no-break spaces', () => {
		const sentence = `En 2025, les ventes ont reculé de 10,4${NBSP}% à 41,7${NBSP}G$${NBSP}US, soit près de la moitié du total.`;
		expect(readNumbers(sentence, 'fr').map((m) => [m.text, m.value, m.unit, m.qualifier, m.direction ?? null])).toEqual([
			[`10,4${NBSP}%`, 10.4, 'percent', 'exact', 'down'],
			[`41,7${NBSP}G$${NBSP}US`, 41.7e9, 'USD', 'exact', null],
			['près de la moitié', 50, 'percent', 'about', null]
		]);
	});
});

describe('readPeriods', () => {
	const cases: [string, CheckLang, { text: string; year: number; month?: number; to?: number }[]][] = [
		['Exports grew in 2025.', 'en', [{ text: '2025', year: 2025 }]],
		['Fiscal 2025 closed early.', 'en', [{ text: '2025', year: 2025 }]],
		['Results for FY2025 are due.', 'en', [{ text: 'FY2025', year: 2025 }]],
		['Data for January 2026 are out.', 'en', [{ text: 'January 2026', year: 2026, month: 1 }]],
		['Data for Jan. 2026 are out.', 'en', [{ text: 'Jan. 2026', year: 2026, month: 1 }]],
		['It was signed on Jan. 16, 2026.', 'en', [{ text: 'Jan. 16, 2026', year: 2026, month: 1 }]],
		['It was signed on 2026-01-16.', 'en', [{ text: '2026-01-16', year: 2026, month: 1 }]],
		['Trade grew over 2018-2025.', 'en', [{ text: '2018-2025', year: 2018, to: 2025 }]],
		['Trade grew over 2018–2025.', 'en', [{ text: '2018–2025', year: 2018, to: 2025 }]],
		['Trade grew from 2018 to 2025.', 'en', [{ text: 'from 2018 to 2025', year: 2018, to: 2025 }]],
		['Trade grew between 2018 and 2025.', 'en', [{ text: 'between 2018 and 2025', year: 2018, to: 2025 }]],
		['The 2025-26 budget passed.', 'en', [{ text: '2025-26', year: 2025, to: 2026 }]],
		[
			'Both 2018 and 2025 were strong.',
			'en',
			[
				{ text: '2018', year: 2018 },
				{ text: '2025', year: 2025 }
			]
		],
		['Talks resume on Jan. 16.', 'en', []],
		['It cost $2025 and 2000 billion dollars went elsewhere; the 1990s.', 'en', []],
		['Les exportations ont crû en 2025.', 'fr', [{ text: '2025', year: 2025 }]],
		['Les données de janvier 2026 sont parues.', 'fr', [{ text: 'janvier 2026', year: 2026, month: 1 }]],
		['Les données de janv. 2026 sont parues.', 'fr', [{ text: 'janv. 2026', year: 2026, month: 1 }]],
		['Signé le 16 janvier 2026.', 'fr', [{ text: '16 janvier 2026', year: 2026, month: 1 }]],
		['Signé le 1er août 2026.', 'fr', [{ text: '1er août 2026', year: 2026, month: 8 }]],
		['Le commerce a crû de 2018 à 2025.', 'fr', [{ text: 'de 2018 à 2025', year: 2018, to: 2025 }]],
		['Le commerce a crû entre 2018 et 2025.', 'fr', [{ text: 'entre 2018 et 2025', year: 2018, to: 2025 }]],
		['Les pourparlers reprennent le 16 janvier.', 'fr', []]
	];
	it.each(cases)('%s', (sentence, lang, want) => {
		const found = readPeriods(sentence, lang);
		expect(found.map(({ start, end, ...rest }) => ({ text: sentence.slice(start, end), ...rest }))).toEqual(want);
	});
});
