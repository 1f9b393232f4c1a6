/** The consistency checks that run with every build fail it when the figures or series disagree. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../scripts/lib/build';
import { allFixtures, PEW } from './fixtures/raw';
import { appendLine, builtScratch, expectFailure, rawDir, replaceInFile, scratchProject } from './helpers/project';

async function failsWith(mutate: (root: string) => Promise<void>, expected: string, raw?: Record<string, string>) {
	const s = await builtScratch();
	await mutate(s.root);
	await expectFailure(s, [expected], raw ? await rawDir(raw) : undefined);
}

describe('consistency checks', () => {
	it('a change and its level imply the previous year: −10.4% to US$41.7B gives about US$46.5B', async () => {
		const { root } = await scratchProject();
		const result = await buildData({ root, outDir: join(root, 'out') });
		const level = result.impliedLevels.find((l) => l.figureId === 'cn-imports-from-ca-2025-change')!;
		expect(level.impliedPrevious / 1e9).toBeCloseTo(46.54, 2);
		expect(level.series).toBe(46_600_000_000);
	});

	it('fails when the change no longer matches the levels', async () => {
		await failsWith(
			(root) => replaceInFile(join(root, 'data', 'figures.csv'), ',-10.4,pct,', ',-20.4,pct,'),
			'expected a change consistent with its level: 4.1700e+10 after -20.4% implies 5.2387e+10 a year earlier, but the series has 4.6600e+10'
		);
	});

	it('fails when shares of one total exceed 100%', async () => {
		await failsWith(
			(root) =>
				appendLine(
					join(root, 'data', 'figures.csv'),
					'test-share,A test share.,export_share,CAN,MEX,exports,,all_goods,2024-01-01,2024-12-31,30,pct,about,reported,002_7109dec6f37f90db,¶19,4%,,'
				),
			'expected shares of one whole adding to at most 100 (ca-exports-share-chn-2024, ca-exports-share-usa-2024, test-share)'
		);
	});

	it('fails when a quoted share contradicts the official series', async () => {
		await failsWith(
			(root) =>
				replaceInFile(
					join(root, 'data', 'reference', 'trade_annual.csv'),
					'CAN,USA,exports,2024,2024-01-01,2024-12-31,595938794151',
					'CAN,USA,exports,2024,2024-01-01,2024-12-31,695938794151'
				),
			'a share consistent with statcan_cimt, which gives 89.132%'
		);
	});

	it('fails when a reference series disagrees with the raw table it copies', async () => {
		const pew = `${allFixtures[PEW]}\n"CAN",2025,"CHN",40,,,,"Pew Research Center Global Attitudes spring 2025 as reported in news coverage (shared/articles/003; see SOURCES.md); integers as published"`;
		await failsWith(
			async () => {},
			'data/reference/opinion.csv:15: field "pct_favourable": got "34", expected 40 as in raw/pew_favourability_us_china_by_country_2002_2025.csv:4 (reference series must agree with the raw table)',
			{ ...allFixtures, [PEW]: pew }
		);
	});
});
