import type { Handle } from '@sveltejs/kit';
import { LOCALE_TAG, splitLocale } from '$lib/i18n/locale';

/** `<html lang>` of every page, prerendered ones included, from the language in its path. */
export const handle: Handle = ({ event, resolve }) => {
	const { locale } = splitLocale(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%trade-lens.lang%', LOCALE_TAG[locale]) });
};
