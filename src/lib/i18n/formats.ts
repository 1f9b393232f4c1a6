/**
 * Numbers, money, percentages and dates in each language's conventions. English keeps the
 * project's compact forms built on d3-format ("US$41.7B", "75.9%"); French takes Canadian French
 * from the platform's `Intl` ("41,7 G $ US", "75,9 %", "14 août 2025") and D3's fr-CA locale for
 * axis ticks ("1 200,5").
 */
import { formatLocale, type FormatLocaleDefinition } from 'd3';
import * as english from '$lib/charts/format';
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

type NumberFormats = Omit<Formats, 'qualifier' | 'figureText'>;

/**
 * The qualifier and figure formats of a language, from its number formats and its words for
 * qualifiers ("about ") and units ("vehicles"; an empty word leaves the unit unsaid).
 */
function withFigures(f: NumberFormats, qualifiers: Record<string, string>, units: Record<string, string>): Formats {
	const qualifier = (q: string) => qualifiers[q] ?? '';
	return {
		...f,
		qualifier,
		figureText: (value, unit, q) => {
			if (unit === 'USD' || unit === 'CAD') return qualifier(q) + f.money(value, unit);
			if (unit === 'pct') return qualifier(q) + f.percentShort(value);
			if (unit === 'year') return qualifier(q) + String(value);
			const word = units[unit] ?? unit;
			return `${qualifier(q)}${f.countText(value)}${word ? ` ${word}` : ''}`;
		}
	};
}

const EN_NUMBERS: NumberFormats = {
	money: english.money,
	billionsTick: english.billionsTick,
	billionsValue: english.billionsValue,
	millionsTick: english.millionsTick,
	countText: english.countText,
	percent: english.percent,
	percentTick: english.percentTick,
	percentShort: english.percentShort,
	percentChange: english.percentChange,
	yearText: english.yearText,
	indexValue: (value) => value.toFixed(1),
	indexTick: (value) => String(value),
	dateText: english.dateText,
	citationDate: english.citationDate,
	periodText: english.periodText
};
const EN: Formats = withFigures(EN_NUMBERS, { exact: '', about: 'about ', less_than: 'under ', more_than: 'over ', at_least: 'at least ', up_to: 'up to ' }, {});

/** D3's fr-CA number locale (d3-format/locale/fr-CA.json). */
const FR_CA: FormatLocaleDefinition = { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '$'] };

function french(): Formats {
	const tag = LOCALE_TAG.fr;
	const d3fr = formatLocale(FR_CA);
	const axis = d3fr.format(',~f');
	const two = d3fr.format(',.2f');
	const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
	const pct = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
	const pctTick = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
	const pctShort = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
	const pctChange = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
	const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	const month = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
	const moneyFormats = new Map<string, Intl.NumberFormat>();
	const moneyFormat = (currency: string, digits: number, compact: boolean) => {
		const key = `${currency}:${digits}:${compact}`;
		let f = moneyFormats.get(key);
		if (!f) {
			f = new Intl.NumberFormat(tag, { style: 'currency', currency, notation: compact ? 'compact' : 'standard', minimumFractionDigits: 0, maximumFractionDigits: digits });
			moneyFormats.set(key, f);
		}
		return f;
	};
	const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
	const numbers: NumberFormats = {
		money: (value, currency) => {
			const v = Math.abs(value);
			return moneyFormat(currency, v >= 1e9 ? 1 : 0, v >= 1e6).format(value);
		},
		billionsTick: (value) => axis(value / 1e9),
		billionsValue: (value) => two(value / 1e9),
		millionsTick: (value) => axis(value / 1e6),
		countText: (value) => count.format(Math.round(value)),
		percent: (value) => pct.format(value / 100),
		percentTick: (value) => pctTick.format(value / 100),
		percentShort: (value) => pctShort.format(value / 100),
		percentChange: (value) => pctChange.format(value / 100),
		yearText: (year) => String(year),
		indexValue: d3fr.format(',.1f'),
		indexTick: axis,
		dateText: (iso) => day.format(date(iso)),
		citationDate: (iso) => day.format(date(iso)),
		periodText: (iso, frequency) => {
			const d = date(iso);
			return frequency === 'month' ? month.format(d) : `T${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
		}
	};
	return withFigures(
		numbers,
		{ exact: '', about: 'environ ', less_than: 'moins de ', more_than: 'plus de ', at_least: 'au moins ', up_to: 'jusqu’à ' },
		{ vehicles: 'véhicules', people: 'personnes', years: 'ans', months: 'mois', count: '' }
	);
}

const FORMATS: Record<Locale, Formats> = { en: EN, fr: french() };

export const formats = (locale: Locale): Formats => FORMATS[locale];
