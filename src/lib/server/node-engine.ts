/** The Node query engine used while prerendering: one per build process, on the built Parquet. */
import { join } from 'node:path';
import { NodeEngine } from '$lib/data/node-engine';
import { loadStoryData, type StoryData } from '$lib/story/story-data';

let engine: Promise<NodeEngine> | undefined;
let story: Promise<StoryData> | undefined;

export function nodeEngine(): Promise<NodeEngine> {
	engine ??= NodeEngine.open(join(process.cwd(), 'static', 'data'));
	return engine;
}

/** The story's data, queried once per build from static/data. */
export function storyData(): Promise<StoryData> {
	story ??= nodeEngine().then(loadStoryData);
	return story;
}
