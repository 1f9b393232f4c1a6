/** headline-figures: the numbers the press quoted, each beside what the official series says. */
import { QUALIFIER_TEXT, money, percent, percentChange } from '$lib/charts/format';
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

const quoted = (f: FigureLedgerRow) => `${QUALIFIER_TEXT[f.qualifier]}${percent(f.value).replace('.0%', '%')}`;

function statcanYear(shares: readonly ExportShareRow[], year: number): ExportShareRow {
	const row = shares.find((r) => r.year === year && r.sourceId === 'statcan_cimt');
	if (!row) throw new Error(`no Statistics Canada export totals for ${year}`);
	return row;
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
		{
			id: 'share-usa',
			label: 'Canada’s exports bought by the US, 2024',
			value: quoted(usa),
			detail: 'as quoted',
			official: `Statistics Canada’s customs totals give ${percent(s24.shareUsa)}.`,
			figureIds: [usa.figureId],
			sourceIds: [usa.sourceId, 'statcan_cimt']
		},
		{
			id: 'share-chn',
			label: 'Canada’s exports bought by China, 2024',
			value: quoted(chn),
			detail: 'as quoted',
			official: `Statistics Canada’s customs totals give ${percent(s24.shareChn)}.`,
			figureIds: [chn.figureId],
			sourceIds: [chn.sourceId, 'statcan_cimt']
		},
		{
			id: 'fav-chn',
			label: 'Canadians with a favourable view of China',
			value: `${fc24.value}% → ${fc25.value}%`,
			detail: '2024 to 2025, Pew Research Center',
			figureIds: [fc24.figureId, fc25.figureId],
			sourceIds: [fc25.sourceId, 'pew_global_attitudes']
		},
		{
			id: 'fav-usa',
			label: 'Canadians with a favourable view of the US',
			value: `${fu24.value}% → ${fu25.value}%`,
			detail: '2024 to 2025, Pew Research Center',
			figureIds: [fu24.figureId, fu25.figureId],
			sourceIds: [fu25.sourceId, 'pew_global_attitudes']
		}
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
