/** Rows of the countries and aliases tables, written short, for the article checker's unit tests. */
import type { Alias, NamedEconomy } from '../../src/lib/check/economies';

export const economy = (code: string, nameEn: string, nameFr: string, group: 'aggregate' | 'former' | null = null): NamedEconomy => ({
	code,
	nameEn,
	nameFr,
	aggregate: group === 'aggregate',
	former: group === 'former'
});

export const alias = (lang: 'en' | 'fr', code: string, kind: 'demonym' | 'capital' | 'short', ...words: string[]): Alias[] =>
	words.map((word) => ({ alias: word, lang, code, kind }));
