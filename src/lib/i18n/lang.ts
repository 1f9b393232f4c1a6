/**
 * Everything a page or chart needs to speak one language: its messages, its number and date
 * formats, country names and links that stay in the language.
 */
import { countryName } from '$lib/schema/country-names';
import { GROUP_PREFIX, INCOME_GROUPS, isGroupPartner, type GroupCode } from '$lib/schema/groups';
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

/** A region or income group chosen as a partner, named as such: "South Asia (region, sum of its members)". */
function groupName(code: string, t: Translate): string {
	const group = code.slice(GROUP_PREFIX.length) as GroupCode;
	const income = INCOME_GROUPS.some((g) => g.code === group);
	return t(income ? 'group.partner.income' : 'group.partner', { name: t(`group.${group}`) });
}

function make(locale: Locale): Lang {
	const t = translator(locale);
	return {
		locale,
		tag: LOCALE_TAG[locale],
		t,
		f: formats(locale),
		path: (p) => localePath(locale, p),
		country: (code) => (isGroupPartner(code) ? groupName(code, t) : countryName(code, locale))
	};
}

const LANGS: Record<Locale, Lang> = { en: make('en'), fr: make('fr') };

export const lang = (locale: Locale): Lang => LANGS[locale];
export const ENGLISH = LANGS.en;

/** The language with economies named by a table of names (the countries table's), anything it lacks as before. */
export function withCountryNames(l: Lang, names: Readonly<Record<string, string>>): Lang {
	return { ...l, country: (code) => names[code] ?? l.country(code) };
}
