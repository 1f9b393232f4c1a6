/**
 * Checks of the figures ledger (data/figures.csv) that run with every data build: qualifiers read
 * through one convention against the official series, the goods a figure covers, mirror flows,
 * links between figures, ranks, and locators that fit the kind of source they point into.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Problem } from '../../src/lib/schema/validate';
import { ABOUT_CHANGE_POINTS, ABOUT_SHARE_POINTS, changeRange, satisfies, type Interval } from '../../src/lib/schema/qualifiers';
import { datasetRows } from './figure-dataset-rows';
import { queryRows } from './staging';

type Row = Record<string, unknown>;
const num = (v: unknown) => Number(v);
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const fmt = (n: number) => (Math.abs(n) >= 1e6 ? n.toExponential(4) : String(Math.round(n * 1000) / 1000));

/** Measures that say which goods they cover: a scope or a product, one of the two. */
const SCOPED_MEASURES = ['trade_value', 'trade_change', 'export_share', 'market_share'];
const SHARE_MEASURES = ['export_share', 'market_share'];
/** Source kinds whose text has paragraphs (¶N); the others are cited by table row. */
const PARAGRAPH_KINDS = ['article', 'web_page'];
const TABLE_KINDS = ['dataset', 'compilation'];
/** Words that make a number a place in an order rather than a count. */
const ORDINAL =
	/\b(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|largest|biggest|greatest|number[- ](one|two|three|four|five))\b/i;

const relatedIds = (f: Row) =>
	str(f.related)
		.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
const at = (f: Row) => ({ file: str(f._file), line: num(f._line) });
const place = (f: Row) => `${str(f.figure_id)} (${str(f._file)}:${str(f._line)})`;

/** Export shares quoted for a whole year of all goods must match the qualifier against the official series. */
async function sharesMatchSeries(db: DuckDBConnection): Promise<Problem[]> {
	const rows = await queryRows(
		db,
		`SELECT f._file, f._line, f.value, f.qualifier, 100 * p.value / w.value AS computed, p.source_id
		 FROM stage_figures f
		 JOIN stage_trade_annual p ON p.reporter = f.reporter AND p.partner = f.partner AND p.flow = f.flow
		   AND p.period_start = f.period_start AND p.period_end = f.period_end
		 JOIN stage_trade_annual w ON w.reporter = p.reporter AND w.partner = 'WLD' AND w.flow = p.flow AND w.year = p.year
		   AND w.source_id = p.source_id AND w.currency = p.currency
		 WHERE f.measure = 'export_share' AND f.scope = 'all_goods' AND f.product IS NULL
		 ORDER BY f.figure_id, p.source_id`
	);
	return rows
		.filter((r) => !satisfies(str(r.qualifier), num(r.value), num(r.computed), ABOUT_SHARE_POINTS))
		.map((r) => ({
			...at(r),
			field: 'value',
			value: `${num(r.value)} (${str(r.qualifier)})`,
			expected: `a share consistent with ${str(r.source_id)}, which gives ${fmt(num(r.computed))}%`
		}));
}

/**
 * A change's qualifier, read through the convention, must agree with the two levels the series hold:
 * the figure's period and the same months a year earlier (a year to date against a whole year is no change).
 */
async function changesMatchSeries(db: DuckDBConnection): Promise<Problem[]> {
	const rows = await queryRows(
		db,
		`SELECT f._file, f._line, f.figure_id, f.value, f.qualifier, cur.value AS cur, prev.value AS prev,
		        cur.source_id AS cur_source, prev.source_id AS prev_source, cur.currency
		 FROM stage_figures f
		 JOIN stage_trade_annual cur ON cur.reporter = f.reporter AND cur.partner = f.partner AND cur.flow = f.flow
		   AND cur.period_start = f.period_start AND cur.period_end = f.period_end
		 JOIN stage_trade_annual prev ON prev.reporter = cur.reporter AND prev.partner = cur.partner AND prev.flow = cur.flow
		   AND prev.year = cur.year - 1 AND prev.currency = cur.currency AND prev.months = cur.months
		 WHERE f.measure = 'trade_change' AND f.unit = 'pct' AND f.scope = 'all_goods'
		 ORDER BY f._file, f._line, cur.source_id, prev.source_id`
	);
	const byFigure = new Map<string, { row: Row; range: Interval }[]>();
	for (const r of rows) {
		const range: Interval = changeRange(num(r.prev), num(r.cur));
		byFigure.set(str(r.figure_id), [...(byFigure.get(str(r.figure_id)) ?? []), { row: r, range }]);
	}
	const problems: Problem[] = [];
	for (const pairs of byFigure.values()) {
		if (pairs.some(({ row, range }) => satisfies(str(row.qualifier), num(row.value), range, ABOUT_CHANGE_POINTS))) continue;
		const { row: r, range } = pairs[0];
		problems.push({
			...at(r),
			field: 'qualifier',
			value: `${num(r.value)} (${str(r.qualifier)})`,
			expected:
				`a change that agrees with its two levels, read with the sign as the direction and the qualifier as a bound on the ` +
				`size: ${fmt(num(r.prev))} ${str(r.currency)} (${str(r.prev_source)}) to ${fmt(num(r.cur))} (${str(r.cur_source)}) ` +
				`is ${fmt(range[0])}% to ${fmt(range[1])}%`
		});
	}
	return problems;
}

/** A trade value, change or share says which goods it covers; a scope appears only where it means something. */
function scopesStated(figures: Row[]): Problem[] {
	const problems: Problem[] = [];
	for (const f of figures) {
		const [scope, product, measure] = [str(f.scope), str(f.product), str(f.measure)];
		let expected = '';
		if (SCOPED_MEASURES.includes(measure) && !scope && !product)
			expected = `a scope (all_goods or manufactured_goods) or a product: which goods this ${measure} covers`;
		else if (scope && product) expected = 'no scope where product names the goods';
		else if (scope && !SCOPED_MEASURES.includes(measure) && measure !== 'rank')
			expected = `no scope: only trade values, changes, shares and ranks have one, not ${measure}`;
		if (expected) problems.push({ ...at(f), field: 'scope', value: scope, expected });
	}
	return problems;
}

/** Two shares of the same whole that differ must cover different goods, or be linked with a note saying why. */
function shareCollisions(figures: Row[]): Problem[] {
	const keys = ['measure', 'reporter', 'partner', 'flow', 'product', 'scope', 'period_start', 'period_end'];
	const shares = figures.filter((f) => SHARE_MEASURES.includes(str(f.measure)));
	const problems: Problem[] = [];
	shares.forEach((b, i) => {
		for (const a of shares.slice(0, i)) {
			if (keys.some((k) => str(a[k]) !== str(b[k]))) continue;
			if (num(a.value) === num(b.value) && str(a.qualifier) === str(b.qualifier)) continue;
			const linked = relatedIds(a).includes(str(b.figure_id)) || relatedIds(b).includes(str(a.figure_id));
			if (linked && str(a.note) && str(b.note)) continue;
			problems.push({
				...at(b),
				field: 'scope',
				value: str(b.scope),
				expected:
					`a scope other than that of ${place(a)}, which states ${num(a.value)} (${str(a.qualifier)}) of the same whole; or ` +
					`a related link between the two with a note on each saying why they differ`
			});
		}
	});
	return problems;
}

/** Measures whose figures sum or compare months of the trade tables: their periods are whole months. */
const MONTHLY_MEASURES = ['trade_value', 'trade_change', 'export_share'];

/**
 * A trade value, change or share covers whole months: a month, a quarter, January to a month, twelve
 * months to a month, a year; from the first day of a month to the last day of a month.
 */
function wholeMonths(figures: Row[]): Problem[] {
	const problems: Problem[] = [];
	for (const f of figures) {
		if (!MONTHLY_MEASURES.includes(str(f.measure)) || !f.period_start || !f.period_end) continue;
		const [start, end] = [str(f.period_start), str(f.period_end)];
		const next = new Date(`${end}T00:00:00Z`);
		next.setUTCDate(next.getUTCDate() + 1);
		if (start.endsWith('-01') && next.getUTCDate() === 1) continue;
		problems.push({
			...at(f),
			field: start.endsWith('-01') ? 'period_end' : 'period_start',
			value: start.endsWith('-01') ? end : start,
			expected: `whole months for a ${str(f.measure)}: period_start the first day of a month, period_end the last day of one`
		});
	}
	return problems;
}

/** Links name the figure back: a figure that lists another is listed by it. */
function mutualLinks(figures: Row[]): Problem[] {
	const byId = new Map(figures.map((f) => [str(f.figure_id), f]));
	const problems: Problem[] = [];
	for (const f of figures) {
		for (const id of relatedIds(f)) {
			const other = byId.get(id);
			if (other && !relatedIds(other).includes(str(f.figure_id))) {
				problems.push({
					...at(f),
					field: 'related',
					value: id,
					expected: `${place(other)} to list ${str(f.figure_id)} in its related too (links go both ways)`
				});
			}
		}
	}
	return problems;
}

/** A rank is measure rank with unit rank and a whole number from 1; an ordinal is never a count. */
function ranks(figures: Row[]): Problem[] {
	const problems: Problem[] = [];
	for (const f of figures) {
		const [measure, unit, value] = [str(f.measure), str(f.unit), num(f.value)];
		if (measure === 'rank' && unit !== 'rank')
			problems.push({ ...at(f), field: 'unit', value: unit, expected: 'unit rank for measure rank' });
		if (unit === 'rank' && measure !== 'rank')
			problems.push({ ...at(f), field: 'measure', value: measure, expected: 'measure rank for unit rank' });
		if (unit === 'rank' && !(Number.isInteger(value) && value >= 1))
			problems.push({ ...at(f), field: 'value', value: String(value), expected: 'a place in an order: a whole number from 1' });
		if (unit === 'count' && ORDINAL.test(str(f.as_written))) {
			problems.push({
				...at(f),
				field: 'unit',
				value: unit,
				expected: `measure and unit rank: "${str(f.as_written)}" is a place in an order, not a count`
			});
		}
	}
	return problems;
}

/** ¶N points into a text (article or web page); a dataset's figure is cited by the table row that holds it. */
function locatorKinds(figures: Row[], kinds: Map<string, string>): Problem[] {
	const problems: Problem[] = [];
	for (const f of figures) {
		const kind = kinds.get(str(f.source_id));
		if (kind === undefined) continue; // a dangling source_id is reported on its own
		const paragraph = str(f.locator).startsWith('¶');
		if (paragraph && !PARAGRAPH_KINDS.includes(kind)) {
			problems.push({
				...at(f),
				field: 'locator',
				value: str(f.locator),
				expected: `a row as table[key values]: ${str(f.source_id)} is a ${kind}, without paragraphs (or cite the article or page where the figure was read)`
			});
		} else if (!paragraph && !TABLE_KINDS.includes(kind)) {
			problems.push({
				...at(f),
				field: 'locator',
				value: str(f.locator),
				expected: `¶ and a paragraph number: ${str(f.source_id)} is a${kind === 'article' ? 'n' : ''} ${kind}`
			});
		}
	}
	return problems;
}

const MIRROR_FLOW: Record<string, string> = { exports: 'imports', imports: 'exports' };

/**
 * A trade value or change for a year whose mirror flow (the partner's own record of the same
 * goods) is in the reference series must be linked to a figure recording that mirror flow.
 */
async function mirrorsLinked(db: DuckDBConnection, figures: Row[]): Promise<Problem[]> {
	const series = new Set(
		(await queryRows(db, `SELECT DISTINCT reporter, partner, flow, year FROM stage_trade_annual WHERE _origin = 'reference'`)).map((r) =>
			[r.reporter, r.partner, r.flow, r.year].map(str).join('|')
		)
	);
	const byId = new Map(figures.map((f) => [str(f.figure_id), f]));
	const problems: Problem[] = [];
	for (const f of figures) {
		const [measure, flow, year] = [str(f.measure), str(f.flow), str(f.period_start).slice(0, 4)];
		const mirror = MIRROR_FLOW[flow];
		const wholeYear = str(f.period_start) === `${year}-01-01` && str(f.period_end) === `${year}-12-31`;
		if (!['trade_value', 'trade_change'].includes(measure) || !mirror || !wholeYear || !f.reporter || !f.partner) continue;
		if (!series.has([str(f.partner), str(f.reporter), mirror, year].join('|'))) continue;
		const linked = [...relatedIds(f), ...figures.filter((g) => relatedIds(g).includes(str(f.figure_id))).map((g) => str(g.figure_id))]
			.map((id) => byId.get(id))
			.some(
				(g) =>
					g &&
					str(g.measure) === measure &&
					str(g.reporter) === str(f.partner) &&
					str(g.partner) === str(f.reporter) &&
					str(g.flow) === mirror &&
					str(g.period_start) === str(f.period_start) &&
					str(g.period_end) === str(f.period_end)
			);
		if (!linked) {
			problems.push({
				...at(f),
				field: 'related',
				value: str(f.related),
				expected:
					`a link to a ${measure} figure for the mirror flow, ${str(f.partner)} ${mirror} ${mirror === 'exports' ? 'to' : 'from'} ` +
					`${str(f.reporter)} in ${year}, which the reference series hold: record what the other side reports and say in note ` +
					`why the two differ`
			});
		}
	}
	return problems;
}

export async function figureChecks(db: DuckDBConnection): Promise<Problem[]> {
	const figures = await queryRows(
		db,
		`SELECT _file, _line, figure_id, measure, reporter, partner, flow, product, scope, period_start, period_end, value, unit, qualifier,
		        source_id, locator, as_written, note, related FROM stage_figures ORDER BY _file, _line`
	);
	const kinds = new Map((await queryRows(db, 'SELECT source_id, kind FROM stage_sources')).map((r) => [str(r.source_id), str(r.kind)]));
	return [
		...(await sharesMatchSeries(db)),
		...(await changesMatchSeries(db)),
		...scopesStated(figures),
		...shareCollisions(figures),
		...mutualLinks(figures),
		...ranks(figures),
		...locatorKinds(figures, kinds),
		...wholeMonths(figures),
		...(await datasetRows(db, figures)),
		...(await mirrorsLinked(db, figures))
	];
}
