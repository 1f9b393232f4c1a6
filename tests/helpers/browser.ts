/** A page in Chromium that records console errors and every request to a host other than the site. */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface WatchedPage {
	page: Page;
	context: BrowserContext;
	consoleErrors: string[];
	foreignRequests: string[];
	requests: string[];
}

export async function watchedPage(
	browser: Browser,
	origin: string,
	options: { javaScriptEnabled?: boolean; width?: number; acceptDownloads?: boolean } = {}
): Promise<WatchedPage> {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: options.width ?? 1100, height: 900 },
		acceptDownloads: options.acceptDownloads ?? false
	});
	const page = await context.newPage();
	const watched: WatchedPage = { page, context, consoleErrors: [], foreignRequests: [], requests: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') watched.consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => watched.consoleErrors.push(e.message));
	context.on('request', (r) => {
		const url = r.url();
		watched.requests.push(url);
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watched.foreignRequests.push(url);
	});
	return watched;
}
