/**
 * The `indicators` table and the explorer's Map and Table queries, on the Parquet that `npm run
 * data` built: each figure checked against one computed here from trade_annual's own rows with a
 * plain loop, not with the build's SQL.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../src/lib/data/engine';
import {
	economyIndicators,
	partnerMeasures,
	type IndicatorInput,
	type IndicatorRow,
	type PartnerMeasureInput,
	type PartnerMeasureRow
} from '../../src/lib/data/indicator-queries';
import { exploreSeries, exploreQuery } from '../../src/lib/data/explore-queries';
import { NodeEngine } from '../../src/lib/data/node-engine';
import { RESIDUAL_CODES, indicators } from '../../src/lib/schema/tables';
import { indicatorChecks } from '../../scripts/lib/indicators';
import { openStaging, stageName } from '../../scripts/lib/staging';
import { ROOT } from '../helpers/project';
import { fileFetcher, openNodeWasmEngine } from '../helpers/wasm-node';

const DATA = join(ROOT, 'static', 'data');
const parquet = (name: string) => `read_parquet('${join(DATA, `${name}.parquet`)}')`;
let engine: NodeEngine;
/** Partner economies: neither aggregates nor residual categories (the reporter itself is left out per reporter). */
let economies: Set<string>;

beforeAll(async () => {
	engine = await NodeEngine.open(DATA);
	const codes = await engine.all(`SELECT code, is_aggregate FROM ${parquet('countries')}`, []);
	economies = new Set(codes.filter((c) => c.is_aggregate === false && !RESIDUAL_CODES.includes(String(c.code))).map((c) => String(c.code)));
});
afterAll(() => engine.close());

interface Hand {
	total: number;
	partnerCount: number;
	top: string;
	topValue: number;
	topShare: number;
	second: string;
	secondShare: number;
	hhi: number;
	partners80: number | null;
}

/** One reporter's rows of one flow, year and source, as trade_annual holds them. */
async function rowsOf(reporter: string, flow: string, year: number, source = 'imf_dots'): Promise<{ partner: string; value: number }[]> {
	const rows = await engine.all(
		`SELECT partner, value FROM ${parquet('trade_annual')} WHERE reporter = $1 AND flow = $2 AND year = $3 AND source_id = $4`,
		[reporter, flow, year, source]
	);
	return rows.map((r) => ({ partner: String(r.partner), value: Number(r.value) }));
}

/** The indicators by hand: a sort and a loop. */
function byHand(reporter: string, rows: { partner: string; value: number }[]): Hand {
	const world = rows.find((r) => r.partner === 'WLD')?.value;
	const partners = rows
		.filter((r) => economies.has(r.partner) && r.partner !== reporter && r.value > 0)
		.sort((a, b) => b.value - a.value || (a.partner < b.partner ? -1 : 1));
	let sum = 0;
	for (const p of partners) sum += p.value;
	const total = world ?? sum;
	let hhi = 0;
	for (const p of partners) hhi += ((100 * p.value) / total) ** 2;
	let running = 0;
	let partners80: number | null = null;
	for (let i = 0; i < partners.length && partners80 === null; i++) {
		running += partners[i].value;
		if (running >= 0.8 * total) partners80 = i + 1;
	}
	return {
		total,
		partnerCount: partners.length,
		top: partners[0].partner,
		topValue: partners[0].value,
		topShare: (100 * partners[0].value) / total,
		second: partners[1].partner,
		secondShare: (100 * partners[1].value) / total,
		hhi,
		partners80
	};
}

/** The published row, read straight from the Parquet. */
async function published(reporter: string, flow: string, year: number, source = 'imf_dots'): Promise<Record<string, unknown>> {
	const [row] = await engine.all(
		`SELECT * FROM ${parquet('indicators')} WHERE reporter = $1 AND flow = $2 AND year = $3 AND source_id = $4`,
		[reporter, flow, year, source]
	);
	return row;
}

function expectSame(row: Record<string, unknown>, hand: Hand): void {
	expect(row.top_partner).toBe(hand.top);
	expect(row.second_partner).toBe(hand.second);
	expect(row.partner_count).toBe(hand.partnerCount);
	expect(row.partners_80).toBe(hand.partners80);
	expect(Number(row.total)).toBe(hand.total);
	expect(Number(row.top_value)).toBe(hand.topValue);
	expect(Number(row.top_share)).toBeCloseTo(hand.topShare, 9);
	expect(Number(row.second_share)).toBeCloseTo(hand.secondShare, 9);
	expect(Number(row.hhi)).toBeCloseTo(hand.hhi, 6);
}

const quoted: string[] = [];
afterAll(() => console.log(`Hand-computed from trade_annual:\n  ${quoted.join('\n  ')}`));

describe('the indicators table agrees with trade_annual’s rows', () => {
	const indicatorRows = new Map<string, IndicatorRow[]>();
	const fromQuery = async (reporter: string, flow: 'exports' | 'imports', year: number) => {
		if (!indicatorRows.has(flow)) indicatorRows.set(flow, await runQuery(engine, economyIndicators, { flow, currency: 'USD' }));
		return indicatorRows.get(flow)!.find((r) => r.reporter === reporter && r.year === year)!;
	};

	it.each([2000, 2020])('Canada’s largest export partner and its share in %i (IMF)', async (year) => {
		const hand = byHand('CAN', await rowsOf('CAN', 'exports', year));
		expectSame(await published('CAN', 'exports', year), hand);
		expect(hand.top).toBe('USA');
		const row = await fromQuery('CAN', 'exports', year);
		expect(row).toMatchObject({ topPartner: hand.top, topValue: hand.topValue, total: hand.total, sourceId: 'imf_dots', months: 12 });
		expect(row.topShare).toBeCloseTo(hand.topShare, 9);
		quoted.push(
			`CAN exports ${year} (IMF): top partner ${hand.top}, ${hand.topShare.toFixed(2)}% of US$${(hand.total / 1e9).toFixed(1)} billion`
		);
	});

	it('China’s export concentration (HHI) in 2020', async () => {
		const hand = byHand('CHN', await rowsOf('CHN', 'exports', 2020));
		expectSame(await published('CHN', 'exports', 2020), hand);
		expect((await fromQuery('CHN', 'exports', 2020)).hhi).toBeCloseTo(hand.hhi, 6);
		quoted.push(`CHN exports 2020 (IMF): HHI ${hand.hhi.toFixed(1)} (top ${hand.top} ${hand.topShare.toFixed(2)}%, second ${hand.second})`);
	});

	it('Germany’s export partners making up 80% in 2020, and its import indicators', async () => {
		const hand = byHand('DEU', await rowsOf('DEU', 'exports', 2020));
		expectSame(await published('DEU', 'exports', 2020), hand);
		expect((await fromQuery('DEU', 'exports', 2020)).partners80).toBe(hand.partners80);
		expectSame(await published('DEU', 'imports', 2020), byHand('DEU', await rowsOf('DEU', 'imports', 2020)));
		quoted.push(`DEU exports 2020 (IMF): ${hand.partners80} of ${hand.partnerCount} partner economies make up 80%`);
	});

	it('without a world figure, the total is the sum over partner economies (US Census, 1985)', async () => {
		const rows = await rowsOf('USA', 'exports', 1985, 'us_census_trade');
		expect(rows.some((r) => r.partner === 'WLD')).toBe(false);
		expectSame(await published('USA', 'exports', 1985, 'us_census_trade'), byHand('USA', rows));
	});

	it('one source per reporter and year: the most months, then the first source; no figure quoted by an article', async () => {
		const rows = await runQuery(engine, economyIndicators, { flow: 'exports', currency: 'USD' });
		expect(new Set(rows.map((r) => `${r.reporter} ${r.year}`)).size).toBe(rows.length);
		// IMF DOTS and US Census both give US exports in 1985–2020: the IMF, first by name, is chosen.
		expect(rows.find((r) => r.reporter === 'USA' && r.year === 2020)?.sourceId).toBe('imf_dots');
		expect(rows.find((r) => r.reporter === 'USA' && r.year === 2025)).toMatchObject({ sourceId: 'us_census_trade', months: 2 });
		const imports = await runQuery(engine, economyIndicators, { flow: 'imports', currency: 'USD' });
		expect(imports.filter((r) => r.reporter === 'CHN' && r.year > 2020)).toEqual([]);
		const cad = await runQuery(engine, economyIndicators, { flow: 'exports', currency: 'CAD' });
		expect(cad.map((r) => [r.reporter, r.year, r.months])).toEqual([
			['CAN', 2024, 12],
			['CAN', 2025, 12],
			['CAN', 2026, 4]
		]);
	});
});

describe('partner measures: every reporter’s trade with one partner', () => {
	const world = async (reporter: string, flow: string, year: number) =>
		(await rowsOf(reporter, flow, year)).find((r) => r.partner === 'WLD')!.value;
	const value = async (reporter: string, partner: string, flow: string, year: number) =>
		(await rowsOf(reporter, flow, year)).find((r) => r.partner === partner)!.value;
	let toUsa: PartnerMeasureRow[];
	beforeAll(async () => {
		toUsa = await runQuery(engine, partnerMeasures, { partner: 'USA', flow: 'exports', currency: 'USD' });
	});

	it.each(['CAN', 'MEX'])('%s’s share of its 2020 exports that went to the US', async (reporter) => {
		const share = (100 * (await value(reporter, 'USA', 'exports', 2020))) / (await world(reporter, 'exports', 2020));
		const row = toUsa.find((r) => r.reporter === reporter && r.year === 2020)!;
		expect(row.share).toBeCloseTo(share, 9);
		expect(row).toMatchObject({ rank: 1, sourceId: 'imf_dots', valuation: 'FOB', months: 12 });
		quoted.push(`${reporter} exports to USA 2020 (IMF): ${share.toFixed(2)}% of its exports`);
	});

	it('the mirror gap: Germany’s 2020 exports to China against China’s imports from Germany', async () => {
		const exported = await value('DEU', 'CHN', 'exports', 2020);
		const imported = await value('CHN', 'DEU', 'imports', 2020);
		const rows = await runQuery(engine, partnerMeasures, { partner: 'CHN', flow: 'exports', currency: 'USD' });
		const row = rows.find((r) => r.reporter === 'DEU' && r.year === 2020)!;
		expect(row).toMatchObject({ value: exported, mirror: imported, gap: exported - imported, valuation: 'FOB', mirrorValuation: 'CIF' });
		expect(row.gapPct).toBeCloseTo((100 * (exported - imported)) / imported, 9);
		quoted.push(
			`DEU exports to CHN 2020 (IMF): US$${(exported / 1e9).toFixed(2)} billion; CHN imports from DEU: US$${(imported / 1e9).toFixed(2)} billion; ` +
				`gap US$${((exported - imported) / 1e9).toFixed(2)} billion (${((100 * (exported - imported)) / imported).toFixed(2)}%)`
		);
		// Each reporter and year once; a reporter only the partner reports has no value of its own.
		expect(new Set(rows.map((r) => `${r.reporter} ${r.year}`)).size).toBe(rows.length);
		const mirrorOnly = rows.filter((r) => r.value === null);
		expect(mirrorOnly.length).toBeGreaterThan(0);
		for (const r of mirrorOnly) expect(r).toMatchObject({ share: null, gap: null, rank: null, sourceId: null });
	});

	it('the rank is 1 or 2 where the partner is the reporter’s largest or second partner, else null', async () => {
		const ranks = new Set(toUsa.map((r) => r.rank));
		expect([...ranks].sort()).toEqual([1, 2, null]);
		const canImports = await runQuery(engine, partnerMeasures, { partner: 'CHN', flow: 'imports', currency: 'USD' });
		expect(canImports.find((r) => r.reporter === 'CAN' && r.year === 2020)?.rank).toBe(2);
	});
});

describe('bad input is refused before any SQL runs', () => {
	it.each([
		[{ partner: 'ZZZ' }, 'partner'],
		[{ partner: "USA'; DROP TABLE x; --" }, 'partner'],
		[{ flow: 'balance' }, 'flow'],
		[{ currency: 'EUR' }, 'currency']
	])('%o', async (over, name) => {
		const input = { partner: 'USA', flow: 'exports', currency: 'USD', ...over } as Parameters<typeof partnerMeasures.params>[0];
		await expect(runQuery(engine, partnerMeasures, input)).rejects.toThrow(name);
		if (name !== 'partner') await expect(runQuery(engine, economyIndicators, input)).rejects.toThrow(name);
	});
});

describe('DuckDB-WASM (the browser’s engine) gives Node’s rows, reading the indicators whole and one partner’s two parts', () => {
	it('fetches only those files, the indicators once, and answers as Node does', async () => {
		const fetched: string[] = [];
		const real = fileFetcher(DATA);
		const wasm = await openNodeWasmEngine(DATA, (file) => (fetched.push(file), real(file)));
		const toUsa: PartnerMeasureInput = { partner: 'USA', flow: 'exports', currency: 'USD' };
		const rows = await runQuery(wasm, partnerMeasures, toUsa);
		expect(rows.length).toBeGreaterThan(1000);
		expect(rows).toEqual(await runQuery(engine, partnerMeasures, toUsa));
		expect([...fetched].sort()).toEqual([
			'indicators.parquet',
			'manifest.json',
			'trade_annual/partner/USA.parquet',
			'trade_annual/reporter=USA/data_0.parquet'
		]);
		const inputs: IndicatorInput[] = [
			{ flow: 'exports', currency: 'USD' },
			{ flow: 'imports', currency: 'USD' },
			{ flow: 'exports', currency: 'CAD' }
		];
		for (const input of inputs)
			expect(await runQuery(wasm, economyIndicators, input)).toEqual(await runQuery(engine, economyIndicators, input));
		// With other parts of trade_annual loaded beside them, other partners' rows are still exactly Node's.
		await runQuery(wasm, exploreSeries, exploreQuery({ partners: ['CHN', 'USA'] }));
		const others: PartnerMeasureInput[] = [
			{ partner: 'CHN', flow: 'imports', currency: 'USD' },
			{ partner: 'CAN', flow: 'exports', currency: 'CAD' }
		];
		for (const input of others)
			expect(await runQuery(wasm, partnerMeasures, input)).toEqual(await runQuery(engine, partnerMeasures, input));
		expect(fetched.filter((f) => f === 'indicators.parquet')).toHaveLength(1);
	});
});

describe('the build’s checks of the indicators', () => {
	it('refuse a share past the ceiling, a second partner larger than the first and partners_80 past the partners counted', async () => {
		const db = await openStaging([indicators]);
		try {
			const row = (year: number, top: number, second: number, hhi: number, n80: number) =>
				`('CAN', 'exports', ${year}, 'USD', 12, 100, 3, 'USA', ${top}, ${top}, 'CHN', ${second}, ${hhi}, ${n80}, 'imf_dots', 'raw', 'trade_annual', 0, 0, 0)`;
			await db.run(
				`INSERT INTO ${stageName(indicators)} VALUES ${[row(2019, 103, 2, 10613, 1), row(2020, 120, 2, 14404, 1), row(2021, 50, 60, 6100, 2), row(2022, 50, 10, 2600, 5)].join(', ')}`
			);
			const problems = await indicatorChecks(db);
			expect(problems.map((p) => [p.field, p.value])).toEqual([
				['top_share', '120 (CAN / exports / 2020 / imf_dots)'],
				['second_share', '60 (CAN / exports / 2021 / imf_dots)'],
				['partners_80', '5 (CAN / exports / 2022 / imf_dots)']
			]);
		} finally {
			db.closeSync();
		}
	});
});
