/**
 * The `indicators` table: how each reporter's exports and imports are spread over its partners,
 * computed from the staged trade_annual rows as they will be published, in one grouping pass (a
 * window over the 2.2 million rows costs three to four times as much): each reporter-flow-year-
 * source's world figure, its two largest partner economies, and the values of all of them, sorted
 * within the group for the running sum that partners_80 needs.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Problem } from '../../src/lib/schema/validate';
import { PARTNERS_SHARE, RESIDUAL_CODES, countries, indicators, sources, tradeAnnual } from '../../src/lib/schema/tables';
import { keyJoin, queryRows, quoteText, stageName } from './staging';

/**
 * The largest share the checks accept: a publisher's partners may add up to a little more than its
 * world figure (up to 3% more in IMF DOTS), so one partner's share may pass 100 a little.
 */
export const SHARE_CEILING = 110;

/** trade_annual as writeTables publishes it: raw rows, and the reference rows no raw row supersedes. */
function publishedTradeAnnual(): string {
	const stage = stageName(tradeAnnual);
	const cols = ['reporter', 'partner', 'flow', 'year', 'value', 'currency', 'months', 'source_id'];
	return `SELECT ${cols.join(', ')} FROM ${stage} WHERE _origin = 'raw'
	        UNION ALL
	        SELECT ${cols.map((c) => `s.${c}`).join(', ')} FROM (SELECT * FROM ${stage} WHERE _origin = 'reference') s
	        ANTI JOIN (SELECT ${tradeAnnual.key.join(', ')} FROM ${stage}
	                   WHERE _origin = 'raw' AND reporter IN (SELECT reporter FROM ${stage} WHERE _origin = 'reference')) r
	          ON ${keyJoin(tradeAnnual, 's', 'r')}`;
}

/**
 * Every reporter, flow, year and dataset source (and currency: a source in two would give two rows
 * of one key, which the key check refuses): the world figure, and the partner economies with a
 * positive value, grouped in one pass. Each group's values are sorted largest first, so every sum
 * runs in the same order and the same rows give the same bits; the top two partners are the two
 * smallest (−value, code) pairs, so ties go to the earlier code.
 */
function indicatorsSql(): string {
	const group = 'reporter, flow, year, source_id, currency';
	const residual = RESIDUAL_CODES.map(quoteText).join(', ');
	const share = PARTNERS_SHARE / 100;
	return `WITH partners AS (
	       SELECT code, code <> 'WLD' AS economy FROM ${stageName(countries)}
	       WHERE code = 'WLD' OR (NOT is_aggregate AND code NOT IN (${residual}))),
	     figures AS (
	       SELECT t.reporter, t.flow, t.year, t.source_id, t.currency, t.months, t.partner, t.value, p.economy
	       FROM (${publishedTradeAnnual()}) t JOIN partners p ON p.code = t.partner
	       WHERE t.source_id IN (SELECT source_id FROM ${stageName(sources)} WHERE kind = 'dataset')
	         AND (NOT p.economy OR (t.value > 0 AND t.partner <> t.reporter))),
	     grouped AS (
	       SELECT ${group}, max(months) AS months, max(value) FILTER (NOT economy) AS world,
	              min({'v': -value, 'p': partner}, 2) FILTER (economy) AS top,
	              coalesce(list_sort(list(value) FILTER (economy), 'DESC'), []) AS ranked
	       FROM figures GROUP BY ${group}),
	     totalled AS (SELECT *, coalesce(world, list_sum(ranked)) AS total FROM grouped),
	     counted AS (
	       -- Partners added from the largest down until their sum reaches the goal. The goal rides in the
	       -- accumulator: DuckDB 1.5 binds a column captured by list_reduce's lambda to the wrong row.
	       SELECT *, list_reduce(list_transform(ranked, lambda x: {'sum': x, 'n': 1, 'goal': 0::DOUBLE}),
	                             lambda a, x: CASE WHEN a.sum >= a.goal THEN a ELSE {'sum': a.sum + x.sum, 'n': a.n + 1, 'goal': a.goal} END,
	                             {'sum': 0::DOUBLE, 'n': 0, 'goal': ${share} * total}) AS reached
	       FROM totalled)
	SELECT reporter, flow, year, currency, months, total, len(ranked)::INTEGER AS partner_count,
	       top[1].p AS top_partner, -top[1].v AS top_value, -100 * top[1].v / nullif(total, 0) AS top_share,
	       top[2].p AS second_partner, -100 * top[2].v / nullif(total, 0) AS second_share,
	       CASE WHEN len(ranked) > 0 THEN 10000 * list_dot_product(ranked, ranked) / nullif(total * total, 0) END AS hhi,
	       CASE WHEN total > 0 AND reached.sum >= reached.goal THEN reached.n END AS partners_80,
	       source_id, 'raw' AS _origin, 'trade_annual' AS _file, 0 AS _line, 0 AS _problems, 0 AS _breaks
	FROM counted`;
}

/** Fills the indicators staging table from the staged trade_annual; returns its rows. */
export async function stageIndicators(db: DuckDBConnection): Promise<number> {
	const [{ Count: n }] = await queryRows(db, `INSERT INTO ${stageName(indicators)} ${indicatorsSql()}`);
	return Number(n);
}

/**
 * The indicators must be what they say: shares of a positive total between 0 and 100 (a little
 * over, where a publisher's partners add up to more than its world figure), the second no larger
 * than the first, the concentration within its scale, and partners_80 among the partners counted.
 */
export async function indicatorChecks(db: DuckDBConnection): Promise<Problem[]> {
	const most = SHARE_CEILING;
	const rows = await queryRows(
		db,
		`SELECT * FROM (
		   SELECT concat_ws(' / ', reporter, flow, year, source_id) AS k, total, top_share, second_share, hhi, partners_80,
		        CASE WHEN total < 0 THEN 'total'
		             WHEN top_share < 0 OR top_share > ${most} THEN 'top_share'
		             WHEN second_share < 0 OR second_share > top_share THEN 'second_share'
		             WHEN hhi < 0 OR hhi > ${most * most} THEN 'hhi'
		             WHEN partners_80 > partner_count THEN 'partners_80' END AS field
		   FROM ${stageName(indicators)})
		 WHERE field IS NOT NULL ORDER BY k`
	);
	const expected: Record<string, string> = {
		total: 'a total of at least 0',
		top_share: `a share from 0 to ${most}`,
		second_share: 'a share from 0 to top_share',
		hhi: `an index from 0 to ${most * most}`,
		partners_80: 'at most partner_count'
	};
	return rows.map((r) => ({
		file: 'trade_annual',
		line: 0,
		field: String(r.field),
		value: `${String(r[String(r.field)])} (${String(r.k)})`,
		expected: `${expected[String(r.field)]} (the indicators computed from trade_annual by scripts/lib/indicators.ts)`
	}));
}
