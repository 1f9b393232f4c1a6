/** The Node query engine used while prerendering: one per build process, on the built Parquet. */
import { join } from 'node:path';
import { NodeEngine } from '$lib/data/node-engine';
import { loadStoryData, type StoryData } from '$lib/story/story-data';

let story: Promise<StoryData> | undefined;

/** The story's data, queried once per build from static/data. */
export function storyData(): Promise<StoryData> {
	story ??= NodeEngine.open(join(process.cwd(), 'static', 'data')).then(async (engine) => {
		try {
			return await loadStoryData(engine);
		} finally {
			engine.close();
		}
	});
	return story;
}
