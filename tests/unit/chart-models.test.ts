/** The pure parts of the charts and pages: layout helpers, models, ledger, events. */
import { expectEvery } from '../helpers/expect-every';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME, frameFor, labelRoom, spreadLabels } from '../../src/lib/charts/frame';
import { ENGLISH, lang } from '../../src/lib/i18n/lang';
import { evQuotaChart } from '../../src/lib/story/charts/ev-quota';
import { sortRows } from '../../src/lib/charts/table';
import { barsModel } from '../../src/lib/charts/bars-model';
import { lineModel, yearX } from '../../src/lib/charts/line-model';
import { formats } from '../../src/lib/i18n/formats';

const { money, percent, percentChange, periodText } = formats('en');
import { annotations } from '../../src/lib/story/events';
import { conflictGroups, filterFigures, NO_FILTER } from '../../src/lib/story/ledger';
import { tariffChart, tariffLanes } from '../../src/lib/story/charts/tariff-timeline';
import { bilateralSeries } from '../../src/lib/story/charts/bilateral-trade';
import type { StoryData } from '../../src/lib/story/story-data';
import { CHARTS } from '../../src/lib/story/registry';
import { storyForChart } from '../../src/lib/story/figure-usage';
import { ROOT } from '../helpers/project';

const story = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'story-data.json'), 'utf8')) as StoryData;

describe('layout helpers', () => {
	it('spreadLabels keeps order, keeps the gap and stays within bounds', () => {
		expect(spreadLabels([50, 52, 200], 14, 0, 300)).toEqual([50, 64, 200]);
		expect(spreadLabels([295, 298, 299], 14, 0, 300)).toEqual([272, 286, 300]);
		expect(spreadLabels([-10], 14, 0, 300)).toEqual([0]);
	});

	it('labelRoom leaves room for the longest name beside bars and lanes, in any language', () => {
		expect(labelRoom(['Vehicles sold a year'], 150)).toBe(150);
		expect(labelRoom(['Véhicules vendus par année', 'Contingent de VE, 1re année'], 150)).toBe(Math.ceil(27 * 6.6) + 12);
		expect(labelRoom([], 160)).toBe(160);
		const french = evQuotaChart(story, { lang: lang('fr') }).model;
		expect(french.frame.margin.left).toBeGreaterThan(150);
	});

	it('lineModel breaks lines at missing values and merges crowded event markers into one badge', () => {
		const points = [2019, 2020, 2021].map((year) => ({ x: yearX(year), y: year === 2020 ? null : 10, label: String(year) }));
		const model = lineModel(
			[{ id: 'a', label: 'A', colour: '#000', points }],
			[
				{ id: 'e1', x: yearX(2000), label: 'one' },
				{ id: 'e2', x: Date.UTC(2021, 5, 1), label: 'two' },
				{ id: 'e3', x: Date.UTC(2021, 6, 1), label: 'three' }
			],
			{ yTick: String, xTick: (d) => String(d.getUTCFullYear()) }
		);
		expect(model.series[0].path.match(/M/g)).toHaveLength(2);
		expect(model.series[0].points).toHaveLength(2);
		expect(model.badges.map((b) => b.text)).toEqual(['1', '2–3']);
		expect(model.annotations.map((a) => a.number)).toEqual([1, 2, 3]);
	});
});

describe('table sorting', () => {
	it('numbers by value, text in natural order, empty cells last', () => {
		const rows = [
			{ k: 'b10', v: 2 },
			{ k: 'b9', v: null },
			{ k: 'a', v: 10 }
		];
		expect(sortRows(rows, 'v', 'ascending').map((r) => r.k)).toEqual(['b10', 'a', 'b9']);
		expect(sortRows(rows, 'v', 'descending').map((r) => r.k)).toEqual(['a', 'b10', 'b9']);
		expect(sortRows(rows, 'k', 'ascending').map((r) => r.k)).toEqual(['a', 'b9', 'b10']);
	});
});

describe('formats', () => {
	it('money, percentages and periods read as the articles write them', () => {
		expect(money(41_700_000_000, 'USD')).toBe('US$41.7B');
		expect(money(811_000_000, 'CAD')).toBe('C$811M');
		expect(money(35_000, 'CAD')).toBe('C$35,000');
		expect(percent(3.84)).toBe('3.8%');
		expect(percentChange(-10.4)).toBe('−10.4%');
		expect(periodText('2025-07-01', 'quarter')).toBe('Q3 2025');
		expect(periodText('2025-08-01', 'month')).toBe('Aug 2025');
	});
});

describe('story models', () => {
	it('events take their dates from the ledger and the tariff table', () => {
		const [detentions, beijing, seed] = annotations(story, ['detentions', 'beijing', 'canolaSeed'], ENGLISH);
		expect(new Date(detentions.x).toISOString().slice(0, 10)).toBe('2018-12-01');
		expect(new Date(detentions.xEnd ?? 0).toISOString().slice(0, 10)).toBe('2021-09-30');
		expect(new Date(beijing.x).toISOString().slice(0, 10)).toBe('2026-01-16');
		expect(seed.sourceId).toBe('global_times_2025_08_canola');
	});

	it('bilateral series: one per reporter and flow, gaps where a side has no figure', () => {
		const series = bilateralSeries(story.trade, ENGLISH);
		expect(series.map((s) => s.id)).toEqual(['can-exports', 'chn-imports', 'can-imports', 'chn-exports']);
		const chn = series.find((s) => s.id === 'chn-imports');
		expect(chn?.points.find((p) => p.x === yearX(2025))?.y).toBeCloseTo(41.7, 6);
		expect(chn?.points.find((p) => p.x === yearX(2022))?.y).toBeNull();
	});

	it('tariff lanes: each measure lasts until the next one on the same goods', () => {
		const seed = tariffLanes(story.tariffs, ENGLISH).find((l) => l.id === 'canola_seed');
		expect(seed?.segments.map((s) => [s.text, s.status])).toEqual([
			['no duty', 'in_force'],
			['75.8%', 'in_force'],
			['15%', 'expected']
		]);
		expect(seed?.segments[1].to).toBe(seed?.segments[2].from);
	});
});

describe('figures ledger', () => {
	const figures = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'story-data.json'), 'utf8')).figures as StoryData['figures'];

	it('filters by words, source, measure and status together', () => {
		expectEvery(filterFigures(figures, { ...NO_FILTER, text: 'canadians VIEW' }), (f) => f.measure === 'favourability', 'figures found');
		expect(
			filterFigures(figures, { ...NO_FILTER, measure: 'import_quota', status: 'announced' })
				.map((f) => f.figureId)
				.sort()
		).toEqual(['ev-quota-initial', 'ev-quota-year5']);
		expect(filterFigures(figures, { ...NO_FILTER, text: 'no such words' })).toEqual([]);
	});

	it('groups related figures whose values disagree', () => {
		const groups = conflictGroups(story.figures);
		for (const g of groups) {
			expect(new Set(g.map((f) => `${f.value} ${f.qualifier}`)).size).toBeGreaterThan(1);
			expect(new Set(g.map((f) => `${f.measure} ${f.unit}`)).size).toBe(1);
		}
	});
});

describe('charts redrawn at their width', () => {
	const data = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'story-data.json'), 'utf8')) as StoryData;
	const model = (width?: number) =>
		lineModel(bilateralSeries(data.trade, ENGLISH), [], {
			frame: frameFor(DEFAULT_FRAME, width),
			yTick: String,
			xTick: (d) => String(d.getUTCFullYear()),
			yInclude: [0]
		});

	it('takes the measured width from 300 to 1,200 px, the height following it within bounds', () => {
		expect(frameFor(DEFAULT_FRAME)).toBe(DEFAULT_FRAME);
		expect(frameFor(DEFAULT_FRAME, 720)).toBe(DEFAULT_FRAME);
		expect(frameFor(DEFAULT_FRAME, 900)).toMatchObject({ width: 900, height: Math.round(380 * Math.sqrt(900 / 720)) });
		expect(frameFor(DEFAULT_FRAME, 5000)).toMatchObject({ width: 1200, height: Math.round(380 * 1.15) });
		expect(frameFor(DEFAULT_FRAME, 200)).toMatchObject({ width: 300, height: Math.round(380 * 0.75) });
	});

	it('labels the lines in the right margin when wide, in a legend under the plot when narrow', () => {
		const wide = model(1000);
		expectEvery(wide.series, (s) => !s.swatch && s.labelX > wide.plotWidth, 'series');
		const narrow = model(320);
		expect(narrow.frame.width).toBe(320);
		expect(narrow.plotWidth).toBe(320 - DEFAULT_FRAME.margin.left - 20);
		expectEvery(narrow.series, (s) => s.swatch && s.labelY > narrow.plotHeight, 'series');
		const lastLabel = Math.max(...narrow.series.map((s) => s.labelY));
		expect(lastLabel + 8).toBeLessThanOrEqual(narrow.frame.height - narrow.frame.margin.top);
		// Fewer ticks where there is less room: about one per 60 px.
		expect(narrow.xTicks.length).toBeLessThanOrEqual(Math.floor(narrow.plotWidth / 60));
	});
});

describe('bars redrawn at their width', () => {
	const bars = [
		{ id: 'a', label: 'Vehicles sold a year', value: 1.8e6, colour: '#0072b2', text: 'about 1,800,000', description: 'a' },
		{ id: 'b', label: 'EV quota, first year', value: 49_000, colour: '#d55e00', text: 'up to 49,000 (2.7% of sales)', description: 'b' }
	];
	const base = { width: 720, height: 0, margin: { top: 24, right: 200, bottom: 28, left: 150 } };

	it('puts names left of the bars and values after them when wide', () => {
		const m = barsModel(bars, base, String);
		expect(m.bars.map((b) => [b.labelX, b.labelAnchor, b.valueX])).toEqual([
			[-8, 'end', m.bars[0].width + 6],
			[-8, 'end', m.bars[1].width + 6]
		]);
	});

	it('puts each name above its bar and its value below when narrow, the bars taking the whole width', () => {
		const m = barsModel(bars, frameFor(base, 320), String);
		expect(m.frame.width).toBe(320);
		expect(m.bars[0].width).toBe(m.plotWidth);
		for (const b of m.bars) {
			expect([b.labelX, b.labelAnchor, b.valueX]).toEqual([0, 'start', 0]);
			expect(b.labelY).toBeLessThan(b.y);
			expect(b.valueY).toBeGreaterThan(b.y + b.height);
		}
		expect(m.bars[1].labelY).toBeGreaterThan(m.bars[0].valueY);
	});
});

describe('tariff lanes redrawn at their width', () => {
	const data = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'story-data.json'), 'utf8')) as StoryData;

	it('names each lane left of it when wide, across its top when narrow', () => {
		const wide = tariffChart(data, { lang: ENGLISH }).model;
		expectEvery(wide.lanes, (l) => l.labelAnchor === 'end' && l.labelX < 0, 'lanes');
		const narrow = tariffChart(data, { lang: ENGLISH, width: 320 }).model;
		expect(narrow.frame.width).toBe(320);
		for (const lane of narrow.lanes) {
			expect([lane.labelX, lane.labelAnchor]).toEqual([0, 'start']);
			// The name sits above the highest step of its lane.
			expect(Math.min(...lane.segments.map((s) => s.y)) - 5 - 11).toBeGreaterThan(lane.labelY);
		}
	});
});

describe('storyForChart: what an embed hydrates with', () => {
	it('builds each chart exactly as the whole story data does, in both languages, carrying only its own parts', () => {
		for (const def of CHARTS)
			for (const language of [ENGLISH, lang('fr')]) {
				const own = storyForChart(story, def.id);
				// As the page serialises them (a model's formatting functions are made anew each build).
				const built = (data: StoryData) => JSON.stringify(def.build(data, { lang: language }));
				expect(built(own), `${def.id} (${language.locale})`).toBe(built(story));
			}
		// An embed of the EV quota carries no trade series, and only the figures it states.
		const ev = storyForChart(story, 'ev-quota');
		expect(ev.trade).toEqual([]);
		expect(ev.figures.length).toBeLessThan(story.figures.length);
	});
});
