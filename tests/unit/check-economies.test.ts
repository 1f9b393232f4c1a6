import { describe, expect, it } from 'vitest';
import { economyEntries, economyIndex } from '../../src/lib/check/economies';
import { alias, economy } from '../helpers/check-fixtures';

const countries = [
	economy('CAN', 'Canada', 'Canada'),
	economy('CHN', 'China', 'Chine'),
	economy('USA', 'United States', 'États-Unis'),
	economy('MEX', 'Mexico', 'Mexique'),
	economy('HKG', 'Hong Kong SAR China', 'R.A.S. chinoise de Hong Kong'),
	economy('WLD', 'World', 'Monde', 'aggregate'),
	economy('SUN', 'USSR', 'URSS', 'former')
];
const aliases = [
	...alias('en', 'CAN', 'demonym', 'Canadian'),
	...alias('en', 'CHN', 'demonym', 'Chinese'),
	...alias('en', 'CHN', 'capital', 'Beijing'),
	...alias('en', 'CAN', 'capital', 'Ottawa'),
	...alias('en', 'USA', 'short', 'U.S.', 'US'),
	...alias('en', 'MEX', 'capital', 'Mexico City'),
	...alias('en', 'HKG', 'short', 'Hong Kong'),
	...alias('fr', 'CAN', 'demonym', 'canadiennes'),
	...alias('fr', 'CHN', 'capital', 'Pékin')
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
