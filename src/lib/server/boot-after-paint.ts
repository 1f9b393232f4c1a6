/**
 * SvelteKit starts a page from an inline script that imports its entry modules at once: their
 * fetching and compiling then compete with the first paint. Every page here is prerendered whole,
 * so the reader can see it before any JavaScript runs; this rewrite makes the start wait for the
 * first frame to be painted (a frame, then a task). A page in a hidden tab starts at once, as a
 * frame may never come there.
 */

const START = 'Promise.all([';
const ENTRY_IMPORT = /import\(("[^"]*\/_app\/immutable\/entry\/[^"]+\.js")\)/g;
const PAINTED = 'const painted = new Promise((r) => (document.hidden ? r() : requestAnimationFrame(() => setTimeout(r))));';

/** The page with its start deferred past the first paint; a page whose start script is not the expected one is an error, never a silent change. */
export function bootAfterPaint(html: string): string {
	const starts = html.split(START).length - 1;
	const imports = [...html.matchAll(ENTRY_IMPORT)].length;
	if (starts !== 1 || imports !== 2)
		throw new Error(`boot-after-paint: expected SvelteKit's start script (1 Promise.all, 2 entry imports), found ${starts} and ${imports}`);
	return html.replace(START, `${PAINTED} ${START}`).replace(ENTRY_IMPORT, 'painted.then(() => import($1))');
}
