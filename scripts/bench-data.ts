/**
 * npm run bench:data [-- --runs 3] [--raw <dir>] [--sizes 10000000,100000000] [--memory 480MB]
 * Times the data build and its peak memory as the median of several runs in fresh processes:
 * the default build (data/ alone), the same with a further raw directory if one is given, and
 * the default build plus SYNTHETIC rows in CEPII BACI's layout at each size (one run each), so
 * the growth of the cost with the rows read is visible. DuckDB's memory limit is printed with them;
 * `--memory` sets it for the synthetic builds (past it DuckDB spills to its temporary directory).
 * The synthetic builds run in a scratch copy of the project that names the synthetic source; they
 * write to a temporary directory and are never published.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STAGING_MEMORY } from './lib/staging';
import { median } from './lib/stats';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		raw: { type: 'string' },
		sizes: { type: 'string', default: '10000000,100000000' },
		memory: { type: 'string', default: STAGING_MEMORY }
	}
});
const runs = Number(values.runs);
const sizes = values.sizes === '' ? [] : values.sizes!.split(',').map(Number);

interface Run {
	/** The build, as the script itself times it (from its start). */
	ms: number;
	/** The whole process, from spawn to exit: what `npm run data` costs a person. */
	wallMs: number;
	maxRssKb: number;
}

function build(args: string[], memory = STAGING_MEMORY): Run {
	const out = mkdtempSync(join(tmpdir(), 'trade-lens-bench-'));
	const started = performance.now();
	const child = spawnSync(
		process.execPath,
		['--import', 'tsx', join(root, 'scripts', 'build-data.ts'), '--quiet', '--stats', '--out', out, ...args],
		{
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			env: { ...process.env, TRADE_LENS_DUCKDB_MEMORY: memory }
		}
	);
	const wallMs = performance.now() - started;
	rmSync(out, { recursive: true, force: true });
	if (child.status !== 0) throw new Error(`build failed:\n${child.stderr}${child.stdout}`);
	return { ...(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { ms: number; maxRssKb: number }), wallMs };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function report(label: string, results: Run[]): void {
	const wall = results.map((r) => r.wallMs);
	const mb = results.map((r) => r.maxRssKb / 1024);
	console.log(
		`${label.padEnd(40)} wall median ${s(median(wall))} (runs: ${wall.map(s).join(', ')}); build ${s(median(results.map((r) => r.ms)))}; peak RSS median ${median(mb).toFixed(0)} MB`
	);
}

console.log(`Data build benchmark, node ${process.version}, DuckDB memory_limit ${STAGING_MEMORY}, ${runs} runs of each full build`);
if (runs > 0)
	report(
		'default (data/ alone)',
		Array.from({ length: runs }, () => build([]))
	);
if (values.raw)
	report(
		`with --raw ${values.raw}`,
		Array.from({ length: runs }, () => build(['--raw', resolve(values.raw!)]))
	);

for (const rows of sizes) {
	const scratch = mkdtempSync(join(tmpdir(), 'trade-lens-baci-'));
	try {
		cpSync(join(root, 'data'), join(scratch, 'data'), { recursive: true });
		appendFileSync(
			join(scratch, 'data', 'sources.csv'),
			'synthetic_baci,dataset,"SYNTHETIC rows in CEPII BACI\'s layout, for benchmarks only",Trade Lens,,,,"Not data: made up for a benchmark","Synthetic: not real trade figures",\n'
		);
		const dir = join(scratch, 'baci');
		const made = spawnSync(
			process.execPath,
			['--import', 'tsx', join(root, 'scripts', 'make-synthetic-baci.ts'), '--rows', String(rows), '--out', dir],
			{ cwd: root, encoding: 'utf8' }
		);
		if (made.status !== 0) throw new Error(`synthetic data failed:\n${made.stderr}`);
		report(`default + ${rows.toLocaleString('en')} synthetic BACI rows, memory_limit ${values.memory}`, [
			build(['--root', scratch, '--raw', dir], values.memory)
		]);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
