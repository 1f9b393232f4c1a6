import type { ClientInit } from '@sveltejs/kit';

/**
 * Hydration waits for the first paint. Every page is prerendered whole, so the reader sees it at once;
 * the page becomes interactive a frame later, instead of the first paint waiting for hydration.
 */
export const init: ClientInit = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
