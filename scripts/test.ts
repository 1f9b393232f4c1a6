/**
 * npm test: every check of the project, phase by phase, each one timed. The data build; SvelteKit's
 * sync; lint, types and the site build side by side; then every test (the unit, data and browser
 * projects). Stops at the first phase that fails. Ends with each phase's time on this machine and
 * the tests' plain closing line ("N passed, N failed, N skipped").
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestSummary } from '../tests/summary-reporter';

const SUMMARY = join('test-results', 'summary.json');
const phases: { name: string; ms: number }[] = [];

/** Runs one phase (an npm script, or a command with arguments), timed; exits with its code if it fails. */
async function phase(name: string, command: string, args: string[]): Promise<void> {
	const started = performance.now();
	const code = await new Promise<number>((done) => spawn(command, args, { stdio: 'inherit' }).on('close', (c) => done(c ?? 1)));
	phases.push({ name, ms: performance.now() - started });
	if (code !== 0) {
		report();
		console.log(`\n${name} failed (exit ${code}).`);
		process.exit(code);
	}
}

function report(): void {
	const total = phases.reduce((sum, p) => sum + p.ms, 0);
	console.log('\nPhases of npm test on this machine:');
	for (const p of phases) console.log(`  ${p.name.padEnd(34)} ${(p.ms / 1000).toFixed(1).padStart(6)} s`);
	console.log(`  ${'total'.padEnd(34)} ${(total / 1000).toFixed(1).padStart(6)} s`);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
rmSync(SUMMARY, { force: true });
await phase('data (npm run data)', npm, ['run', 'data']);
await phase('sync (svelte-kit sync)', npx, ['svelte-kit', 'sync']);
await phase('lint, types and build, side by side', npx, [
	'concurrently',
	'--group',
	'--timings',
	'--kill-others-on-fail',
	'--names',
	'lint,types,build',
	'npm:lint:code',
	'npm:check:types',
	'npm:build'
]);
await phase('tests (unit, data, browser)', npx, ['vitest', 'run']);
report();
if (existsSync(SUMMARY)) {
	const s = JSON.parse(readFileSync(SUMMARY, 'utf8')) as TestSummary;
	for (const [name, p] of Object.entries(s.projects))
		console.log(`  ${`  ${name} project`.padEnd(34)} ${(p.ms / 1000).toFixed(1).padStart(6)} s of test time, ${p.files} files`);
	console.log(`\n${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
}
