import type { Handle } from '@sveltejs/kit';
import { LOCALE_TAG, splitLocale } from '$lib/i18n/locale';
import { bootAfterPaint } from '$lib/server/boot-after-paint';

/**
 * `<html lang>` of every page, prerendered ones included, from the language in its path. No page
 * preloads JavaScript, and each starts its JavaScript once its first frame has painted: every page
 * is prerendered whole, so the reader sees it first.
 */
export const handle: Handle = ({ event, resolve }) => {
	const { locale } = splitLocale(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) => bootAfterPaint(html.replace('%trade-lens.lang%', LOCALE_TAG[locale])),
		preload: ({ type }) => type === 'css' || type === 'font'
	});
};
