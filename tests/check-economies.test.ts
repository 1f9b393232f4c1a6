import { describe, expect, it } from 'vitest';
import { economyEntries, economyIndex, type Alias, type NamedEconomy } from '../src/lib/check/economies';

const countries: NamedEconomy[] = [
	{ code: 'CAN', nameEn: 'Canada', nameFr: 'Canada', aggregate: false, former: false },
	{ code: 'CHN', nameEn: 'China', nameFr: 'Chine', aggregate: false, former: false },
	{ code: 'USA', nameEn: 'United States', nameFr: 'États-Unis', aggregate: false, former: false },
	{ code: 'MEX', nameEn: 'Mexico', nameFr: 'Mexique', aggregate: false, former: false },
	{ code: 'HKG', nameEn: 'Hong Kong SAR China', nameFr: 'R.A.S. chinoise de Hong Kong', aggregate: false, former: false },
	{ code: 'WLD', nameEn: 'World', nameFr: 'Monde', aggregate: true, former: false },
	{ code: 'SUN', nameEn: 'USSR', nameFr: 'URSS', aggregate: false, former: true }
];
const aliases: Alias[] = [
	{ alias: 'Canadian', lang: 'en', code: 'CAN', kind: 'demonym' },
	{ alias: 'Chinese', lang: 'en', code: 'CHN', kind: 'demonym' },
	{ alias: 'Beijing', lang: 'en', code: 'CHN', kind: 'capital' },
	{ alias: 'Ottawa', lang: 'en', code: 'CAN', kind: 'capital' },
	{ alias: 'U.S.', lang: 'en', code: 'USA', kind: 'short' },
	{ alias: 'US', lang: 'en', code: 'USA', kind: 'short' },
	{ alias: 'Mexico City', lang: 'en', code: 'MEX', kind: 'capital' },
	{ alias: 'Hong Kong', lang: 'en', code: 'HKG', kind: 'short' },
	{ alias: 'canadiennes', lang: 'fr', code: 'CAN', kind: 'demonym' },
	{ alias: 'Pékin', lang: 'fr', code: 'CHN', kind: 'capital' }
];
const find = (text: string, lang: 'en' | 'fr' = 'en') =>
	economyIndex(economyEntries(countries, aliases, lang))
		.find(text)
		.map((w) => [w.code, w.kind, w.text]);

describe('economies in running text', () => {
	it('names, demonyms, capitals and short names, with their offsets', () => {
		const text = 'Ottawa said Canadian canola sales to China’s buyers fell, while U.S. tariffs rose.';
		expect(find(text)).toEqual([
			['CAN', 'capital', 'Ottawa'],
			['CAN', 'demonym', 'Canadian'],
			['CHN', 'name', 'China'],
			['USA', 'short', 'U.S.']
		]);
		const [word] = economyIndex(economyEntries(countries, aliases, 'en')).find('Sales to the United States');
		expect('Sales to the United States'.slice(word.start, word.end)).toBe('United States');
	});

	it('ignores case and accents, except in words written in capitals', () => {
		expect(find('BEIJING and beijing')).toEqual([
			['CHN', 'capital', 'BEIJING'],
			['CHN', 'capital', 'beijing']
		]);
		expect(find('Tell us what the US buys')).toEqual([['USA', 'short', 'US']]);
		expect(find('Les entreprises CANADIENNES et Pekin', 'fr')).toEqual([
			['CAN', 'demonym', 'CANADIENNES'],
			['CHN', 'capital', 'Pekin']
		]);
	});

	it('the longer word wins; groups and former economies are not read as economies; words stay whole', () => {
		expect(find('Officials in Mexico City and Hong Kong')).toEqual([
			['MEX', 'capital', 'Mexico City'],
			['HKG', 'short', 'Hong Kong']
		]);
		expect(find('trade with the world and the USSR')).toEqual([]);
		expect(find('Chinatown and Canadians')).toEqual([]);
		expect(find('La Chine et les États-Unis', 'fr')).toEqual([
			['CHN', 'name', 'Chine'],
			['USA', 'name', 'États-Unis']
		]);
	});

	it('offsets hold after characters that fold to other lengths', () => {
		const text = 'İstanbul 😀 exports to China';
		const [word] = economyIndex(economyEntries(countries, aliases, 'en')).find(text);
		expect(text.slice(word.start, word.end)).toBe('China');
	});
});
