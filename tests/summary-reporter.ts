/**
 * Prints one plain closing line, "N passed, N failed, N skipped", after vitest's own report, and
 * each project's test time. Writes the counts and times to test-results/summary.json, from which
 * `npm test` prints its phases and then the same closing line last.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export interface TestSummary {
	passed: number;
	failed: number;
	skipped: number;
	/** Per project: its files and the time they ran, summed (files run two at a time, so these overlap). */
	projects: Record<string, { files: number; ms: number }>;
}

export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
		const summary: TestSummary = { passed: 0, failed: 0, skipped: 0, projects: {} };
		for (const module of testModules) {
			const project = (summary.projects[module.project.name || 'tests'] ??= { files: 0, ms: 0 });
			project.files++;
			project.ms += module.diagnostic().duration;
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') summary.passed++;
				else if (state === 'failed') summary.failed++;
				else summary.skipped++;
			}
		}
		for (const [name, p] of Object.entries(summary.projects))
			console.log(`${name}: ${p.files} files, ${(p.ms / 1000).toFixed(1)} s of test time`);
		mkdirSync('test-results', { recursive: true });
		writeFileSync(join('test-results', 'summary.json'), JSON.stringify(summary));
		console.log(`\n${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
	}
}
