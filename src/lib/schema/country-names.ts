/** English names of country and economy codes, for controls, labels and tables. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { extraCode } from './countries';

countries.registerLocale(en);

export function countryName(code: string): string {
	const extra = extraCode(code);
	if (extra) return extra.en;
	return countries.getName(code === 'XKX' ? 'XKK' : code, 'en', { select: 'alias' }) ?? code;
}
