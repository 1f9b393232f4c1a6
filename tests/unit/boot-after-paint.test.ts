/** The start of every page deferred past its first paint: SvelteKit's start script, rewritten at build time. */
import { describe, expect, it } from 'vitest';
import { bootAfterPaint } from '../../src/lib/server/boot-after-paint';

const KIT_START = `<script>
	{
		__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.abc.js"),
			import("./_app/immutable/entry/app.def.js")
		]).then(([kit, app]) => { kit.start(app, element, { node_ids: [0, 2], data: [null, null] }); });
	}
</script>`;

describe('bootAfterPaint', () => {
	it('makes both entry imports wait for a painted frame (at once in a hidden tab), and leaves the rest as it was', () => {
		const out = bootAfterPaint(`<body>${KIT_START}</body>`);
		expect(out).toContain('const painted = new Promise((r) => (document.hidden ? r() : requestAnimationFrame(() => setTimeout(r))));');
		expect(out).toContain('painted.then(() => import("./_app/immutable/entry/start.abc.js"))');
		expect(out).toContain('painted.then(() => import("./_app/immutable/entry/app.def.js"))');
		expect(
			out.replace(/const painted = [^\n]*? Promise\.all/, 'Promise.all').replace(/painted\.then\(\(\) => (import\("[^"]+"\))\)/g, '$1')
		).toBe(`<body>${KIT_START}</body>`);
		// The rewritten script still parses.
		expect(() => new Function(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1))).not.toThrow();
	});

	it('fails the build when the start script is not the one it knows, rather than ship a page that never starts', () => {
		expect(() => bootAfterPaint('<body><p>no script</p></body>')).toThrow(/expected SvelteKit's start script/);
		expect(() => bootAfterPaint(KIT_START.replace('import("./_app/immutable/entry/app.def.js")', 'import("./other.js")'))).toThrow(
			/found 1 and 1/
		);
	});
});
