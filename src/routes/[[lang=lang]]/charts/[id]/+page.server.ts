import { error } from '@sveltejs/kit';
import { querySql } from '$lib/data/query-text';
import { chartStoryData } from '$lib/server/node-engine';
import { CHART_IDS, CHART_QUERIES, isChartId } from '$lib/story/chart-ids';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chart, in English (no prefix) and in French. */
export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { lang: 'fr', id }]);

export const load: PageServerLoad = async ({ params }) => {
	if (!isChartId(params.id)) error(404, `There is no chart called ${params.id}`);
	return { id: params.id, story: await chartStoryData(), queries: CHART_QUERIES[params.id].map(querySql) };
};
