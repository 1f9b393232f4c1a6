/**
 * The site's languages. English lives at the root (`/explore`), French under `/fr/`
 * (`/fr/explore`); every page exists in both.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a switch to it reads. */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** The language a switch leads to from this one. */
export const otherLocale = (locale: Locale): Locale => LOCALES.find((l) => l !== locale) ?? DEFAULT_LOCALE;

/** BCP 47 tags for `Intl`: Canadian English and Canadian French. */
export const LOCALE_TAG: Record<Locale, string> = { en: 'en-CA', fr: 'fr-CA' };

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The route's optional `[[lang]]` parameter as a locale: absent means English. */
export const localeOf = (param: string | undefined): Locale => (isLocale(param) ? param : DEFAULT_LOCALE);

/** A site path ('/explore', '/', '/charts/x?side=CHN') in a language: '/fr/explore', '/fr', … */
export function localePath(locale: Locale, path: string): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	if (locale === DEFAULT_LOCALE) return clean;
	return clean === '/' || /^\/[?#]/.test(clean) ? `/${locale}${clean.slice(1)}` : `/${locale}${clean}`;
}

/** A pathname's language and its path without the language prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
	const match = /^\/([a-z]{2})(\/.*)?$/.exec(pathname);
	if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) return { locale: match[1], path: match[2] ?? '/' };
	return { locale: DEFAULT_LOCALE, path: pathname };
}
