/**
 * The figures marked by hand that the checker is scored against: the development corpus's claims
 * files (tests/fixtures/checker-corpus) and the figures ledger's rows for the source articles.
 */
import { parse } from 'csv-parse/sync';
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ANY, type GoldFigure } from '../../src/lib/check/accuracy';
import type { CheckLang } from '../../src/lib/check/numbers';
import type { FigureLedgerRow } from '../../src/lib/data/queries';

/** A text to score: its body, date, language and marked figures. */
export interface ScoredText {
	id: string;
	body: string;
	date?: string;
	lang: CheckLang;
	gold: GoldFigure[];
	/** Publisher and outlet, as the text's header names them. */
	outlet?: string;
}

/** The corpus's texts: four header lines (url, date, outlet, licence), a blank line, then the body. */
export async function corpusTexts(dir: string): Promise<ScoredText[]> {
	const index: { file: string; language: string }[] = parse(await readFile(join(dir, 'index.csv'), 'utf8'), { columns: true });
	const out: ScoredText[] = [];
	for (const { file, language } of index) {
		const raw = await readFile(join(dir, file), 'utf8');
		const [header, ...rest] = raw.split(/\n\s*\n/);
		const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(header)?.[1].trim();
		const rows: Record<string, string>[] = parse(await readFile(join(dir, file.replace(/\.txt$/, '.claims.csv')), 'utf8'), {
			columns: true
		});
		out.push({
			id: basename(file, '.txt'),
			body: rest.join('\n\n'),
			date: field('date'),
			outlet: field('outlet'),
			lang: language === 'fr' ? 'fr' : 'en',
			gold: rows.map((r) => ({
				paragraph: Number(r.paragraph),
				asWritten: r.as_written,
				value: Number(r.value),
				unit: r.unit,
				measure: r.measure,
				reporter: r.reporter,
				partner: r.partner,
				flow: r.flow,
				period: r.period,
				note: r.note ?? ''
			}))
		});
	}
	return out;
}

const COUNTED = new Set(['count', 'vehicles', 'people', 'days', 'months', 'years']);
const MEASURE: Record<string, string> = { trade_value: 'value', trade_change: 'change', export_share: 'share', rank: 'rank' };
/** Ledger measures the checker shows as figures with no series. */
const SHOWN_WITHOUT_SERIES = new Set(['tariff_rate', 'favourability', 'trade_target', 'import_quota', 'market_share', 'price']);

/** A ledger period as the corpus writes it: a year, a month or a quarter. */
function ledgerPeriod(start: string, end: string): string {
	const [y, m] = [start.slice(0, 4), Number(start.slice(5, 7))];
	const months = (Number(end.slice(0, 4)) - Number(y)) * 12 + Number(end.slice(5, 7)) - m + 1;
	if (months === 1) return `${y}-${start.slice(5, 7)}`;
	if (months === 3 && m % 3 === 1) return `${y}-Q${(m + 2) / 3}`;
	return end.slice(0, 4);
}

/**
 * An article's ledger rows as marked figures. Trade figures and the figures the checker shows with
 * no series are counted; the ledger's other rows (dates, durations, counts of people) may pair with
 * a claim without counting as missed.
 */
export function ledgerGold(rows: readonly FigureLedgerRow[]): (GoldFigure & { counted: boolean })[] {
	return rows
		.filter((r) => /^¶\d+$/.test(r.locator))
		.map((r) => {
			const trade = r.measure in MEASURE && (r.measure !== 'rank' || r.flow !== null);
			// The ledger marks who, which flow and when for trade figures only; a rank is of its year.
			const any = (v: string) => (trade ? v : ANY);
			return {
				paragraph: Number(r.locator.slice(1)),
				asWritten: r.asWritten,
				value: r.value,
				unit: r.unit === 'pct' || r.unit === 'rank' ? r.unit : COUNTED.has(r.unit) ? 'count' : r.unit,
				measure: trade ? MEASURE[r.measure] : 'other',
				reporter: any(r.reporter ?? ''),
				partner: any(r.partner ?? ''),
				flow: any(r.flow ?? ''),
				period: any(r.measure === 'rank' ? r.periodEnd.slice(0, 4) : ledgerPeriod(r.periodStart, r.periodEnd)),
				note: r.note ?? '',
				// A measure stated in words alone ("lower tariffs", "doubling") is no figure for the checker to find.
				counted: trade || (SHOWN_WITHOUT_SERIES.has(r.measure) && /\d/.test(r.asWritten))
			};
		});
}

/** The source articles' texts beside the project, with their ledger rows and dates. */
export async function articleTexts(
	dir: string,
	ledger: readonly FigureLedgerRow[],
	published: ReadonlyMap<string, string | undefined>
): Promise<(ScoredText & { gold: (GoldFigure & { counted: boolean })[] })[]> {
	const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
	return Promise.all(
		files.map(async (f) => {
			const id = basename(f, '.txt');
			return {
				id,
				body: await readFile(join(dir, f), 'utf8'),
				date: published.get(id),
				lang: 'en' as const,
				gold: ledgerGold(ledger.filter((r) => r.sourceId === id))
			};
		})
	);
}
