/** headline-figures: the numbers the press quoted, each beside what the official series says. */
import type { Lang } from '$lib/i18n/lang';
import type { ChartTable } from '$lib/charts/table';
import type { ExportShareRow, FigureLedgerRow } from '$lib/data/queries';
import type { BuiltChart, ChartOptions } from '../chart-def';
import { figure, sourcesFor, type StoryData } from '../story-data';

export const headlineMeta = ({ t }: Lang) => ({ title: t('headline.title'), units: t('headline.units'), basis: t('headline.basis') });

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

const quoted = (f: FigureLedgerRow, l: Lang) => l.f.figureText(f.value, f.unit, f.qualifier);

function statcanYear(shares: readonly ExportShareRow[], year: number): ExportShareRow {
	const row = shares.find((r) => r.year === year && r.sourceId === 'statcan_cimt');
	if (!row) throw new Error(`no Statistics Canada export totals for ${year}`);
	return row;
}

/** A quoted share of Canada's exports beside the official one. */
function shareCard(id: string, label: string, quotedShare: FigureLedgerRow, official: number, l: Lang): HeadlineCard {
	return {
		id,
		label,
		value: quoted(quotedShare, l),
		detail: l.t('headline.share.detail'),
		official: l.t('headline.share.official', { share: l.f.percent(official) }),
		figureIds: [quotedShare.figureId],
		sourceIds: [quotedShare.sourceId, 'statcan_cimt']
	};
}

/** A poll result that moved from one year to the next. */
function opinionCard(id: string, label: string, before: FigureLedgerRow, after: FigureLedgerRow, l: Lang): HeadlineCard {
	return {
		id,
		label,
		value: `${l.f.percentShort(before.value)} → ${l.f.percentShort(after.value)}`,
		detail: l.t('headline.poll.detail', { from: before.periodStart.slice(0, 4), to: after.periodStart.slice(0, 4) }),
		figureIds: [before.figureId, after.figureId],
		sourceIds: [after.sourceId, 'pew_2025_press_report']
	};
}

export function headlineCards(data: StoryData, l: Lang): HeadlineCard[] {
	const { t, f } = l;
	const cnValue = figure(data, 'cn-imports-from-ca-2025-value');
	const cnChange = figure(data, 'cn-imports-from-ca-2025-change');
	const usa = figure(data, 'ca-exports-share-usa-2024');
	const chn = figure(data, 'ca-exports-share-chn-2024');
	const [fc24, fc25, fu24, fu25] = ['pew-can-fav-chn-2024', 'pew-can-fav-chn-2025', 'pew-can-fav-usa-2024', 'pew-can-fav-usa-2025'].map(
		(id) => figure(data, id)
	);
	const [s24, s25] = [statcanYear(data.shares, 2024), statcanYear(data.shares, 2025)];
	const caChange = (100 * (s25.chn - s24.chn)) / s24.chn;
	return [
		{
			id: 'cn-imports',
			label: t('headline.cn.label'),
			value: f.money(cnValue.value, cnValue.unit),
			detail: t('headline.cn.detail', { change: f.percentChange(cnChange.value) }),
			official: t('headline.cn.official', {
				value2025: f.money(s25.chn, s25.currency),
				change: f.percentChange(caChange),
				value2024: f.money(s24.chn, s24.currency)
			}),
			figureIds: [cnValue.figureId, cnChange.figureId],
			sourceIds: [cnValue.sourceId, 'statcan_cimt']
		},
		shareCard('share-usa', t('headline.usa.label'), usa, s24.shareUsa, l),
		shareCard('share-chn', t('headline.chn.label'), chn, s24.shareChn, l),
		opinionCard('fav-chn', t('headline.favchn.label'), fc24, fc25, l),
		opinionCard('fav-usa', t('headline.favusa.label'), fu24, fu25, l)
	];
}

/** Drawn as cards, not a plot: its model is the cards, the same at every width. */
export function headlineChart(data: StoryData, { lang: l }: ChartOptions): BuiltChart<HeadlineCard[]> {
	const { t } = l;
	const cards = headlineCards(data, l);
	const table: ChartTable = {
		caption: t('headline.table.caption'),
		columns: [
			{ key: 'label', label: t('headline.table.figure') },
			{ key: 'value', label: t('headline.table.quoted') },
			{ key: 'detail', label: t('headline.table.detail') },
			{ key: 'official', label: t('headline.table.official') }
		],
		rows: cards.map((c) => ({ label: c.label, value: c.value, detail: c.detail, official: c.official ?? '–' }))
	};
	return {
		model: cards,
		meta: headlineMeta(l),
		events: [],
		table,
		takeaway: t('headline.takeaway', { usa: cards[1].value, chn: cards[2].value }),
		figureIds: cards.flatMap((c) => c.figureIds),
		sources: sourcesFor(
			data,
			cards.flatMap((c) => c.sourceIds)
		)
	};
}
