/** Every query with typical input: the Node–WASM parity test and the benchmark run these. */
import type { QueryDef, QueryEngine } from './engine';
import { runQuery } from './engine';
import { exploreSeries, partnerRanking, tradePairs } from './explore-queries';
import { allFigures, allSources, bilateralTrade, canolaExports, exportShares, publicOpinion, tariffEvents } from './queries';

/** A query with fixed input, run the same way on any engine. */
export interface QuerySample {
	label: string;
	run(engine: QueryEngine): Promise<unknown[]>;
}

function sample<P, R>(def: QueryDef<P, R>, input: P, label = def.id): QuerySample {
	return { label, run: (engine) => runQuery(engine, def, input) };
}

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
	sample(exploreSeries, { reporter: 'CAN', partners: ['CHN', 'USA'], flow: 'exports', measure: 'share', side: 'reporter', from: 1990, to: 2025, base: 1990, currency: 'USD' }, 'explore (shares)'),
	sample(exploreSeries, { reporter: 'CAN', partners: ['CHN', 'USA'], flow: 'exports', measure: 'value', side: 'reporter', from: 2024, to: 2026, base: 2024, currency: 'CAD' }, 'explore (C$)'),
	sample(exploreSeries, { reporter: 'CAN', partners: ['CHN'], flow: 'balance', measure: 'change', side: 'partner', from: 1980, to: 2025, base: 1980, currency: 'USD' }, 'explore (mirror balance, change)'),
	sample(exploreSeries, { reporter: 'CHN', partners: ['CAN'], flow: 'total', measure: 'index', side: 'reporter', from: 1995, to: 2025, base: 2000, currency: 'USD' }, 'explore (index)'),
	sample(partnerRanking, { reporter: 'CAN', flow: 'imports', side: 'reporter', year: 2020, currency: 'USD' }),
	sample(partnerRanking, { reporter: 'CAN', flow: 'exports', side: 'partner', year: 2025, currency: 'USD' }, 'explore-ranking (mirror)')
];
