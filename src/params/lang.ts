import type { ParamMatcher } from '@sveltejs/kit';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locale';

/** `[[lang=lang]]`: a language prefix other than the default one (English has none). */
export const match: ParamMatcher = (param) => isLocale(param) && param !== DEFAULT_LOCALE;
