/**
 * The checker's official figures for a month, a quarter, a year to date and a year, on the built
 * Parquet through the Node engine (and the monthly query on DuckDB-WASM alike): levels, balances,
 * changes against their base periods, and why a claim has no series.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, ClaimPeriod } from '../../src/lib/check/claim';
import type { NumberUnit } from '../../src/lib/check/numbers';
import { noSeriesCause } from '../../src/lib/check/no-series';
import { officialLookup, type Officials } from '../../src/lib/check/official';
import { verdictOf } from '../../src/lib/check/verdict';
import { runQuery } from '../../src/lib/data/engine';
import { monthlyTrade, tradeCoverage, type MonthlyInput } from '../../src/lib/data/monthly-queries';
import { NodeEngine } from '../../src/lib/data/node-engine';
import { ROOT } from '../helpers/project';
import { openNodeWasmEngine } from '../helpers/wasm-node';
import { handClaim } from '../helpers/hand-claim';

const DATA = join(ROOT, 'static', 'data');
let engine: NodeEngine;
let lookup: (claim: Claim) => Promise<Officials>;
beforeAll(async () => {
	engine = await NodeEngine.open(DATA);
	lookup = officialLookup(engine);
});
afterAll(() => engine.close());

type Written = Partial<Claim> & { text: string; unit: string; value: number };
/** A claim as the reader would give it: Canada's exports to the world in 2024, in C$, unless said otherwise. */
function claim({ text, unit, value, ...over }: Written): Claim {
	return handClaim({ text, value: Math.abs(value), unit: unit as NumberUnit }, text, { value, ...over });
}
const month = (year: number, m: number): ClaimPeriod => ({ kind: 'month', year, month: m, months: 1 });
const quarter = (year: number, q: number): ClaimPeriod => ({ kind: 'quarter', year, month: 3 * q, months: 3 });
const ytd = (year: number, m: number): ClaimPeriod => ({ kind: 'ytd', year, month: m, months: m });

/** The claim's officials and its verdict. */
async function checked(c: Claim) {
	const found = await lookup(c);
	return { claim: c, ...found, ...verdictOf(c, found.own, found.mirror), cause: noSeriesCause(c, found) };
}

describe('Statistics Canada: a month against the monthly table, the world the sum of its partners', () => {
	it('Canada’s exports to the world in June 2024, and their change from May', async () => {
		const level = await checked(claim({ text: '$66.0 billion', unit: 'CAD', value: 66e9, period: month(2024, 6) }));
		expect(level.own).toEqual({ value: 65_993_180_208, months: 1, sourceIds: ['statcan_cimt'] });
		expect(level.verdict).toBe('matches');
		// Exports rose from C$65,447,611,725 in May: +0.83%, month on month unless a base is written.
		const change = await checked(claim({ text: '0.8%', unit: 'percent', value: 0.8, measure: 'trade_change', period: month(2024, 6) }));
		expect(change.own?.value).toBeCloseTo(0.834, 3);
		expect(change.verdict).toBe('matches');
		// Year on year where the base is written: June 2025 against June 2024 (C$61,246,571,429), down 7.2%.
		const yearOn = await checked(
			claim({ text: '7.2%', unit: 'percent', value: -7.2, measure: 'trade_change', base: 'year_ago', period: month(2025, 6) })
		);
		expect(yearOn.own?.value).toBeCloseTo(-7.193, 3);
		expect(yearOn.verdict).toBe('matches');
		expect((await checked({ ...yearOn.claim, value: 7.2 })).verdict).toBe('differs');
	});

	it('the world is every partner once: the twelve months of 2024 add up to the annual world figure', async () => {
		const year = await checked(claim({ text: '$781 billion', unit: 'CAD', value: 781e9 }));
		const months = await checked(claim({ text: '$781 billion', unit: 'CAD', value: 781e9, period: ytd(2024, 11) }));
		const december = await runQuery(engine, monthlyTrade, {
			reporter: 'CAN',
			partner: 'WLD',
			side: 'reporter',
			currency: 'CAD',
			from: '2024-12',
			to: '2024-12'
		});
		expect(year.own?.value).toBe(780_794_738_909);
		expect((months.own?.value ?? 0) + (december[0].exports ?? 0)).toBe(year.own?.value);
	});

	it('the balance with the world: a deficit in May 2024 and a surplus in June, customs basis, not seasonally adjusted', async () => {
		const balance = (value: number, text: string, m: number) =>
			checked(claim({ text, unit: 'CAD', value, flow: 'balance', period: month(2024, m) }));
		// The release's seasonally adjusted balance-of-payments figures (a deficit of $1.6 billion to a
		// surplus of $638 million) are not the customs figures the table holds: −C$743.8M and +C$780.2M.
		const may = await balance(-1.6e9, '$1.6 billion', 5);
		const june = await balance(638e6, '$638 million', 6);
		expect(may.own?.value).toBe(-743_847_542);
		expect(june.own?.value).toBe(780_244_412);
		expect([may.verdict, june.verdict]).toEqual(['differs', 'differs']);
		expect((await balance(-744e6, '$744 million', 5)).verdict).toBe('matches');
		// The change of a balance in money is the change of the signed balance; in per cent, of its size.
		const swing = await checked(
			claim({ text: '$1.5 billion', unit: 'CAD', value: 1.5e9, flow: 'balance', measure: 'trade_change', period: month(2024, 6) })
		);
		expect(swing.own?.value).toBe(780_244_412 + 743_847_542);
		expect(swing.verdict).toBe('matches');
		const size = await checked(
			claim({ text: '4.9%', unit: 'percent', value: 4.9, flow: 'balance', measure: 'trade_change', period: month(2024, 6) })
		);
		expect(size.own?.value).toBeCloseTo(100 * (780_244_412 / 743_847_542 - 1), 6);
		expect(size.verdict).toBe('matches');
	});

	it('a quarter is the sum of its three months, and its change is from the quarter before; the mirror is the US Census’s', async () => {
		const q2 = await checked(claim({ partner: 'USA', text: '$151.3 billion', unit: 'CAD', value: 151.3e9, period: quarter(2024, 2) }));
		expect(q2.own).toEqual({ value: 151_309_166_190, months: 3, sourceIds: ['statcan_cimt'] });
		// An amount in C$ has no mirror in US$.
		expect(q2.mirror).toBeNull();
		const rise = await checked(
			claim({ partner: 'USA', text: '6.2%', unit: 'percent', value: 6.2, measure: 'trade_change', period: quarter(2024, 2) })
		);
		expect(rise.own?.value).toBeCloseTo(6.18, 2);
		// The US's imports from Canada, in US$, rose less.
		expect(rise.mirror?.value).toBeCloseTo(3.99, 2);
		expect(rise.mirror?.sourceIds).toEqual(['us_census_trade']);
		expect(rise.verdict).toBe('matches');
	});
});

describe('the US Census Bureau: a month and a year to date, Census basis goods', () => {
	const usa = (over: Written) => claim({ reporter: 'USA', ...over });
	it('the goods balance with the world in July 2019 and January to July 2019', async () => {
		// Census basis, not seasonally adjusted: the release's goods and services balance (BOP basis) is another figure.
		const july = await checked(usa({ text: '$84.9 billion', unit: 'USD', value: -84.9e9, flow: 'balance', period: month(2019, 7) }));
		expect(july.own).toEqual({ value: -84_875_152_215, months: 1, sourceIds: ['us_census_trade'] });
		expect(july.verdict).toBe('matches');
		const sevenMonths = await checked(usa({ text: '$492.7 billion', unit: 'USD', value: -492.7e9, flow: 'balance', period: ytd(2019, 7) }));
		expect(sevenMonths.own).toEqual({ value: -492_730_002_789, months: 7, sourceIds: ['us_census_trade'] });
		expect(sevenMonths.verdict).toBe('matches');
		// A year to date is measured from the same months a year earlier: the deficit grew 2.4%.
		const wider = await checked(
			usa({ text: '2.4%', unit: 'percent', value: 2.4, flow: 'balance', measure: 'trade_change', period: ytd(2019, 7) })
		);
		expect(wider.own?.value).toBeCloseTo(2.41, 2);
		expect(wider.verdict).toBe('matches');
		// The world row is the Census's own, not the sum of its partners again.
		const [row] = await runQuery(engine, monthlyTrade, {
			reporter: 'USA',
			partner: 'WLD',
			side: 'reporter',
			currency: 'USD',
			from: '2019-07',
			to: '2019-07'
		});
		expect(row).toEqual({ month: '2019-07', exports: 133_435_994_332, imports: 218_311_146_547, sources: ['us_census_trade'] });
	});
});

describe('a calendar year: the annual table, balances and totals too', () => {
	it('Canada’s balance and total trade with China in 2025, and the change of the balance’s size', async () => {
		const china = (over: Written) => claim({ partner: 'CHN', period: { kind: 'year', year: 2025, month: 12, months: 12 }, ...over });
		const balance = await checked(china({ text: '$56.2 billion', unit: 'CAD', value: -56.2e9, flow: 'balance' }));
		expect(balance.own?.value).toBe(-56_218_376_109);
		expect(balance.verdict).toBe('matches');
		const total = await checked(china({ text: '$125.1 billion', unit: 'CAD', value: 125.1e9, flow: 'total' }));
		expect(total.own?.value).toBe(125_065_472_841);
		const narrower = await checked(china({ text: '4.6%', unit: 'percent', value: -4.6, flow: 'balance', measure: 'trade_change' }));
		expect(narrower.own?.value).toBeCloseTo(-4.58, 2);
		expect(narrower.verdict).toBe('matches');
	});
});

describe('no series, and why', () => {
	it('an amount in euros: no series in EUR, the publisher’s own figure beside it, never converted', async () => {
		const euros = await checked(claim({ text: '€44 billion', unit: 'EUR', value: 44e9, period: month(2024, 6) }));
		expect(euros.verdict).toBe('no_series');
		expect(euros.cause).toEqual({ key: 'currency', params: { currency: 'EUR' } });
		expect(euros.other).toMatchObject({ value: 65_993_180_208, currency: 'CAD' });
		expect(noSeriesCause(claim({ text: '€44 billion', unit: 'EUR', value: 44e9 }))).toEqual({
			key: 'currency',
			params: { currency: 'EUR' }
		});
	});

	it('services, volume terms, a reporter no source of ours publishes now, a period the tables do not reach', async () => {
		const june = month(2024, 6);
		expect((await checked(claim({ text: '$10 billion', unit: 'CAD', value: 10e9, scope: 'services', period: june }))).cause).toEqual({
			key: 'services',
			params: {}
		});
		expect(noSeriesCause(claim({ text: '$10 billion', unit: 'CAD', value: 10e9, scope: 'goods_and_services' }))?.key).toBe('services');
		expect((await checked(claim({ text: '2%', unit: 'percent', value: 2, measure: 'trade_change', volume: true }))).cause?.key).toBe(
			'volume'
		);
		// The EU's own figures (Eurostat) are not among the sources; the IMF's compilation ends in 2020.
		const eu = await checked(
			claim({ reporter: 'XEU', partner: 'CAN', text: '5%', unit: 'percent', value: 5, measure: 'trade_change', year: 2025 })
		);
		expect(eu.cause).toEqual({ key: 'source', params: { reporter: 'XEU' } });
		const uk = await checked(
			claim({ reporter: 'GBR', partner: 'CHN', text: '5%', unit: 'percent', value: 5, measure: 'trade_change', period: june })
		);
		expect(uk.cause).toEqual({ key: 'source', params: { reporter: 'GBR' } });
		// Statistics Canada's monthly series start in January 2024; the US Census's end in February 2025.
		expect((await checked(claim({ text: '$60 billion', unit: 'CAD', value: 60e9, period: month(2023, 6) }))).cause?.key).toBe('period');
		expect((await checked(claim({ text: '$60 billion', unit: 'CAD', value: 60e9, year: 2022 }))).cause?.key).toBe('period');
		const late = await checked(claim({ reporter: 'USA', text: '$60 billion', unit: 'USD', value: 60e9, period: quarter(2025, 1) }));
		expect([late.own, late.cause?.key]).toEqual([null, 'period']);
		// A series found has no cause.
		expect((await checked(claim({ text: '$66 billion', unit: 'CAD', value: 66e9, period: june }))).cause).toBeNull();
	});
});

describe('the monthly queries on DuckDB-WASM', () => {
	it('give the rows DuckDB in Node gives', async () => {
		const wasm = await openNodeWasmEngine(DATA);
		const inputs: MonthlyInput[] = [
			{ reporter: 'CAN', partner: 'WLD', side: 'reporter', currency: 'CAD', from: '2024-04', to: '2024-06' },
			{ reporter: 'CAN', partner: 'USA', side: 'partner', currency: 'USD', from: '2024-01', to: '2024-03' }
		];
		for (const input of inputs) {
			const fromNode = await runQuery(engine, monthlyTrade, input);
			expect(fromNode).toHaveLength(3);
			expect(await runQuery(wasm, monthlyTrade, input)).toEqual(fromNode);
		}
		expect(await runQuery(wasm, tradeCoverage, { reporter: 'CAN' })).toEqual(await runQuery(engine, tradeCoverage, { reporter: 'CAN' }));
	});

	it('refuse a month that is none', () => {
		expect(() =>
			monthlyTrade.params({ reporter: 'CAN', partner: 'WLD', side: 'reporter', currency: 'CAD', from: '2024-13', to: '2024-12' })
		).toThrow(/YYYY-MM/);
		expect(() =>
			monthlyTrade.params({ reporter: 'CAN', partner: 'WLD', side: 'reporter', currency: 'EUR' as 'CAD', from: '2024-01', to: '2024-02' })
		).toThrow(/currency/);
	});
});
