/** Checked claims of a month, a quarter or a year to date as rows of the figures ledger: their dates, currency, flow and words. */
import { describe, expect, it } from 'vitest';
import { card, withOfficials } from '../../src/lib/check/check-card';
import type { Claim, ClaimPeriod } from '../../src/lib/check/claim';
import type { NumberUnit } from '../../src/lib/check/numbers';
import { claimWords, figureRows, periodWords } from '../../src/lib/check/figure-rows';

const TEXT = 'Canada posted a surplus of $638 million with the world in June.';
function claim(over: Partial<Claim> & { unit: string; written: string }): Claim {
	const { unit, written, ...rest } = over;
	return {
		sentence: { start: 0, end: TEXT.length, text: TEXT },
		number: { start: 27, end: 27 + written.length, text: written, value: 638e6, unit: unit as NumberUnit, qualifier: 'exact' },
		measure: 'trade_value',
		value: 638e6,
		reporter: 'CAN',
		partner: 'WLD',
		partnerWords: null,
		flow: 'balance',
		year: 2024,
		period: { kind: 'month', year: 2024, month: 6, months: 1 },
		base: null,
		currency: unit === 'percent' ? null : unit,
		currencyImplied: true,
		scope: 'goods',
		volume: false,
		product: null,
		noSeries: false,
		...rest
	};
}
const rows = (...claims: Claim[]) =>
	figureRows(
		claims.map((c, i) => card(c, i + 1)),
		{ text: TEXT, sourceId: 'my_article' }
	);

describe('a checked claim of part of a year as a ledger row', () => {
	it('writes the period’s first and last day, the balance flow, and the claim’s currency as the unit', () => {
		const [june] = rows(claim({ unit: 'CAD', written: '$638 million' }));
		expect(june).toMatchObject({
			figure_id: 'check-trade-value-can-wld-balance-2024-06',
			flow: 'balance',
			period_start: '2024-06-01',
			period_end: '2024-06-30',
			unit: 'CAD',
			value: '638000000'
		});
		expect(june.claim).toBe("The article puts Canada's trade balance with World in June 2024 at $638 million (a surplus).");
		const ytd: ClaimPeriod = { kind: 'ytd', year: 2019, month: 7, months: 7 };
		const [euros] = rows(claim({ unit: 'EUR', written: '€27 billion', flow: 'exports', year: 2019, period: ytd }));
		expect(euros).toMatchObject({ period_start: '2019-01-01', period_end: '2019-07-31', unit: 'EUR', flow: 'exports' });
		expect(euros.claim).toContain("Canada's exports to World in January–July 2019");
	});

	it('words a quarter, a moving span and twelve months to a month, and a change against its base', () => {
		expect(periodWords({ kind: 'quarter', year: 2024, month: 6, months: 3 })).toBe('the second quarter of 2024');
		expect(periodWords({ kind: 'rolling', year: 2025, month: 1, months: 3, average: true })).toBe(
			'the three months to January 2025 (monthly average)'
		);
		expect(periodWords({ kind: 'year_ended', year: 2020, month: 10, months: 12 })).toBe('the year to October 2020');
		const change = claim({ unit: 'percent', written: '4.9%', measure: 'trade_change', value: 4.9, base: 'year_ago' });
		expect(claimWords(change)).toBe(
			"The article gives a change of +4.9% on a year earlier in Canada's trade balance with World in June 2024."
		);
		const [row] = rows(change);
		expect(row).toMatchObject({ unit: 'pct', period_start: '2024-06-01' });
	});

	it('says in the note why no series answers a claim', () => {
		const euros = claim({ unit: 'EUR', written: '€27 billion' });
		const [row] = figureRows([withOfficials(card(euros, 1), { own: null, mirror: null, other: null })], { text: TEXT, sourceId: 'a' });
		expect(row.note).toBe('Checked with Trade Lens: no official series answers it (no series is in EUR).');
	});
});
