import type { Manifest } from '$lib/schema/manifest';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch('/data/manifest.json');
	if (!response.ok) throw new Error(`static/data/manifest.json is missing (${response.status}): run npm run data`);
	return { manifest: (await response.json()) as Manifest };
};
