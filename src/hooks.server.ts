import type { Handle } from '@sveltejs/kit';
import { LOCALE_TAG, splitLocale } from '$lib/i18n/locale';

/** An embed sits in another site's page: its JavaScript is fetched when it starts, after the chart has painted, never ahead of it. */
const isEmbed = (path: string) => /^\/(fr\/)?embed\//.test(path);

/** `<html lang>` of every page, prerendered ones included, from the language in its path; embeds preload no JavaScript. */
export const handle: Handle = ({ event, resolve }) => {
	const { locale } = splitLocale(event.url.pathname);
	const embed = isEmbed(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%trade-lens.lang%', LOCALE_TAG[locale]),
		preload: ({ type }) => (embed ? type === 'css' || type === 'font' : type === 'js' || type === 'css')
	});
};
