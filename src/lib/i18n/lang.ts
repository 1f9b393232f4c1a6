/**
 * Everything a page or chart needs to speak one language: its messages, its number and date
 * formats, country names and links that stay in the language.
 */
import { countryName } from '$lib/schema/country-names';
import { formats, type Formats } from './formats';
import { LOCALE_TAG, localePath, type Locale } from './locale';
import { translator, type Translate } from './translate';

export interface Lang {
	locale: Locale;
	/** The BCP 47 tag for `Intl` and `<html lang>`. */
	tag: string;
	t: Translate;
	f: Formats;
	/** A site path in this language. */
	path(path: string): string;
	country(code: string): string;
}

function make(locale: Locale): Lang {
	return {
		locale,
		tag: LOCALE_TAG[locale],
		t: translator(locale),
		f: formats(locale),
		path: (p) => localePath(locale, p),
		country: (code) => countryName(code, locale)
	};
}

const LANGS: Record<Locale, Lang> = { en: make('en'), fr: make('fr') };

export const lang = (locale: Locale): Lang => LANGS[locale];
export const ENGLISH = LANGS.en;
