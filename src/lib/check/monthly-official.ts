/**
 * The official figure for part of a year (a month, a quarter, a year to date, a moving span, twelve
 * months to a month) from the monthly table: the sum of its months (their average for a moving
 * average), a share of the world's, or a change against its base period. Every month must be there:
 * a quarter missing its third month has no figure.
 */
import type { CoverageRow, MonthlyInput, MonthlyRow } from '$lib/data/monthly-queries';
import type { Currency } from '$lib/schema/enums';
import type { ClaimFlow, ClaimPeriod } from './claim';
import { changeOf, flowValue, type SeriesAsk } from './series-ask';
import type { Official } from './verdict';

const ym = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The months a period covers, first to last, as YYYY-MM. */
export function monthsOf(p: ClaimPeriod): string[] {
	return Array.from({ length: p.months }, (_, i) => {
		const back = p.month - p.months + 1 + i;
		const year = p.year + Math.floor((back - 1) / 12);
		return ym(year, ((((back - 1) % 12) + 12) % 12) + 1);
	});
}

interface Level {
	value: number;
	sources: string[];
}

/** A flow's level over a period from monthly rows, or null where a month or a flow it needs is missing. */
export function levelOver(rows: readonly MonthlyRow[], p: ClaimPeriod, flow: ClaimFlow): Level | null {
	const byMonth = new Map(rows.map((r) => [r.month, r]));
	let sum = 0;
	const sources = new Set<string>();
	for (const month of monthsOf(p)) {
		const row = byMonth.get(month);
		const value = row ? flowValue(flow, row.exports, row.imports) : null;
		if (!row || value === null) return null;
		sum += value;
		row.sources.forEach((s) => sources.add(s));
	}
	return { value: p.average ? sum / p.months : sum, sources: [...sources] };
}

/** The months a lookup needs: its period's and, for a change, its base period's. */
export function monthRange(ask: SeriesAsk): { from: string; to: string } {
	const months = [...monthsOf(ask.period), ...(ask.base ? monthsOf(ask.base) : [])].sort();
	return { from: months[0], to: months[months.length - 1] };
}

/** The figure an ask wants from one side's monthly rows (with the world's, for a share). */
export function monthlyFigure(ask: SeriesAsk, rows: readonly MonthlyRow[], world: readonly MonthlyRow[] = []): Official | null {
	const level = levelOver(rows, ask.period, ask.flow);
	if (!level) return null;
	const found = (value: number, sources: string[]) => ({ value, months: ask.period.months, sourceIds: sources });
	switch (ask.kind) {
		case 'level':
			return found(level.value, level.sources);
		case 'share': {
			const whole = levelOver(world, ask.period, ask.flow);
			return whole && whole.value !== 0 ? found((100 * level.value) / whole.value, level.sources) : null;
		}
		default: {
			const before = ask.base && levelOver(rows, ask.base, ask.flow);
			const change = before ? changeOf(ask.kind, ask.flow, before.value, level.value) : null;
			return change && before ? { ...found(change.value, [...new Set([...before.sources, ...level.sources])]), range: change.range } : null;
		}
	}
}

/** The currencies a reporter's monthly series are in, from what the tables hold of it. */
export const monthlyCurrencies = (coverage: readonly CoverageRow[]): Currency[] => [
	...new Set(coverage.filter((c) => c.frequency === 'month').map((c) => c.currency as Currency))
];

export type MonthlyFetch = (input: MonthlyInput) => Promise<MonthlyRow[]>;

/**
 * One side's figure for an ask: the reporter's own books, or (mirror) the partner's, in the side's
 * publisher's currency, the claim's own for an amount. The first currency with a figure answers.
 */
export async function monthlySide(
	ask: SeriesAsk,
	side: 'reporter' | 'partner',
	currencies: readonly Currency[],
	fetch: MonthlyFetch
): Promise<(Official & { currency: Currency }) | null> {
	for (const currency of currencies) {
		const input = { reporter: ask.reporter, partner: ask.partner, side, currency, ...monthRange(ask) };
		const world = ask.kind === 'share' ? await fetch({ ...input, partner: 'WLD' }) : [];
		const found = monthlyFigure(ask, await fetch(input), world);
		if (found) return { ...found, currency };
	}
	return null;
}
