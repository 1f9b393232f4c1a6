/** headline-figures: the numbers the press quoted, each beside what the official series says. */
import { figureText, money, percent, percentChange } from '$lib/charts/format';
import type { ChartTable } from '$lib/charts/table';
import type { ExportShareRow, FigureLedgerRow } from '$lib/data/queries';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const HEADLINE_META = {
	title: 'The figures behind the headlines',
	units: 'As quoted: US$, per cent of exports, per cent of adults',
	basis: 'Each figure as the articles quote it, beside the official series it comes from where the two differ'
};

export interface HeadlineCard {
	id: string;
	label: string;
	/** The big number, with its qualifier. */
	value: string;
	detail: string;
	/** What the official data says, where it differs or adds something. */
	official?: string;
	figureIds: string[];
	sourceIds: string[];
}

const quoted = (f: FigureLedgerRow) => figureText(f.value, f.unit, f.qualifier);

function statcanYear(shares: readonly ExportShareRow[], year: number): ExportShareRow {
	const row = shares.find((r) => r.year === year && r.sourceId === 'statcan_cimt');
	if (!row) throw new Error(`no Statistics Canada export totals for ${year}`);
	return row;
}

/** A quoted share of Canada's exports beside the official one. */
function shareCard(id: string, label: string, quotedShare: FigureLedgerRow, official: number): HeadlineCard {
	return {
		id,
		label,
		value: quoted(quotedShare),
		detail: 'as quoted',
		official: `Statistics Canada’s customs totals give ${percent(official)}.`,
		figureIds: [quotedShare.figureId],
		sourceIds: [quotedShare.sourceId, 'statcan_cimt']
	};
}

/** A poll result that moved from one year to the next. */
function opinionCard(id: string, label: string, before: FigureLedgerRow, after: FigureLedgerRow): HeadlineCard {
	return {
		id,
		label,
		value: `${before.value}% → ${after.value}%`,
		detail: `${before.periodStart.slice(0, 4)} to ${after.periodStart.slice(0, 4)}, Pew Research Center`,
		figureIds: [before.figureId, after.figureId],
		sourceIds: [after.sourceId, 'pew_global_attitudes']
	};
}

export function headlineCards(data: StoryData): HeadlineCard[] {
	const cnValue = figure(data, 'cn-imports-from-ca-2025-value');
	const cnChange = figure(data, 'cn-imports-from-ca-2025-change');
	const usa = figure(data, 'ca-exports-share-usa-2024');
	const chn = figure(data, 'ca-exports-share-chn-2024');
	const [fc24, fc25, fu24, fu25] = ['pew-can-fav-chn-2024', 'pew-can-fav-chn-2025', 'pew-can-fav-usa-2024', 'pew-can-fav-usa-2025'].map((id) => figure(data, id));
	const [s24, s25] = [statcanYear(data.shares, 2024), statcanYear(data.shares, 2025)];
	const caChange = (100 * (s25.chn - s24.chn)) / s24.chn;
	return [
		{
			id: 'cn-imports',
			label: 'China’s imports from Canada, 2025',
			value: money(cnValue.value, cnValue.unit),
			detail: `${percentChange(cnChange.value)} on 2024, as China’s customs report it`,
			official: `Canada’s own figures point the other way: exports to China of ${money(s25.chn, s25.currency)} in 2025, ${percentChange(caChange)} on ${money(s24.chn, s24.currency)} in 2024. Mirror figures differ: valuation (CIF against FOB), goods routed through third countries, timing and currency.`,
			figureIds: [cnValue.figureId, cnChange.figureId],
			sourceIds: [cnValue.sourceId, 'statcan_cimt']
		},
		shareCard('share-usa', 'Canada’s exports bought by the US, 2024', usa, s24.shareUsa),
		shareCard('share-chn', 'Canada’s exports bought by China, 2024', chn, s24.shareChn),
		opinionCard('fav-chn', 'Canadians with a favourable view of China', fc24, fc25),
		opinionCard('fav-usa', 'Canadians with a favourable view of the US', fu24, fu25)
	];
}

export function headlineChart(data: StoryData) {
	const cards = headlineCards(data);
	const table: ChartTable = {
		caption: 'Headline figures as quoted, with the official series beside them',
		columns: [
			{ key: 'label', label: 'Figure' },
			{ key: 'value', label: 'As quoted' },
			{ key: 'detail', label: 'Detail' },
			{ key: 'official', label: 'Official series' }
		],
		rows: cards.map((c) => ({ label: c.label, value: c.value, detail: c.detail, official: c.official ?? '–' }))
	};
	return {
		cards,
		table,
		takeaway: `Canada sells ${cards[1].value} of its exports to the US and ${cards[2].value} to China, yet by 2025 Canadians viewed the two countries equally favourably.`,
		figureIds: cards.flatMap((c) => c.figureIds),
		sources: sourcesFor(data, cards.flatMap((c) => c.sourceIds))
	};
}
