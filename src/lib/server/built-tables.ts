/** The built tables as pages read them while prerendering: one Node query engine per build process, on the built Parquet, and the story's data queried once. */
import { join } from 'node:path';
import { NodeEngine } from '$lib/data/node-engine';
import { storyForCharts } from '$lib/story/figure-usage';
import { loadStoryData, type StoryData } from '$lib/story/story-data';

let engine: Promise<NodeEngine> | undefined;
let story: Promise<StoryData> | undefined;
let chartStory: Promise<StoryData> | undefined;

export function nodeEngine(): Promise<NodeEngine> {
	engine ??= NodeEngine.open(join(process.cwd(), 'static', 'data'));
	return engine;
}

/** The story's data, queried once per build from static/data. */
export function storyData(): Promise<StoryData> {
	story ??= nodeEngine().then(loadStoryData);
	return story;
}

/** What the chart pages hydrate with: trimmed once per build, not once per page. */
export function chartStoryData(): Promise<StoryData> {
	chartStory ??= storyData().then(storyForCharts);
	return chartStory;
}
