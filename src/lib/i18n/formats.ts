/**
 * Numbers, money, percentages and dates in each language's conventions, by one mechanism: the
 * platform's `Intl` in the language's tag (Canadian English, Canadian French), with the few fixes
 * the project writes its own way, all in LANGUAGES below. Money is compact and keeps to billions
 * ("US$41.7B", "41,7 G $ US") rather than switching to trillions; currencies are named so that US
 * and Canadian dollars never read alike; negative numbers take a true minus sign (−).
 */
import { LOCALE_TAG, type Locale } from './locale';

export interface Formats {
	/** 41_700_000_000, 'USD' → "US$41.7B" / "41,7 G $ US". */
	money(value: number, currency: string): string;
	billionsTick(value: number): string;
	/** Billions with two decimals, for tables. */
	billionsValue(value: number): string;
	millionsTick(value: number): string;
	countText(value: number): string;
	percent(value: number): string;
	percentTick(value: number): string;
	percentShort(value: number): string;
	percentChange(value: number): string;
	yearText(year: number): string;
	/** An index value with one decimal ("104.5"), and an index axis tick. */
	indexValue(value: number): string;
	indexTick(value: number): string;
	/** '2025-08-14' → "14 August 2025" / "14 août 2025". */
	dateText(iso: string): string;
	/** An access date as citations write it. */
	citationDate(iso: string): string;
	periodText(iso: string, frequency: 'month' | 'quarter'): string;
	/** How a qualifier reads before a number ("about ", "environ "). */
	qualifier(qualifier: string): string;
	/** A ledger figure as it reads: "about 75%", "jusqu’à 49 000 véhicules". */
	figureText(value: number, unit: string, qualifier: string): string;
}

/** What a language writes its own way, beside what `Intl` gives in its tag. */
interface LanguageRules {
	/** Currency symbols ("US$", "$ US"). */
	currencies: Record<string, string>;
	/** A money amount from its sign, symbol, number and scale word ("B", "G"; empty below a million). */
	money(sign: string, symbol: string, amount: string, scale: string): string;
	scales: { billions: string; millions: string };
	/** The tags whose order dates and citation dates follow. */
	dateTag: string;
	citationTag: string;
	/** The letter a quarter is written with ("Q3 2025", "T3 2025"). */
	quarter: string;
	qualifiers: Record<string, string>;
	/** Words for units after a count; an empty word leaves the unit unsaid. */
	units: Record<string, string>;
}

const NBSP = '\u00a0';

const LANGUAGES: Record<Locale, LanguageRules> = {
	en: {
		currencies: { USD: 'US$', CAD: 'C$' },
		money: (sign, symbol, amount, scale) => `${sign}${symbol}${amount}${scale}`,
		scales: { billions: 'B', millions: 'M' },
		dateTag: 'en-GB',
		citationTag: 'en-US',
		quarter: 'Q',
		qualifiers: { exact: '', about: 'about ', less_than: 'under ', more_than: 'over ', at_least: 'at least ', up_to: 'up to ' },
		units: {}
	},
	fr: {
		currencies: { USD: `$${NBSP}US`, CAD: `$${NBSP}CA` },
		money: (sign, symbol, amount, scale) => `${sign}${amount}${NBSP}${scale ? `${scale}${NBSP}` : ''}${symbol}`,
		scales: { billions: 'G', millions: 'M' },
		dateTag: 'fr-CA',
		citationTag: 'fr-CA',
		quarter: 'T',
		qualifiers: { exact: '', about: 'environ ', less_than: 'moins de ', more_than: 'plus de ', at_least: 'au moins ', up_to: 'jusqu’à ' },
		units: { vehicles: 'véhicules', people: 'personnes', years: 'ans', months: 'mois', count: '' }
	}
};

/** A true minus sign wherever `Intl` writes a hyphen-minus. */
const minus = (text: string) => text.replace(/-/g, '−');

function makeFormats(locale: Locale): Formats {
	const tag = LOCALE_TAG[locale];
	const rules = LANGUAGES[locale];
	// A value that rounds to zero is written without a sign; a change is signed either way but at zero.
	const digits = (min: number, max: number) =>
		new Intl.NumberFormat(tag, { minimumFractionDigits: min, maximumFractionDigits: max, signDisplay: 'negative' });
	const percents = (min: number, max: number, signed = false) =>
		new Intl.NumberFormat(tag, {
			style: 'percent',
			minimumFractionDigits: min,
			maximumFractionDigits: max,
			signDisplay: signed ? 'exceptZero' : 'negative'
		});
	const one = digits(1, 1);
	const two = digits(2, 2);
	const whole = digits(0, 0);
	const axis = digits(0, 6);
	const [pct, pctTick, pctShort, pctChange] = [percents(1, 1), percents(0, 1), percents(0, 1), percents(1, 1, true)];
	const day = new Intl.DateTimeFormat(rules.dateTag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	const cited = new Intl.DateTimeFormat(rules.citationTag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	const month = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
	const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
	const qualifier = (q: string) => rules.qualifiers[q] ?? '';

	const f: Formats = {
		money: (value, currency) => {
			const symbol = rules.currencies[currency] ?? `${currency}${NBSP}`;
			const v = Math.abs(value);
			const sign = value < 0 && whole.format(v) !== '0' ? '−' : '';
			if (v >= 1e9) return rules.money(sign, symbol, one.format(v / 1e9), rules.scales.billions);
			if (v >= 1e6) return rules.money(sign, symbol, whole.format(v / 1e6), rules.scales.millions);
			return rules.money(sign, symbol, whole.format(v), '');
		},
		billionsTick: (value) => minus(axis.format(value / 1e9)),
		billionsValue: (value) => minus(two.format(value / 1e9)),
		millionsTick: (value) => minus(axis.format(value / 1e6)),
		countText: (value) => minus(whole.format(Math.round(value))),
		percent: (value) => minus(pct.format(value / 100)),
		percentTick: (value) => minus(pctTick.format(value / 100)),
		percentShort: (value) => minus(pctShort.format(value / 100)),
		percentChange: (value) => minus(pctChange.format(value / 100)),
		yearText: (year) => String(year),
		indexValue: (value) => minus(one.format(value)),
		indexTick: (value) => minus(axis.format(value)),
		dateText: (iso) => day.format(date(iso)),
		citationDate: (iso) => cited.format(date(iso)),
		periodText: (iso, frequency) => {
			const d = date(iso);
			return frequency === 'month' ? month.format(d) : `${rules.quarter}${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
		},
		qualifier,
		figureText: (value, unit, q) => {
			if (unit === 'USD' || unit === 'CAD') return qualifier(q) + f.money(value, unit);
			if (unit === 'pct') return qualifier(q) + f.percentShort(value);
			if (unit === 'year') return qualifier(q) + String(value);
			const word = rules.units[unit] ?? unit;
			return `${qualifier(q)}${f.countText(value)}${word ? ` ${word}` : ''}`;
		}
	};
	return f;
}

const FORMATS: Record<Locale, Formats> = { en: makeFormats('en'), fr: makeFormats('fr') };

export const formats = (locale: Locale): Formats => FORMATS[locale];
