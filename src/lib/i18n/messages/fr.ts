/**
 * Tous les textes du site, en français canadien, un catalogue par fonction : les mêmes clés que
 * `en.ts`, les mêmes paramètres `{nom}`. Espace insécable avant le deux-points et dans les guillemets.
 */
import { checkFr } from './check-fr';
import { siteFr } from './site-fr';
import { storyFr } from './story-fr';
import { exploreFr } from './explore-fr';
import { ownDataFr } from './own-data-fr';
import { presentFr } from './present-fr';
import type { MessageKey } from './en';

export const fr: Record<MessageKey, string> = {
	...checkFr,
	...siteFr,
	...storyFr,
	...exploreFr,
	...ownDataFr,
	...presentFr
};
