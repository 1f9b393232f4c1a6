/**
 * The figures ledger holds what the checker reads: a month, a quarter or January to a month, a
 * balance, services, any ISO 4217 currency, and a figure cited by its row of the monthly table; the
 * build's checks still catch a period of broken months, a monthly row that disagrees and a unit that
 * is no currency.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from '../../scripts/lib/build';
import { appendLine, builtScratch, expectFailure, scratchProject } from '../helpers/project';

const ARTICLE = '002_7109dec6f37f90db';
/** A ledger row in data/figures.csv's columns, an article's trade figure unless said otherwise. */
function row(over: Record<string, string>): string {
	const f: Record<string, string> = {
		figure_id: 'test-figure',
		claim: 'A test figure.',
		measure: 'trade_value',
		reporter: 'CAN',
		partner: 'WLD',
		flow: 'exports',
		product: '',
		scope: 'all_goods',
		period_start: '2024-06-01',
		period_end: '2024-06-30',
		value: '66000000000',
		unit: 'CAD',
		qualifier: 'about',
		status: 'reported',
		source_id: ARTICLE,
		locator: '¶19',
		as_written: '$66 billion',
		note: '',
		related: '',
		...over
	};
	// A field with a comma (a table row's locator) is quoted.
	return Object.values(f)
		.map((v) => (v.includes(',') ? `"${v}"` : v))
		.join(',');
}

const GOOD = [
	row({ figure_id: 'test-month-balance', flow: 'balance', value: '638000000', as_written: '$638 million' }),
	row({ figure_id: 'test-quarter', partner: 'USA', period_start: '2024-04-01', value: '151300000000', as_written: '$151.3 billion' }),
	row({
		figure_id: 'test-ytd',
		reporter: 'USA',
		period_start: '2019-01-01',
		period_end: '2019-07-31',
		flow: 'balance',
		value: '-492700000000',
		unit: 'USD'
	}),
	row({ figure_id: 'test-month-change', measure: 'trade_change', value: '0.8', unit: 'pct', as_written: '0.8%' }),
	row({
		figure_id: 'test-euros',
		reporter: 'XEU',
		partner: 'CAN',
		period_start: '2025-01-01',
		period_end: '2025-12-31',
		value: '27000000000',
		unit: 'EUR'
	}),
	row({
		figure_id: 'test-pounds',
		reporter: 'GBR',
		partner: 'CHN',
		flow: 'total',
		scope: 'goods_and_services',
		unit: 'GBP',
		value: '9000000000'
	}),
	row({ figure_id: 'test-services', scope: 'services', unit: 'CAD', value: '12000000000' }),
	row({
		figure_id: 'test-monthly-row',
		partner: 'CHN',
		period_start: '2023-01-01',
		period_end: '2023-01-31',
		value: '20',
		qualifier: 'exact',
		source_id: 'statcan_cimt',
		locator: 'trade_monthly[CAN,CHN,exports,2023-01-01]',
		as_written: '20'
	})
];

describe('the figures ledger: months, balances, services and any currency', () => {
	it('builds with a month, a quarter, a year to date, a balance, services, EUR and GBP, and a monthly table row', async () => {
		const { root, out } = await scratchProject();
		for (const line of GOOD) await appendLine(join(root, 'data', 'figures.csv'), line);
		const result = await buildData({ root });
		expect(result.problems).toEqual([]);
		const db = await (await DuckDBInstance.create()).connect();
		const units = (
			await db.runAndReadAll(
				`SELECT figure_id, unit, scope, flow FROM read_parquet('${join(out, 'figures.parquet')}') WHERE figure_id LIKE 'test-%' ORDER BY figure_id`
			)
		).getRowObjectsJson();
		expect(units).toContainEqual({ figure_id: 'test-euros', unit: 'EUR', scope: 'all_goods', flow: 'exports' });
		expect(units).toContainEqual({ figure_id: 'test-pounds', unit: 'GBP', scope: 'goods_and_services', flow: 'total' });
		expect(units).toContainEqual({ figure_id: 'test-month-balance', unit: 'CAD', scope: 'all_goods', flow: 'balance' });
		db.closeSync();
	});

	it('fails on a period of broken months and on a monthly row it disagrees with', async () => {
		const s = await builtScratch();
		const figures = join(s.root, 'data', 'figures.csv');
		await appendLine(figures, row({ figure_id: 'test-broken', period_start: '2024-06-05' }));
		await appendLine(figures, row({ figure_id: 'test-broken-end', period_end: '2024-06-29' }));
		await appendLine(
			figures,
			row({
				figure_id: 'test-wrong-row',
				partner: 'CHN',
				period_start: '2023-01-01',
				period_end: '2023-01-31',
				value: '21',
				source_id: 'statcan_cimt',
				locator: 'trade_monthly[CAN,CHN,exports,2023-01-01]'
			})
		);
		await expectFailure(s, [
			'field "period_start": got "2024-06-05", expected whole months for a trade_value',
			'field "period_end": got "2024-06-29", expected whole months for a trade_value',
			'field "value": got "21 CAD", expected 20 CAD, as the row holds it'
		]);
	});

	it('fails on a unit that is no currency, saying what a unit may be', async () => {
		const s = await builtScratch();
		await appendLine(join(s.root, 'data', 'figures.csv'), row({ figure_id: 'test-no-currency', unit: 'EUX' }));
		await expectFailure(s, [
			'field "unit": got "EUX", expected one of USD, CAD, pct, vehicles, people, years, months, days, year, count, rank, or another ISO 4217 currency code'
		]);
	});
});
