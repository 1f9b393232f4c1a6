/**
 * How well the checker reads an article, against the figures ledger: recall over the ledger's
 * trade rows (values, shares, changes and trade ranks) found with the right value, unit and year;
 * precision over the claims the checker shows that are claims of the ledger read as what they are:
 * a trade figure as the ledger's measure, and a figure marked as having no series only where the
 * ledger's row is no trade series either.
 */
import type { Claim } from './claims';
import { ledgerUnit } from './figure-rows';

/** A ledger row as the scoring needs it (data/figures.csv's columns). */
export interface LedgerRow {
	figureId: string;
	sourceId: string;
	measure: string;
	flow: string | null;
	value: number;
	unit: string;
	year: number;
	asWritten: string;
	locator: string;
}

/** The ledger's trade rows: values, shares and changes, and ranks among trading partners or markets (a flow). */
export const isTradeRow = (r: LedgerRow) =>
	r.measure === 'trade_value' || r.measure === 'trade_change' || r.measure === 'export_share' || (r.measure === 'rank' && r.flow !== null);

/** Whether a claim states the ledger row's value in its unit (a count matches any counted unit). */
export function sameFigure(c: Claim, r: LedgerRow): boolean {
	const unit = ledgerUnit(c.number.unit);
	const units = unit === 'count' ? ['count', 'vehicles', 'people', 'days', 'months', 'years'] : [unit];
	if (!units.includes(r.unit)) return false;
	const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);
	return close(c.value, r.value) || (r.measure !== 'trade_change' && close(Math.abs(c.value), Math.abs(r.value)));
}

const SERIES_MEASURES = new Set(['trade_value', 'trade_change', 'export_share']);

/** Whether a claim is read as what the ledger row is: the same trade measure, or no series for a row no series answers. */
export const sameMeasure = (c: Claim, r: LedgerRow): boolean =>
	c.measure === r.measure || (c.noSeries && !SERIES_MEASURES.has(r.measure) && c.measure !== 'rank');

/** The claims a reader is shown: every statement read as a measure, with a series or marked as having none. */
export const shownClaims = (claims: readonly Claim[]) => claims.filter((c) => c.measure !== 'other');

export interface Score {
	found: LedgerRow[];
	missed: LedgerRow[];
	/** Shown claims that are the ledger's, and those that are not. */
	right: Claim[];
	wrong: Claim[];
}

/** One article's score: its ledger rows against the claims read from its text. */
export function scoreArticle(claims: readonly Claim[], rows: readonly LedgerRow[]): Score {
	const trade = rows.filter(isTradeRow);
	const found = trade.filter((r) => claims.some((c) => sameFigure(c, r) && c.year === r.year));
	const shown = shownClaims(claims);
	const right = shown.filter((c) => rows.some((r) => sameFigure(c, r) && sameMeasure(c, r)));
	return { found, missed: trade.filter((r) => !found.includes(r)), right, wrong: shown.filter((c) => !right.includes(c)) };
}

export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
