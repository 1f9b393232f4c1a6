/** The reporter's partners ranked: bars for the largest, a treemap of the shares of the total. */
import { currencyName } from './measure-text';
import { barsModel } from '$lib/charts/bars-model';
import { frameFor, labelRoom } from '$lib/charts/frame';
import { OKABE_ITO } from '$lib/charts/palette';
import type { ChartTable } from '$lib/charts/table';
import { treemapModel } from '$lib/charts/treemap-model';
import type { RankingInput, RankingRow } from '$lib/data/explore-queries';
import type { Lang } from '$lib/i18n/lang';
import { isAggregate } from '$lib/schema/countries';

const BARS = 10;
const CELLS = 15;
/** White labels on these blues keep a contrast of at least 4.5:1. */
const CELL_BLUES = ['#005a8c', '#2b6a94'];

export function rankingInput(view: {
	reporter: string;
	flow: string;
	side: RankingInput['side'];
	to: number;
	currency: RankingInput['currency'];
}): RankingInput {
	return {
		reporter: view.reporter,
		flow: view.flow === 'imports' ? 'imports' : 'exports',
		side: view.side,
		year: view.to,
		currency: view.currency
	};
}

export function rankingTitle(input: RankingInput, { t, country }: Lang): string {
	return t(input.flow === 'exports' ? 'explore.ranking.title.exports' : 'explore.ranking.title.imports', {
		reporter: country(input.reporter),
		year: input.year
	});
}

/** The ranking's input, with the year the data actually held. */
export function rankedYear(rows: readonly RankingRow[], input: RankingInput): RankingInput {
	return rows[0] ? { ...input, year: rows[0].year } : input;
}

export function rankingChart(rows: readonly RankingRow[], asked: RankingInput, { lang: l, width }: { lang: Lang; width?: number }) {
	const { t, f, country } = l;
	const input = rankedYear(rows, asked);
	const currency = currencyName(input, l);
	const partners = rows.filter((r) => !isAggregate(r.partner) && r.partner !== input.reporter);
	const total = partners.reduce((n, r) => n + r.amount, 0);
	const share = (v: number) => (total > 0 ? (100 * v) / total : 0);
	const describe = (r: RankingRow) =>
		t('explore.ranking.describe', {
			partner: country(r.partner),
			value: f.money(r.amount, input.currency),
			share: f.percent(share(r.amount))
		});
	const bars = barsModel(
		partners.slice(0, BARS).map((r) => ({
			id: r.partner,
			label: country(r.partner),
			value: r.amount,
			colour: OKABE_ITO.blue,
			text: `${f.money(r.amount, input.currency)} (${f.percent(share(r.amount))})`,
			description: describe(r)
		})),
		frameFor(
			{
				width: 720,
				height: 0,
				margin: {
					top: 24,
					right: 150,
					bottom: 28,
					left: labelRoom(
						partners.slice(0, BARS).map((r) => country(r.partner)),
						170
					)
				}
			},
			width
		),
		(v) => f.billionsTick(v),
		28
	);
	const top = partners.slice(0, CELLS);
	const rest = partners.slice(CELLS).reduce((n, r) => n + r.amount, 0);
	const items = [
		...top.map((r, i) => ({
			id: r.partner,
			label: country(r.partner),
			value: r.amount,
			colour: CELL_BLUES[i % 2],
			description: describe(r)
		})),
		...(rest > 0
			? [
					{
						id: 'other',
						label: t('explore.ranking.others'),
						value: rest,
						colour: '#555555',
						description: t('explore.ranking.others.describe', { value: f.money(rest, input.currency), share: f.percent(share(rest)) })
					}
				]
			: [])
	];
	const table: ChartTable = {
		caption: t('explore.ranking.caption', { title: rankingTitle(input, l), currency }),
		columns: [
			{ key: 'partner', label: t('explore.ranking.partner') },
			{ key: 'amount', label: t('explore.ranking.amount', { currency }), numeric: true },
			{ key: 'share', label: t('explore.ranking.share'), numeric: true }
		],
		rows: partners.map((r) => ({ partner: country(r.partner), amount: r.amount, share: share(r.amount) })),
		format: (k, v) => (k === 'share' ? f.percent(v) : f.billionsTick(v))
	};
	// The treemap takes the measured width; its height follows within bounds.
	const area = frameFor({ width: 720, height: 320, margin: { top: 0, right: 0, bottom: 0, left: 0 } }, width);
	const first = partners[0];
	return {
		title: rankingTitle(input, l),
		/** The bars' and the table's unit. */
		unit: t('explore.ranking.amount', { currency }),
		units: t('explore.ranking.units', { currency }),
		bars,
		treemap: { width: area.width, height: area.height, cells: treemapModel(items, area.width, area.height) },
		table,
		takeaway: first
			? t('explore.ranking.takeaway', { partner: country(first.partner), share: f.percent(share(first.amount)), count: partners.length })
			: t('explore.ranking.none')
	};
}
