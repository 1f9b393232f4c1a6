/**
 * Country and economy codes: ISO 3166-1 alpha-3 (from i18n-iso-countries) plus the project's
 * codes for aggregates, former economies and special cases (extra-codes.ts).
 */
import countries from 'i18n-iso-countries';
import { EXTRA_CODES, type ExtraCode } from './extra-codes';

/** i18n-iso-countries gives Kosovo XKK; the project uses XKX, as the IMF and World Bank do. */
const KOSOVO = { package: 'XKK', project: 'XKX' } as const;

const iso3 = new Set(Object.keys(countries.getAlpha3Codes()).filter((c) => c !== KOSOVO.package));
const extra = new Map<string, ExtraCode>(EXTRA_CODES.map((c) => [c.code, c]));

/** True for a code the tables accept: an ISO alpha-3 code or a project code listed in extra-codes.ts. */
export function isKnownCode(code: string): boolean {
	return iso3.has(code) || extra.has(code);
}

/** The project code for an aggregate, former economy or special case, if the code is one. */
export function extraCode(code: string): ExtraCode | undefined {
	return extra.get(code);
}

/** True for groups of economies (World, Euro Area…), whose flows overlap their members'. */
export function isAggregate(code: string): boolean {
	return extra.get(code)?.kind === 'aggregate';
}

/** ISO alpha-2 → alpha-3, or undefined for an unknown code. */
/**
 * A residual category of a publisher ("Countries and Areas Not Specified", "Asia Not Specified"…):
 * a partner code, never an economy. Kosovo is the one special code that is an economy.
 */
export function isResidual(code: string): boolean {
	return extraCode(code)?.kind === 'special' && code !== 'XKX';
}

export function alpha2ToAlpha3(code: string): string | undefined {
	const alpha3 = countries.alpha2ToAlpha3(code.toUpperCase());
	return alpha3 === KOSOVO.package ? KOSOVO.project : alpha3;
}

/** Every code the tables accept, sorted. */
export function knownCodes(): string[] {
	return [...iso3, ...extra.keys()].sort();
}

/** Every ISO alpha-2 code with its alpha-3 code, as alpha2ToAlpha3 reads it. */
export function alpha2Pairs(): [string, string][] {
	return Object.keys(countries.getAlpha2Codes()).map((a2) => [a2, alpha2ToAlpha3(a2)!]);
}
