import type { PageLoad } from './$types';

/**
 * The world's shapes join the page's data here, in a universal load, so they are never written into
 * the page's hydration data: prerendering draws the map's paths from them, and the browser computes
 * them again from the world-shapes chunk, one hashed file that is fetched once and cached.
 */
export const load: PageLoad = async ({ data }) => ({ ...data, shapes: (await import('$lib/charts/world-shapes')).worldShapes() });
