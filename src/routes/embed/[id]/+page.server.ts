import { error } from '@sveltejs/kit';
import { chartStoryData } from '$lib/server/node-engine';
import { CHART_IDS, isChartId } from '$lib/story/chart-ids';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => CHART_IDS.map((id) => ({ id }));

export const load: PageServerLoad = async ({ params }) => {
	if (!isChartId(params.id)) error(404, `There is no chart called ${params.id}`);
	return { id: params.id, story: await chartStoryData() };
};
