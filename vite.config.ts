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
		include: ['tests/**/*.test.ts'],
		reporters: ['default', './tests/summary-reporter.ts'],
		environment: 'node',
		testTimeout: 120_000,
		hookTimeout: 300_000,
		pool: 'forks',
		fileParallelism: false
	}
});
