import { chartStoryData } from '$lib/server/node-engine';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ story: await chartStoryData() });
