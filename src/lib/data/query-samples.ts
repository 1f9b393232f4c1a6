/** Every query with typical input: the Node–WASM parity test and the benchmark run these. */
import type { QueryDef, QueryEngine } from './engine';
import { runQuery } from './engine';
import { exploreQuery, exploreSeries, partnerRanking, tradePairs } from './explore-queries';
import { allFigures, allSources, bilateralTrade, canolaExports, exportShares, publicOpinion, tariffEvents } from './queries';

/** A query with fixed input, run the same way on any engine. */
export interface QuerySample {
	label: string;
	run(engine: QueryEngine): Promise<unknown[]>;
}

function sample<P, R>(def: QueryDef<P, R>, input: P, label = def.id): QuerySample {
	return { label, run: (engine) => runQuery(engine, def, input) };
}

const view = exploreQuery;

export const QUERY_SAMPLES: readonly QuerySample[] = [
	sample(bilateralTrade, { from: 1980, to: 2026, side: 'both' }),
	sample(bilateralTrade, { from: 2000, to: 2010, side: 'CHN' }, 'bilateral-trade (China side, 2000–2010)'),
	sample(exportShares, { from: 1980, to: 2026 }),
	sample(publicOpinion, undefined),
	sample(tariffEvents, undefined),
	sample(canolaExports, undefined),
	sample(allFigures, undefined),
	sample(allSources, undefined),
	sample(tradePairs, undefined),
	sample(exploreSeries, view({ partners: ['CHN', 'USA'], measure: 'share', from: 1990, base: 1990 }), 'explore (shares)'),
	sample(exploreSeries, view({ partners: ['CHN', 'USA'], from: 2024, to: 2026, base: 2024, currency: 'CAD' }), 'explore (C$)'),
	sample(exploreSeries, view({ flow: 'balance', measure: 'change', side: 'partner' }), 'explore (mirror balance, change)'),
	sample(exploreSeries, view({ reporter: 'CHN', partners: ['CAN'], flow: 'total', measure: 'index', from: 1995, base: 2000 }), 'explore (index)'),
	sample(partnerRanking, { reporter: 'CAN', flow: 'imports', side: 'reporter', year: 2020, currency: 'USD' }),
	sample(partnerRanking, { reporter: 'CAN', flow: 'exports', side: 'partner', year: 2025, currency: 'USD' }, 'explore-ranking (mirror)')
];
