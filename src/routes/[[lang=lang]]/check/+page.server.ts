import { runQuery } from '$lib/data/engine';
import { aliasList, countryList } from '$lib/data/country-queries';
import { allSources } from '$lib/data/queries';
import { nodeEngine } from '$lib/server/built-tables';
import type { PageServerLoad } from './$types';

/** The words the checker finds economies by (the countries and aliases tables) and the sources' titles for its source lines. */
export const load: PageServerLoad = async () => {
	const engine = await nodeEngine();
	const countries = await runQuery(engine, countryList, undefined);
	const aliases = await runQuery(engine, aliasList, undefined);
	const sources = await runQuery(engine, allSources, undefined);
	return {
		economies: countries.map(({ code, nameEn, nameFr, aggregate, former }) => ({ code, nameEn, nameFr, aggregate, former })),
		aliases,
		sources: sources.map(({ sourceId, title, kind }) => ({ sourceId, title, kind }))
	};
};
