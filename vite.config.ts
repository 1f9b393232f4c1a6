import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
