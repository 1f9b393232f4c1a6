import { storyData } from '$lib/server/node-engine';
import { storyForCharts } from '$lib/story/figure-usage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ story: storyForCharts(await storyData()) });
