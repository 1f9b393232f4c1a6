import { sveltekit } from '@sveltejs/kit/vite';
import compression from 'compression';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `vite preview` compresses text like any static host would, so measured transfer sizes are
 * realistic. WebAssembly is left alone: compressing 34 MB on every request would dominate the
 * timings (hosts precompress it), and Parquet is compressed already.
 */
const compressPreview: Plugin = {
	name: 'trade-lens:compress-preview',
	configurePreviewServer(server) {
		const compress = compression({ filter: (req, res) => !/\.(wasm|parquet)(\?|$)/.test(req.url ?? '') && compression.filter(req, res) });
		// compression is typed for Express; its (req, res, next) signature is Connect's.
		server.middlewares.use(compress as unknown as Connect.NextHandleFunction);
	}
};

/** Tests that need neither the built data nor a browser. */
const UNIT = [
	'arrow-columns',
	'atlas',
	'boot-after-paint',
	'chart-models',
	'chart-render',
	'check-card',
	'check-claims',
	'check-economies',
	'check-numbers',
	'check-report',
	'embed',
	'i18n',
	'kept',
	'layers',
	'map-model',
	'mapping-doc',
	'partner-options',
	'test-hygiene',
	'present',
	'schema',
	'view-export'
].map((name) => `tests/${name}.test.ts`);

export default defineConfig({
	plugins: [compressPreview, sveltekit()],
	test: {
		reporters: ['default', './tests/summary-reporter.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 300_000,
		pool: 'forks',
		/**
		 * Files share their worker's module cache (a second of imports per file otherwise): no helper
		 * keeps state another file could see, and each file serves and browses on its own.
		 */
		isolate: false,
		/**
		 * Three projects: `unit` (no built data, seconds), `data` (the real build, its Parquet and both
		 * engines) and `browser` (the built site in Chromium, each file on a port of its own). Files run
		 * side by side, two at a time on this 2-core machine.
		 */
		maxWorkers: 2,
		projects: [
			{ extends: true, test: { name: 'unit', include: UNIT } },
			{ extends: true, test: { name: 'data', include: ['tests/*.test.ts'], exclude: UNIT } },
			{ extends: true, test: { name: 'browser', include: ['tests/browser/*.test.ts'] } }
		]
	}
});
