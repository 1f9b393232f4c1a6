/** Every French page renders whole in Chromium and passes axe-core (the English ones: pages.test.ts). */
import { describe, it } from 'vitest';
import { PAGE_CHECK, checkPage } from '../helpers/page-check';
import { PAGES, ENGLISH_PAGES, useSite } from '../helpers/site';

const site = useSite();

describe('every French page in Chromium', () => {
	it.each(PAGES.filter((p) => !ENGLISH_PAGES.includes(p)))(PAGE_CHECK, (path) => checkPage(site, path));
});
