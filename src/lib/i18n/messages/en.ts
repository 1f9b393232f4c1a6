/**
 * Every word the site shows, in English, one catalogue per feature: the site itself, the story's
 * charts, the explorer, a person's own file, the slide deck and the article checker. `messages/fr.ts`
 * holds the same keys in French. `{name}` is filled in from parameters.
 */
import { checkEn } from './check-en';
import { siteEn } from './site-en';
import { storyEn } from './story-en';
import { exploreEn } from './explore-en';
import { ownDataEn } from './own-data-en';
import { presentEn } from './present-en';

export const en = {
	...checkEn,
	...siteEn,
	...storyEn,
	...exploreEn,
	...ownDataEn,
	...presentEn
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
