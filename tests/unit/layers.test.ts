/**
 * The layer rules of .dependency-cruiser.cjs, run on a small tree written for the test: an import
 * that points up the line fails, the same import pointing down passes. (`npm test` runs the rules
 * on src/ itself.)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/project';

const scratch = mkdtempSync(join(tmpdir(), 'trade-lens-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes the files of a tree and runs the project's rules on it. */
function cruise(name: string, files: Record<string, string>): { status: number | null; out: string } {
	const root = join(scratch, name);
	for (const [path, text] of Object.entries({ 'tsconfig.json': '{}', ...files })) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	for (const config of ['.dependency-cruiser.cjs', '.dependency-cruiser.resolve.cjs']) copyFileSync(join(ROOT, config), join(root, config));
	const run = spawnSync(
		process.execPath,
		[
			join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
			'src',
			'--config',
			'.dependency-cruiser.cjs',
			'--output-type',
			'err'
		],
		{ cwd: root, encoding: 'utf8' }
	);
	return { status: run.status, out: run.stdout + run.stderr };
}

describe('layers', () => {
	it('an import up the line fails: schema importing charts', () => {
		const { status, out } = cruise('up', {
			'src/lib/charts/scale.ts': 'export const scale = 2;\n',
			'src/lib/schema/columns.ts': "import { scale } from '$lib/charts/scale';\nexport const width = scale;\n"
		});
		expect(status).not.toBe(0);
		expect(out).toContain('no-upward-from-schema: src/lib/schema/columns.ts → src/lib/charts/scale.ts');
	});

	it('the same pair the other way passes', () => {
		const { status, out } = cruise('down', {
			'src/lib/schema/columns.ts': 'export const width = 2;\n',
			'src/lib/charts/scale.ts': "import { width } from '$lib/schema/columns';\nexport const scale = width;\n"
		});
		expect(out).toContain('no dependency violations');
		expect(status).toBe(0);
	});

	it('a feature importing another feature fails; importing the story passes', () => {
		const { status, out } = cruise('features', {
			'src/lib/story/registry.ts': 'export const ids = [];\n',
			'src/lib/export/csv.ts': "import { ids } from '$lib/story/registry';\nexport const csv = ids;\n",
			'src/lib/explore/view.ts': "import { csv } from '$lib/export/csv';\nexport const view = csv;\n"
		});
		expect(status).not.toBe(0);
		expect(out).toContain('no-cross-feature: src/lib/explore/view.ts → src/lib/export/csv.ts');
		expect(out).not.toContain('src/lib/export/csv.ts → src/lib/story/registry.ts');
	});

	it('schema and data may name message keys (types) but never word a message', () => {
		const { status, out } = cruise('words', {
			'src/lib/i18n/translate.ts': "export type MessageKey = 'a';\nexport const translator = () => (k: MessageKey) => k;\n",
			'src/lib/data/keys.ts': "import type { MessageKey } from '$lib/i18n/translate';\nexport const key: MessageKey = 'a';\n",
			'src/lib/data/words.ts': "import { translator } from '$lib/i18n/translate';\nexport const text = translator()('a');\n"
		});
		expect(status).not.toBe(0);
		expect(out).toContain('no-runtime-i18n-below-i18n: src/lib/data/words.ts → src/lib/i18n/translate.ts');
		expect(out).not.toContain('src/lib/data/keys.ts');
	});

	it('routes compose: a route importing a util or a chart model fails; importing a feature passes', () => {
		const { status, out } = cruise('routes', {
			'src/lib/util/after-paint.ts': 'export const afterPaint = () => 1;\n',
			'src/lib/charts/line-model.ts': 'export const model = 1;\n',
			'src/lib/explore/ExplorePage.ts': 'export const page = 1;\n',
			'src/routes/explore/page.ts':
				"import { afterPaint } from '$lib/util/after-paint';\nimport { model } from '$lib/charts/line-model';\nimport { page } from '$lib/explore/ExplorePage';\nexport const x = afterPaint() + model + page;\n"
		});
		expect(status).not.toBe(0);
		expect(out).toContain('routes-compose-features: src/routes/explore/page.ts → src/lib/util/after-paint.ts');
		expect(out).toContain('routes-compose-features: src/routes/explore/page.ts → src/lib/charts/line-model.ts');
		expect(out).not.toContain('src/lib/explore/ExplorePage.ts');
	});

	it('server/ is read by *.server.ts files alone, the Node engine by server/ alone, and app/ and server/ import neither each other', () => {
		const { status, out } = cruise('server', {
			'src/lib/data/node-engine.ts': 'export const engine = 1;\n',
			'src/lib/server/tables.ts': "import { engine } from '$lib/data/node-engine';\nexport const tables = engine;\n",
			'src/lib/app/Slide.ts': "import { tables } from '$lib/server/tables';\nexport const slide = tables;\n",
			'src/lib/explore/engine.ts': "import { engine } from '$lib/data/node-engine';\nexport const e = engine;\n",
			'src/routes/page.server.ts': "import { tables } from '$lib/server/tables';\nexport const load = () => tables;\n",
			'src/routes/page.ts': "import { tables } from '$lib/server/tables';\nexport const load = () => tables;\n"
		});
		expect(status).not.toBe(0);
		expect(out).toContain('no-app-server-crossing: src/lib/app/Slide.ts → src/lib/server/tables.ts');
		expect(out).toContain('node-engine-on-the-server-only: src/lib/explore/engine.ts → src/lib/data/node-engine.ts');
		expect(out).toContain('server-modules-from-server-files-only: src/routes/page.ts → src/lib/server/tables.ts');
		expect(out).not.toContain('src/routes/page.server.ts →');
		expect(out).not.toContain('src/lib/server/tables.ts → src/lib/data/node-engine.ts');
	});
});
