import { storyData } from '$lib/server/node-engine';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ sources: (await storyData()).sources });
