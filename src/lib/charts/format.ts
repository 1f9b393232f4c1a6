/**
 * Number and date formats for charts, tables and captions, built on d3-format and d3-time-format
 * locale definitions so that another language is one definition away.
 */
import { formatLocale, timeFormatLocale, type FormatLocaleDefinition, type TimeLocaleDefinition } from 'd3';

export const EN_CA: FormatLocaleDefinition = { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] };
export const EN_CA_TIME: TimeLocaleDefinition = {
	dateTime: '%a %b %e %X %Y',
	date: '%Y-%m-%d',
	time: '%H:%M:%S',
	periods: ['AM', 'PM'],
	days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
	shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
	months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
};

const number = formatLocale(EN_CA);
const time = timeFormatLocale(EN_CA_TIME);

const CURRENCY_PREFIX: Record<string, string> = { USD: 'US$', CAD: 'C$' };
const billions = number.format(',.1f');
const billionsAxis = number.format(',~f');
const millions = number.format(',.0f');
const billions2 = number.format(',.2f');
const count = number.format(',d');
const pct = number.format('.1f');
const pctShort = number.format('.1~f');
const pctAxis = number.format('~f');
const signedPct = number.format('+.1f');

/** 41_700_000_000, 'USD' → "US$41.7B". */
export function money(value: number, currency: string): string {
	const prefix = CURRENCY_PREFIX[currency] ?? `${currency} `;
	const sign = value < 0 ? '−' : '';
	const v = Math.abs(value);
	if (v >= 1e9) return `${sign}${prefix}${billions(v / 1e9)}B`;
	if (v >= 1e6) return `${sign}${prefix}${millions(v / 1e6)}M`;
	return `${sign}${prefix}${count(Math.round(v))}`;
}

/** Axis label for a value in billions, without repeating the unit on every tick. */
export const billionsTick = (value: number) => billionsAxis(value / 1e9);
/** A value in billions with two decimals, for tables: 16_230_000_000 → "16.23". */
export const billionsValue = (value: number) => billions2(value / 1e9);
export const millionsTick = (value: number) => billionsAxis(value / 1e6);
export const countText = (value: number) => count(Math.round(value));
export const percent = (value: number) => `${pct(value)}%`;
export const percentTick = (value: number) => `${pctAxis(value)}%`;
/** One decimal at most, none when it is zero: 75 → "75%", 75.8 → "75.8%". */
export const percentShort = (value: number) => `${pctShort(value)}%`;
export const percentChange = (value: number) => `${signedPct(value).replace('-', '−')}%`;
export const yearText = (year: number) => String(year);

const monthYear = time.utcFormat('%b %Y');
const monthDayYear = time.utcFormat('%B %-d, %Y');
const dayMonthYear = time.utcFormat('%-d %B %Y');
const quarterYear = (d: Date) => `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;

/** '2025-08-14' → "14 August 2025". */
export const dateText = (iso: string) => dayMonthYear(new Date(`${iso}T00:00:00Z`));
/** '2026-11-23' → "November 23, 2026", as APA and Chicago citations write access dates. */
export const citationDate = (iso: string) => monthDayYear(new Date(`${iso}T00:00:00Z`));
/** A period by its start: "Aug 2025" for a month, "Q3 2025" for a quarter. */
export const periodText = (iso: string, frequency: 'month' | 'quarter') =>
	frequency === 'month' ? monthYear(new Date(`${iso}T00:00:00Z`)) : quarterYear(new Date(`${iso}T00:00:00Z`));
