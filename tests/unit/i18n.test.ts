/** Both languages hold the same messages; numbers and dates follow each locale's conventions. */
import { describe, expect, it } from 'vitest';
import { formats } from '../../src/lib/i18n/formats';
import { lang } from '../../src/lib/i18n/lang';
import { localePath, splitLocale } from '../../src/lib/i18n/locale';
import { MESSAGES, placeholders, translator } from '../../src/lib/i18n/translate';

const NBSP = '\u00a0';

describe('messages', () => {
	it('every key in one language exists in the other, with the same placeholders and some text', () => {
		const [en, fr] = [MESSAGES.en, MESSAGES.fr] as Record<string, string>[];
		expect(
			Object.keys(fr).filter((k) => !(k in en)),
			'keys only in French'
		).toEqual([]);
		expect(
			Object.keys(en).filter((k) => !(k in fr)),
			'keys only in English'
		).toEqual([]);
		for (const key of Object.keys(en)) {
			expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
			expect(en[key].trim(), key).not.toBe('');
			expect(fr[key].trim(), key).not.toBe('');
		}
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(translator('en')('frame.units', { units: 'US$' })).toBe('Units: US$');
		expect(translator('fr')('frame.units', { units: '$ US' })).toBe(`Unités${NBSP}: $ US`);
		expect(translator('en')('frame.units', {})).toBe('Units: {units}');
	});
});

describe('formats', () => {
	const [en, fr] = [formats('en'), formats('fr')];
	it('money, percentages and counts in Canadian English and Canadian French', () => {
		expect(en.money(41.7e9, 'USD')).toBe('US$41.7B');
		expect(fr.money(41.7e9, 'USD')).toBe(`41,7${NBSP}G${NBSP}$${NBSP}US`);
		// Canadian dollars are named as such in both languages: never a bare $ beside US$.
		expect(fr.money(811e6, 'CAD')).toBe(`811${NBSP}M${NBSP}$${NBSP}CA`);
		expect(en.money(811e6, 'CAD')).toBe('C$811M');
		// One scale however large: billions, not a switch to trillions.
		expect(en.money(2.1e12, 'USD')).toBe('US$2,100.0B');
		expect(fr.money(-3.25e9, 'USD')).toBe(`−3,3${NBSP}G${NBSP}$${NBSP}US`);
		expect(en.percentShort(75)).toBe('75%');
		expect(fr.percentShort(75)).toBe(`75${NBSP}%`);
		expect(fr.percent(75.86)).toBe(`75,9${NBSP}%`);
		expect(fr.percentChange(-10.4)).toMatch(/^[-−]10,4\u00a0%$/);
		expect(fr.countText(49000)).toBe(`49${NBSP}000`);
		expect(fr.billionsTick(1.2005e12)).toBe(`1${NBSP}200,5`);
		expect(fr.figureText(49000, 'vehicles', 'up_to')).toBe(`jusqu’à 49${NBSP}000 véhicules`);
	});

	it('dates with French month names', () => {
		expect(en.dateText('2025-08-14')).toBe('14 August 2025');
		expect(fr.dateText('2025-08-14')).toBe('14 août 2025');
		expect(fr.periodText('2025-08-01', 'month')).toBe('août 2025');
		expect(fr.periodText('2025-08-01', 'quarter')).toBe('T3 2025');
	});

	it('country names in each language', () => {
		expect(lang('fr').country('USA')).toBe('États-Unis');
		expect(lang('fr').country('CHN')).toBe('Chine');
		expect(lang('en').country('CHN')).toBe('China');
		expect(lang('fr').country('WLD')).toBe('Monde');
	});
});

describe('paths', () => {
	it('puts French under /fr and finds the language of a path', () => {
		expect(localePath('fr', '/')).toBe('/fr');
		expect(localePath('fr', '/explore?reporter=CAN')).toBe('/fr/explore?reporter=CAN');
		expect(localePath('fr', '/?theme=dark')).toBe('/fr?theme=dark');
		expect(localePath('en', '/explore')).toBe('/explore');
		expect(splitLocale('/fr/charts/ev-quota')).toEqual({ locale: 'fr', path: '/charts/ev-quota' });
		expect(splitLocale('/fr')).toEqual({ locale: 'fr', path: '/' });
		expect(splitLocale('/franchise')).toEqual({ locale: 'en', path: '/franchise' });
		expect(splitLocale('/explore')).toEqual({ locale: 'en', path: '/explore' });
	});
});
