/**
 * npm run data [-- --raw <dir>] [--out <dir>] [--root <dir>]
 * Builds static/data/ from data/ (curated CSVs and the official tables in data/raw), and from the
 * further raw files in <dir>, if given.
 * Exits non-zero, leaving static/data/ as it was, when any input is invalid.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from './lib/build';

const { values } = parseArgs({
	options: {
		raw: { type: 'string' },
		root: { type: 'string' },
		out: { type: 'string' },
		quiet: { type: 'boolean', default: false },
		stats: { type: 'boolean', default: false }
	}
});

// --root: another project root with its own data/ (the benchmarks build a scratch copy).
const root = values.root ? resolve(values.root) : resolve(import.meta.dirname, '..');
const started = Date.now();
const say = values.quiet ? () => {} : (line: string) => console.log(line);
say(`Building Trade Lens data from data/${values.raw ? ` and ${values.raw}` : ''}`);

const result = await buildData({
	root,
	extraRaw: values.raw ? resolve(values.raw) : undefined,
	outDir: values.out ? resolve(values.out) : undefined,
	log: say
});

if (!result.ok) {
	console.error(`Data build failed: ${result.problemCount} problem(s). Nothing in the output directory was changed.`);
	for (const line of result.problems) console.error(`  ${line}`);
	process.exit(1);
}
for (const level of result.impliedLevels) {
	say(
		`  check ${level.figureId}: implies ${(level.impliedPrevious / 1e9).toFixed(2)} billion a year earlier${level.series === undefined ? '' : `; series has ${(level.series / 1e9).toFixed(2)} billion`}`
	);
}
for (const t of result.manifest!.tables)
	say(`  ${t.file.padEnd(24)} ${String(t.rows).padStart(9)} rows ${String(t.bytes).padStart(10)} bytes`);
say(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (values.stats) console.log(JSON.stringify({ ms: Date.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
