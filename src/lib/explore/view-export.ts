/**
 * Taking a view away: the drawn rows as CSV with the view's title, permalink, sources, licences
 * and access date in `#` comment lines above the header, and the view as APA, Chicago and BibTeX
 * citations.
 */
import { currencyName } from './measure-text';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Lang } from '$lib/i18n/lang';
import { oneLine } from '$lib/util/text';
import type { ExploreRow } from '$lib/data/explore-queries';
import type { ExploreView } from './explore-view';
import type { SourceInfo } from '$lib/data/queries';
import type { AtlasCell } from './atlas-values';

export interface ViewContext {
	title: string;
	permalink: string;
	sources: SourceInfo[];
	/** ISO date the view was taken. */
	accessed: string;
}

/** Today, as a view's access date (ISO, UTC). */
export const accessedToday = (): string => new Date().toISOString().slice(0, 10);

const CSV_COLUMNS = ['reporter', 'partner', 'flow', 'measure', 'side', 'year', 'months', 'value', 'amount', 'currency'] as const;

/** One row of a download: whose figure, with whom, which year, the measure and the value behind it. */
export interface ExportRecord {
	reporter: string;
	/** The partner; for the largest-partner indicator, that partner; empty for an economy's own indicator. */
	partner: string;
	flow: string;
	measure: string;
	side: string;
	year: number;
	months: number;
	value: number | null;
	amount: number | null;
	currency: string;
}

/** The chart's rows as records: each partner's line; for the gap, the partners' own figures too; for an indicator, each economy's. */
export function chartRecords(rows: readonly ExploreRow[], view: ExploreView, mirror: readonly ExploreRow[] = []): ExportRecord[] {
	const indicator = view.measure === 'top' || view.measure === 'hhi' || view.measure === 'n80';
	const record = (r: ExploreRow, side: string): ExportRecord => ({
		reporter: indicator ? r.partner : view.reporter,
		partner: indicator ? (r.category ?? '') : r.partner,
		flow: view.flow,
		measure: view.measure,
		side,
		year: r.year,
		months: r.months,
		value: r.value,
		amount: r.amount,
		currency: view.currency
	});
	return [...rows.map((r) => record(r, view.measure === 'gap' ? 'reporter' : view.side)), ...mirror.map((r) => record(r, 'partner'))];
}

/** The map's or the table's figures as records: every economy, each year shown. */
export function atlasRecords(
	view: ExploreView,
	byYear: ReadonlyMap<number, ReadonlyMap<string, AtlasCell>>,
	years: readonly number[]
): ExportRecord[] {
	return years.flatMap((year) =>
		[...(byYear.get(year)?.values() ?? [])]
			.filter((c) => c.value !== null)
			.sort((a, b) => a.code.localeCompare(b.code))
			.map((c) => ({
				reporter: c.code,
				partner: c.category ?? (view.measure === 'hhi' || view.measure === 'n80' ? '' : view.partners[0]),
				flow: view.flow === 'imports' ? 'imports' : 'exports',
				measure: view.measure,
				side: view.side,
				year,
				months: c.months,
				value: c.value,
				amount: null,
				currency: view.currency
			}))
	);
}

export function viewCsv(records: readonly ExportRecord[], view: ExploreView, context: ViewContext, l: Lang): string {
	const { t } = l;
	const header = [
		`# ${oneLine(context.title)}`,
		`# ${t('csv.view', { link: oneLine(context.permalink) })}`,
		`# ${t('export.accessed', { date: context.accessed })}`,
		...context.sources.map((s) => `# ${t('csv.licence', { attribution: oneLine(s.attribution), licence: oneLine(s.licence) })}`),
		`# ${t('csv.value', { measure: view.measure, currency: currencyName(view, l) })}`
	];
	const body = stringify(
		records.map((r) => CSV_COLUMNS.map((c) => r[c])),
		{ header: true, columns: [...CSV_COLUMNS], cast: { number: (n) => String(n) } }
	);
	return `${header.join('\n')}\n${body}`;
}

/** The view's provenance, for a CSV header or Parquet key-value metadata. */
export function provenance(view: ExploreView, context: ViewContext): [string, string][] {
	return [
		['title', context.title],
		['permalink', context.permalink],
		['accessed', context.accessed],
		['sources', context.sources.map((s) => s.attribution).join('; ')],
		['licences', context.sources.map((s) => `${s.sourceId}: ${s.licence}`).join('; ')],
		['measure', view.measure],
		['currency', view.currency]
	];
}

export function exportFileName(view: ExploreView, extension: 'csv' | 'parquet'): string {
	const who = view.tab === 'chart' ? `${view.reporter}-${view.partners.join('-')}` : `${view.tab}-${view.partners[0]}`;
	const years = view.tab !== 'chart' && view.period === 'year' ? String(view.year) : `${view.from}-${view.to}`;
	return `trade-lens-${who}-${view.flow}-${view.measure}-${view.currency}-${years}.${extension}`.toLowerCase().replace(/[^a-z0-9.-]/g, '-');
}

const sourceList = (sources: readonly SourceInfo[]) => sources.map((s) => s.attribution.replace(/^Source:\s*/, '')).join('; ');
/** BibTeX treats braces and backslashes specially; everything else passes through. */
const bib = (text: string) => text.replace(/[\\{}]/g, '').replace(/[%&#_$]/g, (c) => `\\${c}`);

export interface Citations {
	apa: string;
	chicago: string;
	bibtex: string;
}

export function citations(context: ViewContext, { t, f }: Lang): Citations {
	const year = context.accessed.slice(0, 4);
	const sources = sourceList(context.sources);
	const key = `tradelens${year}${context.title
		.replace(/[^A-Za-z]/g, '')
		.slice(0, 24)
		.toLowerCase()}`;
	return {
		apa: t('cite.apa', { year, title: context.title, sources, date: f.citationDate(context.accessed), link: context.permalink }),
		chicago: t('cite.chicago', { title: context.title, sources, date: f.citationDate(context.accessed), link: context.permalink }),
		bibtex: [
			`@misc{${key},`,
			`  author = {{Trade Lens}},`,
			`  title = {${bib(context.title)}},`,
			`  year = {${year}},`,
			`  howpublished = {\\url{${context.permalink}}},`,
			`  note = {${bib(t('cite.bibtex.note', { sources, date: context.accessed }))}}`,
			`}`
		].join('\n')
	};
}
