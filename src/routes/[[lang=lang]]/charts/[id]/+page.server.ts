import { error } from '@sveltejs/kit';
import { querySql } from '$lib/data/query-text';
import { chartStoryData } from '$lib/server/built-tables';
import { CHART_IDS, chartDef, isChartId } from '$lib/story/registry';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chart, in English (no prefix) and in French. */
export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { lang: 'fr', id }]);

export const load: PageServerLoad = async ({ params }) => {
	const id = params.id;
	if (!isChartId(id)) error(404, `There is no chart called ${id}`);
	return { id, story: await chartStoryData(), queries: chartDef(id).queries.map(querySql) };
};
