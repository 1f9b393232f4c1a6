/** Names of country and economy codes in English or French, for controls, labels and tables. */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import { extraCode } from './countries';

countries.registerLocale(en);
countries.registerLocale(fr);

/** Where the package's French name is the long official one and the usual name is shorter. */
const SHORT_FR: Record<string, string> = { USA: 'États-Unis' };

export function countryName(code: string, locale: 'en' | 'fr'): string {
	const extra = extraCode(code);
	if (extra) return extra[locale];
	if (locale === 'fr' && code in SHORT_FR) return SHORT_FR[code];
	return countries.getName(code === 'XKX' ? 'XKK' : code, locale, { select: 'alias' }) ?? code;
}
