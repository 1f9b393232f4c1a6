import { chartStoryData } from '$lib/server/built-tables';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ story: await chartStoryData() });
