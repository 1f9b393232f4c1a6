import { runQuery } from '$lib/data/engine';
import { exploreSeries, partnerRanking, tradePairs } from '$lib/data/explore-queries';
import type { ExploreView } from '$lib/explore/explore-view';
import { countryList } from '$lib/data/country-queries';
import { partnerMeasures } from '$lib/data/indicator-queries';
import { rankingInput } from '$lib/explore/ranking-chart';
import { allSources } from '$lib/data/queries';
import { addPairs, NO_CHOICES, packChoices, yearsOf } from '$lib/explore/choices';
import { atlasQuestion } from '$lib/explore/atlas-values';
import type { AtlasSeed } from '$lib/explore/atlas-data.svelte';
import { nodeEngine } from '$lib/server/built-tables';
import type { PageServerLoad } from './$types';

/**
 * The explorer's choices come from the data; the default view is Canada's exports to China and the
 * US, and the default map and table every economy's exports to China in the latest year most
 * economies report.
 */
export const load: PageServerLoad = async ({ params }) => {
	const engine = await nodeEngine();
	const pairs = await runQuery(engine, tradePairs, undefined);
	const choices = addPairs(NO_CHOICES, pairs);
	const { partners } = choices;
	const usd = yearsOf(choices, 'USD');
	const reporter = choices.reporters.includes('CAN') ? 'CAN' : choices.reporters[0];
	const wanted = ['CHN', 'USA'].filter((p) => partners[reporter]?.includes(p));
	const partnersChosen = wanted.length ? wanted : (partners[reporter] ?? []).slice(0, 2);
	// The map's year: the one most reporters' figures end in (the IMF's last), not a year one publisher alone has.
	const ends = new Map<number, number>();
	for (const p of pairs) ends.set(p.lastYear, (ends.get(p.lastYear) ?? 0) + 1);
	const year = [...ends].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? usd[1];
	const defaults: ExploreView = {
		reporter,
		partners: partnersChosen,
		flow: 'exports',
		measure: 'value',
		side: 'reporter',
		currency: 'USD',
		layout: 'lines',
		from: usd[0],
		to: usd[1],
		base: usd[0],
		tab: 'chart',
		year,
		period: 'year'
	};
	const rows = await runQuery(engine, exploreSeries, defaults);
	const ranking = await runQuery(engine, partnerRanking, rankingInput(defaults));
	const cited = new Set(pairs.flatMap((p) => p.sourceIds));
	const sources = (await runQuery(engine, allSources, undefined)).filter((s) => cited.has(s.sourceId));
	// Every economy's name in the page's language comes from the countries table.
	const french = params.lang === 'fr';
	const table = await runQuery(engine, countryList, undefined);
	const names = Object.fromEntries(table.map((c) => [c.code, french ? c.nameFr : c.nameEn]));
	const countries = table.map(({ code, numeric, region, income, aggregate }) => ({ code, numeric, region, income, aggregate }));
	// The prerendered map and table: the default year alone (the browser asks DuckDB for the others).
	const question = atlasQuestion(defaults);
	const measures = await runQuery(engine, partnerMeasures, { partner: question.partner, flow: question.flow, currency: question.currency });
	const atlas: AtlasSeed = { key: question.key, year, rows: { partner: measures.filter((r) => r.year === year) } };
	return { choices: packChoices(choices), defaults, rows, ranking, sources, countries, names, atlas };
};
