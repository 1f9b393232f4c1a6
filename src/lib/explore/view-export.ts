/**
 * Taking a view away: the drawn rows as CSV with the view's title, permalink, sources, licences
 * and access date in `#` comment lines above the header, and the view as APA, Chicago and BibTeX
 * citations.
 */
import { currencyName } from './explore-chart';
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Lang } from '$lib/i18n/lang';
import { oneLine } from '$lib/util/text';
import type { ExploreInput, ExploreRow } from '$lib/data/explore-queries';
import type { SourceInfo } from '$lib/data/queries';

export interface ViewContext {
	title: string;
	permalink: string;
	sources: SourceInfo[];
	/** ISO date the view was taken. */
	accessed: string;
}

const CSV_COLUMNS = ['reporter', 'partner', 'flow', 'measure', 'side', 'year', 'months', 'value', 'amount', 'currency'] as const;

export function viewCsv(rows: readonly ExploreRow[], view: ExploreInput, context: ViewContext, l: Lang): string {
	const { t } = l;
	const header = [
		`# ${oneLine(context.title)}`,
		`# ${t('csv.view', { link: oneLine(context.permalink) })}`,
		`# ${t('export.accessed', { date: context.accessed })}`,
		...context.sources.map((s) => `# ${t('csv.licence', { attribution: oneLine(s.attribution), licence: oneLine(s.licence) })}`),
		`# ${t('csv.value', { measure: view.measure, currency: currencyName(view, l) })}`
	];
	const body = stringify(
		rows.map((r) => [view.reporter, r.partner, view.flow, view.measure, view.side, r.year, r.months, r.value, r.amount, view.currency]),
		{ header: true, columns: [...CSV_COLUMNS], cast: { number: (n) => String(n) } }
	);
	return `${header.join('\n')}\n${body}`;
}

/** The view's provenance, for a CSV header or Parquet key-value metadata. */
export function provenance(view: ExploreInput, context: ViewContext): [string, string][] {
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

export function exportFileName(view: ExploreInput, extension: 'csv' | 'parquet'): string {
	return `trade-lens-${view.reporter}-${view.partners.join('-')}-${view.flow}-${view.measure}-${view.currency}-${view.from}-${view.to}.${extension}`.toLowerCase();
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
