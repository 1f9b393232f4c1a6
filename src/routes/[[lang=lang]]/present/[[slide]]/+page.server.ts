import { error } from '@sveltejs/kit';
import { chartStoryData } from '$lib/server/built-tables';
import { SLIDES } from '$lib/present/slides';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/present` (the first slide) and `/present/1` … `/present/<n>`, a slide for each of the story's charts, in English and in French. */
export const entries: EntryGenerator = () =>
	[undefined, 'fr'].flatMap((lang) => [{ lang }, ...SLIDES.map((_, i) => ({ lang, slide: String(i + 1) }))]);

export const load: PageServerLoad = async ({ params }) => {
	const slide = params.slide === undefined ? 1 : Number(params.slide);
	if (!Number.isInteger(slide) || slide < 1 || slide > SLIDES.length) error(404, `There is no slide ${params.slide}`);
	return { slide, story: await chartStoryData() };
};
