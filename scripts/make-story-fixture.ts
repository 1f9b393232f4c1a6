/**
 * Writes tests/fixtures/story-data.json: a fixed, trimmed copy of the story's query results, so
 * chart snapshots do not change when the published data does. Run after `npm run data`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NodeEngine } from '../src/lib/data/node-engine';
import { chartsByFigure } from '../src/lib/story/figure-usage';
import { loadStoryData } from '../src/lib/story/story-data';

const root = join(import.meta.dirname, '..');
const engine = await NodeEngine.open(join(root, 'static', 'data'));
const full = await loadStoryData(engine);
engine.close();
const used = new Set(Object.keys(chartsByFigure(full)));
const story = {
	...full,
	trade: full.trade.filter((r) => r.year >= 2010),
	shares: full.shares.filter((r) => r.year >= 2010),
	figures: full.figures.filter((f) => used.has(f.figureId) || f.figureId === 'two-michaels-detention-length-003')
};
await writeFile(join(root, 'tests', 'fixtures', 'story-data.json'), JSON.stringify(story, null, '\t') + '\n');
console.log(`tests/fixtures/story-data.json: ${story.trade.length} trade rows, ${story.figures.length} figures`);
