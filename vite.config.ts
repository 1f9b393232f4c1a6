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
		 * Three projects, a folder each: `tests/unit` (no built data, seconds), `tests/data` (the real
		 * build, its Parquet and both engines) and `tests/browser` (the built site in Chromium, each file
		 * on a port of its own); a test file's folder is its project. Files run
		 * side by side, two at a time on this 2-core machine.
		 */
		maxWorkers: 2,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'data', include: ['tests/data/**/*.test.ts'] } },
			{ extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'] } }
		]
	}
});
