import { runQuery } from '$lib/data/engine';
import { exploreSeries, partnerRanking, tradePairs, type ExploreInput } from '$lib/data/explore-queries';
import { rankingInput } from '$lib/explore/ranking-chart';
import { allSources } from '$lib/data/queries';
import { addPairs, NO_CHOICES, packChoices, yearsOf } from '$lib/explore/choices';
import { nodeEngine } from '$lib/server/node-engine';
import type { PageServerLoad } from './$types';

/** The explorer's choices come from the data; the default view is Canada's exports to China and the US. */
export const load: PageServerLoad = async () => {
	const engine = await nodeEngine();
	const pairs = await runQuery(engine, tradePairs, undefined);
	const choices = addPairs(NO_CHOICES, pairs);
	const { partners } = choices;
	const usd = yearsOf(choices, 'USD');
	const reporter = choices.reporters.includes('CAN') ? 'CAN' : choices.reporters[0];
	const wanted = ['CHN', 'USA'].filter((p) => partners[reporter]?.includes(p));
	const defaults: ExploreInput = {
		reporter,
		partners: wanted.length ? wanted : (partners[reporter] ?? []).slice(0, 2),
		flow: 'exports',
		measure: 'value',
		side: 'reporter',
		currency: 'USD',
		layout: 'lines',
		from: usd[0],
		to: usd[1],
		base: usd[0]
	};
	const rows = await runQuery(engine, exploreSeries, defaults);
	const ranking = await runQuery(engine, partnerRanking, rankingInput(defaults));
	const cited = new Set(pairs.flatMap((p) => p.sourceIds));
	const sources = (await runQuery(engine, allSources, undefined)).filter((s) => cited.has(s.sourceId));
	return { choices: packChoices(choices), defaults, rows, ranking, sources };
};
