/** What the explorer offers: reporters, their partners and the years, from the pairs the data holds. */
import { EXPLORE_CURRENCIES, type ExploreCurrency, type TradePair } from '$lib/data/explore-queries';
import { isKnownCode } from '$lib/schema/countries';

export interface ExploreChoices {
	reporters: string[];
	/** Partners available to each reporter (either side's figures). */
	partners: Record<string, string[]>;
	firstYear: number;
	lastYear: number;
	/** The currencies each reporter's own figures are in (US$ first where it has them). */
	currencies: Record<string, ExploreCurrency[]>;
	/** The years each currency's figures span. */
	spans: Partial<Record<ExploreCurrency, [number, number]>>;
}

export const NO_CHOICES: ExploreChoices = {
	reporters: [],
	partners: {},
	firstYear: Number.POSITIVE_INFINITY,
	lastYear: Number.NEGATIVE_INFINITY,
	currencies: {},
	spans: {}
};

const isCurrency = (c: string): c is ExploreCurrency => (EXPLORE_CURRENCIES as readonly string[]).includes(c);

/** The currencies a reporter's own figures are in (US$ for an economy the choices do not know). */
export const currenciesOf = (choices: ExploreChoices, reporter: string): ExploreCurrency[] => choices.currencies[reporter] ?? ['USD'];

/** The years a currency's figures span (every year the choices hold, for a currency they do not know). */
export const yearsOf = (choices: ExploreChoices, currency: ExploreCurrency): [number, number] =>
	choices.spans[currency] ?? [choices.firstYear, choices.lastYear];

/** The choices widened by more pairs: each pair offers its partner to the reporter and, as mirror figures, the reporter to the partner. */
export function addPairs(choices: ExploreChoices, pairs: readonly TradePair[]): ExploreChoices {
	if (pairs.length === 0) return choices;
	const partners: Record<string, Set<string>> = Object.fromEntries(Object.entries(choices.partners).map(([r, ps]) => [r, new Set(ps)]));
	const currencies: Record<string, Set<ExploreCurrency>> = Object.fromEntries(
		Object.entries(choices.currencies).map(([r, cs]) => [r, new Set(cs)])
	);
	const spans = { ...choices.spans };
	for (const p of pairs) {
		(partners[p.reporter] ??= new Set()).add(p.partner);
		(partners[p.partner] ??= new Set()).add(p.reporter);
		if (!isCurrency(p.currency)) continue;
		(currencies[p.reporter] ??= new Set()).add(p.currency);
		const span = spans[p.currency];
		spans[p.currency] = span ? [Math.min(span[0], p.firstYear), Math.max(span[1], p.lastYear)] : [p.firstYear, p.lastYear];
	}
	// A mirror view's figures are in the partners' currencies: an economy that reports nothing itself is offered US$.
	for (const r of Object.keys(partners)) currencies[r] ??= new Set(['USD']);
	return {
		reporters: [...new Set([...choices.reporters, ...pairs.map((p) => p.reporter)])].sort(),
		partners: Object.fromEntries(Object.entries(partners).map(([r, ps]) => [r, [...ps].sort()])),
		firstYear: Math.min(choices.firstYear, ...pairs.map((p) => p.firstYear)),
		lastYear: Math.max(choices.lastYear, ...pairs.map((p) => p.lastYear)),
		currencies: Object.fromEntries(Object.entries(currencies).map(([r, cs]) => [r, EXPLORE_CURRENCIES.filter((c) => cs.has(c))])),
		spans
	};
}

/**
 * The choices as the page carries them: every code once, and each economy's partners as a bit set
 * over that list in hex (all IMF reporters' partner lists would otherwise weigh some 300 KB).
 */
export interface PackedChoices {
	reporters: string[];
	codes: string[];
	partners: Record<string, string>;
	firstYear: number;
	lastYear: number;
	/** Only reporters with figures in a currency other than US$ (nearly every one has US$ alone). */
	currencies: Record<string, ExploreCurrency[]>;
	spans: ExploreChoices['spans'];
}

export function packChoices(choices: ExploreChoices): PackedChoices {
	const codes = [...new Set(Object.values(choices.partners).flat())].sort();
	const position = new Map(codes.map((code, i) => [code, i]));
	const partners = Object.fromEntries(
		Object.entries(choices.partners).map(([economy, list]) => {
			const bits = new Uint8Array(Math.ceil(codes.length / 8));
			for (const code of list) {
				const i = position.get(code) as number;
				bits[i >> 3] |= 1 << (i & 7);
			}
			return [economy, Array.from(bits, (b) => b.toString(16).padStart(2, '0')).join('')];
		})
	);
	const currencies = Object.fromEntries(Object.entries(choices.currencies).filter(([, cs]) => cs.join() !== 'USD'));
	return {
		reporters: choices.reporters,
		codes,
		partners,
		firstYear: choices.firstYear,
		lastYear: choices.lastYear,
		currencies,
		spans: choices.spans
	};
}

export function unpackChoices(packed: PackedChoices): ExploreChoices {
	const partners = Object.fromEntries(
		Object.entries(packed.partners).map(([economy, hex]) => [
			economy,
			packed.codes.filter((_, i) => (parseInt(hex.slice((i >> 3) * 2, (i >> 3) * 2 + 2), 16) >> (i & 7)) & 1)
		])
	);
	const currencies = Object.fromEntries(
		Object.keys(partners).map((r): [string, ExploreCurrency[]] => [r, packed.currencies[r] ?? ['USD']])
	);
	return { reporters: packed.reporters, partners, firstYear: packed.firstYear, lastYear: packed.lastYear, currencies, spans: packed.spans };
}

/**
 * Choices taken from a view's own link, where the data's pairs are not at hand (a slide): any known
 * economy as the reporter, and its partners as the link names them; the queries check them again.
 */
export function looseChoices(params: URLSearchParams, years: [number, number] = [1960, 2026]): ExploreChoices {
	const known = (code: string) => /^[A-Z]{3}$/.test(code) && isKnownCode(code);
	const reporter = params.get('reporter') ?? '';
	const reporters = known(reporter) ? [reporter] : [];
	const partners = (params.get('partners') ?? '').split(',').filter(known);
	return {
		reporters,
		partners: Object.fromEntries(reporters.map((r) => [r, partners])),
		firstYear: years[0],
		lastYear: years[1],
		currencies: Object.fromEntries(reporters.map((r) => [r, [...EXPLORE_CURRENCIES]])),
		spans: {}
	};
}
