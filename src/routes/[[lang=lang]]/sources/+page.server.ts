import { storyData } from '$lib/server/built-tables';
import type { Manifest } from '$lib/schema/manifest';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
	const response = await fetch('/data/manifest.json');
	if (!response.ok) throw new Error(`static/data/manifest.json is missing (${response.status}): run npm run data`);
	const manifest = (await response.json()) as Manifest;
	return { sources: (await storyData()).sources, files: manifest.raw };
};
