/** Everything the story's charts draw, from one run of the queries (Node at build time, or tests). */
import type { QueryEngine } from '$lib/data/engine';
import { runQuery } from '$lib/data/engine';
import {
	allFigures,
	allSources,
	bilateralTrade,
	canolaExports,
	exportShares,
	publicOpinion,
	tariffEvents,
	type BilateralTradeRow,
	type CanolaExportRow,
	type ExportShareRow,
	type FigureLedgerRow,
	type OpinionRow,
	type SourceInfo,
	type TariffEventRow
} from '$lib/data/queries';

/**
 * The default view of bilateral-trade: both sides, from 1980 (the years of China's opening, before
 * which trade was slight) to the latest year the data holds.
 */
export const BILATERAL_DEFAULT = { from: 1980, to: 2100, side: 'both' } as const;

export interface StoryData {
	trade: BilateralTradeRow[];
	shares: ExportShareRow[];
	opinion: OpinionRow[];
	tariffs: TariffEventRow[];
	canola: CanolaExportRow[];
	figures: FigureLedgerRow[];
	sources: SourceInfo[];
}

/** The query each part of the story's data comes from: a chart's own list of queries says which parts it reads. */
export const STORY_PARTS = {
	trade: bilateralTrade,
	shares: exportShares,
	opinion: publicOpinion,
	tariffs: tariffEvents,
	canola: canolaExports,
	figures: allFigures,
	sources: allSources
} as const satisfies Record<keyof StoryData, unknown>;

export async function loadStoryData(engine: QueryEngine): Promise<StoryData> {
	// One at a time: the engines run one statement per connection.
	const trade = await runQuery(engine, bilateralTrade, BILATERAL_DEFAULT);
	const shares = await runQuery(engine, exportShares, { from: 1900, to: 2100 });
	const opinion = await runQuery(engine, publicOpinion, undefined);
	const tariffs = await runQuery(engine, tariffEvents, undefined);
	const canola = await runQuery(engine, canolaExports, undefined);
	const figures = await runQuery(engine, allFigures, undefined);
	const sources = await runQuery(engine, allSources, undefined);
	return { trade, shares, opinion, tariffs, canola, figures, sources };
}

/** The figure with this id; a missing id is a build error, not a blank chart. */
export function figure(data: Pick<StoryData, 'figures'>, id: string): FigureLedgerRow {
	const found = data.figures.find((f) => f.figureId === id);
	if (!found) throw new Error(`figure ${id} is not in data/figures.csv`);
	return found;
}

/** The sources with these ids, in the order given, without repeats. */
export function sourcesFor(data: Pick<StoryData, 'sources'>, ids: Iterable<string>): SourceInfo[] {
	const wanted = [...new Set(ids)];
	return wanted.map((id) => {
		const s = data.sources.find((x) => x.sourceId === id);
		if (!s) throw new Error(`source ${id} is not in data/sources.csv`);
		return s;
	});
}
