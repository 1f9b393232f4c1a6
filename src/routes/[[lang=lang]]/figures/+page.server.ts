import { storyData } from '$lib/server/built-tables';
import { chartsByFigure } from '$lib/story/figure-usage';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const story = await storyData();
	return { figures: story.figures, sources: story.sources, charts: chartsByFigure(story) };
};
