/**
 * The page's language, given by the layout to every component below it. A box with a getter, so
 * a component reading `lang.current` follows a client-side move between `/` and `/fr/`.
 */
import { getContext, setContext } from 'svelte';
import { ENGLISH, type Lang } from './lang';

const KEY = Symbol('trade-lens:lang');

export interface LangBox {
	readonly current: Lang;
}

export function provideLang(current: () => Lang): LangBox {
	const box: LangBox = {
		get current() {
			return current();
		}
	};
	setContext(KEY, box);
	return box;
}

/** The language given above; English where none was (a component rendered on its own, in tests). */
export const useLang = (): LangBox => getContext<LangBox | undefined>(KEY) ?? { current: ENGLISH };

/** The context map that gives `current` to a component rendered on its own (tests, `svelte/server`). */
export const langContext = (current: Lang): Map<symbol, LangBox> => new Map([[KEY, { current }]]);
