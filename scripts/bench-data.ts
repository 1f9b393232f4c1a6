/**
 * npm run bench:data [-- --runs 3] [--raw <dir>]
 * Times the data build and its peak memory, without and with the raw official tables
 * (default raw directory: ../shared/data/raw), as the median of several runs in fresh processes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './lib/stats';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, raw: { type: 'string' } } });
const runs = Number(values.runs);
const raw = resolve(values.raw ?? join(root, '..', 'shared', 'data', 'raw'));


function run(args: string[]): { ms: number; maxRssKb: number } {
	const out = mkdtempSync(join(tmpdir(), 'trade-lens-bench-'));
	const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-data.ts'), '--quiet', '--stats', '--out', out, ...args], {
		cwd: root,
		encoding: 'utf8'
	});
	rmSync(out, { recursive: true, force: true });
	if (child.status !== 0) throw new Error(`build failed:\n${child.stderr}`);
	return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { ms: number; maxRssKb: number };
}

function bench(label: string, args: string[]): void {
	const results = Array.from({ length: runs }, () => run(args));
	const ms = results.map((r) => r.ms);
	const mb = results.map((r) => r.maxRssKb / 1024);
	console.log(
		`${label.padEnd(34)} median ${(median(ms) / 1000).toFixed(2)} s (runs: ${ms.map((m) => (m / 1000).toFixed(2)).join(', ')})  peak RSS median ${median(mb).toFixed(0)} MB`
	);
}

console.log(`Data build benchmark, ${runs} runs each, node ${process.version}`);
bench('embedded default (no --raw)', []);
if (existsSync(raw)) bench(`with --raw ${raw}`, ['--raw', raw]);
else console.log(`(no raw directory at ${raw}: skipped the --raw build)`);
