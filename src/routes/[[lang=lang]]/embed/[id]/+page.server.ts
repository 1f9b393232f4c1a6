import { error } from '@sveltejs/kit';
import { storyData } from '$lib/server/built-tables';
import { storyForChart } from '$lib/story/figure-usage';
import { CHART_IDS, isChartId } from '$lib/story/registry';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every chart, in English (no prefix) and in French. */
export const entries: EntryGenerator = () => CHART_IDS.flatMap((id) => [{ id }, { lang: 'fr', id }]);

export const load: PageServerLoad = async ({ params }) => {
	const id = params.id;
	if (!isChartId(id)) error(404, `There is no chart called ${id}`);
	// The page hydrates with its own chart's data alone: it is inline in the HTML, before the first paint.
	return { id, story: storyForChart(await storyData(), id) };
};
