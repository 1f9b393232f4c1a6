/** The world map: its shapes, its colour scales and legend, its keyboard moves, and its server render. */
import { schemeRdBu } from 'd3';
import countries from 'i18n-iso-countries';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import WorldMap from '../../src/lib/charts/WorldMap.svelte';
import {
	OTHER_FILL,
	binLabels,
	divergingColours,
	mapModel,
	nearestInDirection,
	niceThresholds,
	rangeLabel,
	sequentialColours,
	type MapDatum
} from '../../src/lib/charts/map-model';
import { OKABE_ITO } from '../../src/lib/charts/palette';
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from '../../src/lib/charts/world-shapes';
import { expectEvery } from '../helpers/expect-every';

const shapes = worldShapes();
const byNumeric = (numeric: string) => shapes.findIndex((s) => s.numeric === numeric);
const percent = (v: number) => `${v}%`;

/** Every point of a path written with M/m, l (and its implicit repeats) and z, as absolute coordinates. */
function points(d: string): [number, number][] {
	const tokens = d.match(/[MmLlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
	const out: [number, number][] = [];
	let [x, y, x0, y0] = [0, 0, 0, 0];
	let command = '';
	for (let i = 0; i < tokens.length;) {
		if (/[MmLlz]/.test(tokens[i])) command = tokens[i++];
		if (command === 'z') {
			[x, y] = [x0, y0];
			continue;
		}
		const [a, b] = [Number(tokens[i++]), Number(tokens[i++])];
		const relative = command === 'm' || command === 'l';
		[x, y] = relative ? [x + a, y + b] : [a, b];
		if (command === 'M' || command === 'm') {
			[x0, y0] = [x, y];
			command = command === 'M' ? 'L' : 'l';
		}
		out.push([x, y]);
	}
	return out;
}

/** Fake figures for every country with a code: a share from 0 to 96%, none for a few. */
function fakeData(): Map<string, MapDatum> {
	const data = new Map<string, MapDatum>();
	for (const s of shapes) {
		if (s.numeric === null) continue;
		const n = Number(s.numeric);
		const value = n % 17 === 0 ? null : (n * 7) % 97;
		const code = countries.numericToAlpha3(s.numeric) ?? s.numeric;
		data.set(s.numeric, { code, name: s.name, value, text: value === null ? '' : percent(value) });
	}
	return data;
}

describe('world shapes', () => {
	it('are the countries but Antarctica, each a non-empty path inside the viewBox', () => {
		expect(shapes.length).toBeGreaterThanOrEqual(170);
		expect(worldShapes()).toBe(shapes);
		expect(shapes.some((s) => s.numeric === '010' || s.name === 'Antarctica')).toBe(false);
		expect(shapes.filter((s) => s.numeric === null).map((s) => s.name)).toEqual(expect.arrayContaining(['Kosovo', 'Somaliland']));
		expect(new Set(shapes.map((s) => s.numeric ?? s.name)).size).toBe(shapes.length);
		expectEvery(shapes, (s) => /^M[\d.]+,[\d.]+l/.test(s.d) && points(s.d).length >= 3, 'paths');
		const inside = ([x, y]: [number, number]) => x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT;
		expectEvery(shapes, (s) => points(s.d).every(inside) && inside([s.cx, s.cy]), 'shapes inside the viewBox');
		// The land spans the width (Russia and Fiji reach the antimeridian) and nearly the height.
		const all = shapes.flatMap((s) => points(s.d));
		expect(Math.max(...all.map((p) => p[0])) - Math.min(...all.map((p) => p[0]))).toBeGreaterThan(MAP_WIDTH - 8);
		expect(Math.max(...all.map((p) => p[1])) - Math.min(...all.map((p) => p[1]))).toBeGreaterThan(MAP_HEIGHT - 12);
	});

	it('are compact and put each centroid in its own country', () => {
		const bytes = shapes.reduce((sum, s) => sum + s.d.length, 0);
		expect(bytes).toBeLessThan(75_000);
		const canada = shapes[byNumeric('124')];
		const france = shapes[byNumeric('250')];
		expect(canada.name).toBe('Canada');
		// France's centroid stays in Europe, not pulled towards French Guiana.
		expect(france.cy).toBeLessThan(canada.cy + 60);
		expect(france.cx).toBeGreaterThan(MAP_WIDTH / 2 - 30);
	});
});

describe('binned scale', () => {
	it('computes nice, increasing thresholds from the quantiles', () => {
		const uniform = Array.from({ length: 101 }, (_, i) => i);
		expect(niceThresholds(uniform)).toEqual([20, 40, 60, 80]);
		const skewed = [0.05, 0.1, 0.12, 0.23, 0.3, 0.41, 0.52, 0.7, 0.9, 1.3, 2.2, 3.1, 3.9, 5.5, 12, 33, 71];
		const t = niceThresholds(skewed);
		expect(t).toEqual([0.2, 0.6, 2, 5]);
		expect(niceThresholds([12, 12.5, 13, 14, 14.5, 15, 18, 19], 4)).toEqual([13, 14, 16]);
		expect(niceThresholds([5, 5, 5, 5])).toEqual([]);
		const diverging = niceThresholds([-30, -12, -4, -1, 0.5, 2, 6, 15, 41], 5, true);
		expect(diverging).toEqual([-10, -3, 3, 10]);
		expect(niceThresholds([-30, -12, -4, -1, 0.5, 2, 6, 15, 41], 4, true)).toEqual([-6, 0, 6]);
	});

	it('colours by bin from a colour-blind-safe sequential scheme, and hatches countries without data', () => {
		const model = mapModel(shapes, fakeData(), { scale: { kind: 'binned', thresholds: [20, 40, 60, 80], format: percent } });
		const colours = sequentialColours(5);
		expect(new Set(colours).size).toBe(5);
		expect(model.legend.swatches.map((s) => s.label)).toEqual(['<\u00a020%', '20–40%', '40–60%', '60–80%', '≥\u00a080%', 'No data']);
		expect(model.legend.swatches.map((s) => s.fill)).toEqual([...colours, 'url(#tl-map-no-data)']);
		const bin = (v: number) => colours[v < 20 ? 0 : v < 40 ? 1 : v < 60 ? 2 : v < 80 ? 3 : 4];
		const withData = model.shapes.filter((s) => s.hasData);
		expect(withData.length).toBeGreaterThan(150);
		expectEvery(withData, (s) => s.fill === bin(s.datum?.value as number) && s.label === `${s.title}: ${s.datum?.text}`, 'filled');
		const without = model.shapes.filter((s) => !s.hasData);
		expect(without.map((s) => s.title)).toEqual(expect.arrayContaining(['Kosovo', 'N. Cyprus']));
		expect(without.length).toBeGreaterThan(5);
		expectEvery(without, (s) => s.fill === 'url(#tl-map-no-data)' && s.label.endsWith(': No data'), 'hatched');
		expect(model.shapes.map((s) => s.title)).toEqual([...model.shapes.map((s) => s.title)].sort((a, b) => a.localeCompare(b)));
	});

	it('centres a diverging scheme on 0', () => {
		const colours = divergingColours([-10, -3, 3, 10]);
		expect(colours).toHaveLength(5);
		expect(colours[2]).toBe('#f7f7f7');
		expect(colours).toEqual([...schemeRdBu[5]]);
		// Red below 0, blue above; with more classes on one side, the nth class either side of 0 is as strong.
		const s = schemeRdBu[8];
		expect(divergingColours([-10, 0, 5, 10, 20])).toEqual([s[2], s[3], s[4], s[5], s[6], s[7]]);
		expect(divergingColours([])).toEqual(['#f7f7f7']);
		const data = new Map<string, MapDatum>([
			['124', { code: 'CAN', name: 'Canada', value: -25, text: '−25%' }],
			['840', { code: 'USA', name: 'United States', value: 25, text: '+25%' }]
		]);
		const model = mapModel(shapes, data, { scale: { kind: 'binned', diverging: true, thresholds: [-10, -3, 3, 10], format: percent } });
		const fill = (code: string) => model.shapes.find((s) => s.code === code)?.fill;
		expect([fill('CAN'), fill('USA')]).toEqual([colours[0], colours[4]]);
		expect(model.legend.swatches[0].label).toBe('<\u00a0-10%');
	});

	it('labels ranges with the unit once', () => {
		expect(rangeLabel('10%', '20%')).toBe('10–20%');
		expect(rangeLabel('10\u00a0%', '20\u00a0%')).toBe('10–20\u00a0%');
		expect(rangeLabel('US$1B', 'US$2.5B')).toBe('US$1–2.5B');
		expect(rangeLabel('−20%', '−10%')).toBe('−20 – −10%');
		expect(binLabels([], percent, [3, 3])).toEqual(['3%']);
	});
});

describe('categorical scale', () => {
	it('gives up to seven categories distinct Okabe–Ito colours and the rest a neutral "other"', () => {
		const categories = Array.from({ length: 9 }, (_, i) => ({ key: `k${i}`, label: `Category ${i}` }));
		const data = new Map<string, MapDatum>();
		shapes.forEach((s, i) => {
			if (s.numeric && i % 10 !== 9) data.set(s.numeric, { code: s.numeric, name: s.name, value: null, category: `k${i % 9}`, text: '' });
		});
		const model = mapModel(shapes, data, { scale: { kind: 'categorical', categories }, otherLabel: 'Autre', noDataLabel: 'Aucune donnée' });
		const fills = model.legend.swatches.filter((s) => s.kind === 'category').map((s) => s.fill);
		expect(fills).toHaveLength(7);
		expect(new Set(fills).size).toBe(7);
		expectEvery(fills, (f) => (Object.values(OKABE_ITO) as string[]).includes(f) && f !== OKABE_ITO.black, 'category colours');
		expect(model.legend.swatches.slice(-2).map((s) => [s.kind, s.label])).toEqual([
			['other', 'Autre'],
			['no-data', 'Aucune donnée']
		]);
		const shown = model.shapes.filter((s) => s.hasData);
		expectEvery(shown, (s) => (['k7', 'k8'].includes(s.value as string) ? s.fill === OTHER_FILL : fills.includes(s.fill)), 'categorised');
		expect(model.shapes.filter((s) => s.fill === OTHER_FILL).length).toBeGreaterThan(10);
	});
});

describe('keyboard moves', () => {
	it('go to the nearest country in the direction of the arrow', () => {
		const at = (numeric: string, key: Parameters<typeof nearestInDirection>[2]) =>
			shapes[nearestInDirection(shapes, byNumeric(numeric), key)];
		expect(at('124', 'ArrowDown').numeric).toBe('840');
		expect(at('840', 'ArrowUp').numeric).toBe('124');
		expect(at('840', 'ArrowDown').numeric).toBe('484');
		const france = shapes[byNumeric('250')];
		const east = at('250', 'ArrowRight');
		expect(east.cx).toBeGreaterThan(france.cx);
		expect(['276', '756', '380', '040', '442'].includes(east.numeric ?? '')).toBe(true);
		expect(at('250', 'ArrowLeft').cx).toBeLessThan(france.cx);
		expect(at('484', 'ArrowUp').numeric).toBe('840');
		expect(at('826', 'ArrowDown').numeric).toBe('250');
	});

	it('prefer what lies within the arrow’s cone, and stay put when nothing lies that way', () => {
		const grid = [
			{ cx: 0, cy: 0 },
			{ cx: 10, cy: 0 },
			{ cx: 0, cy: 10 },
			{ cx: 30, cy: 12 },
			{ cx: 4, cy: 20 }
		];
		expect(nearestInDirection(grid, 0, 'ArrowRight')).toBe(1);
		expect(nearestInDirection(grid, 0, 'ArrowDown')).toBe(2);
		expect(nearestInDirection(grid, 0, 'ArrowUp')).toBe(0);
		expect(nearestInDirection(grid, 0, 'ArrowLeft')).toBe(0);
		// 1 is nearer to 4 but lies steeply up; 3 lies to the right.
		expect(nearestInDirection(grid, 4, 'ArrowRight')).toBe(3);
		// Nothing lies within the cone above 3: the best of what lies above at all.
		expect(nearestInDirection(grid, 3, 'ArrowUp')).toBe(1);
		expect(nearestInDirection([], 0, 'ArrowRight')).toBe(0);
	});
});

describe('WorldMap rendered on the server', () => {
	const model = mapModel(shapes, fakeData(), { scale: { kind: 'binned', format: percent } });
	const { body } = render(WorldMap, { props: { model, label: 'Share of exports, 2024', year: 2024 } });

	it('draws every country coloured, with its code and value, and one tab stop', () => {
		expect(body).toMatch(/<svg[^>]*viewBox="0 0 960 425"[^>]*role="group"[^>]*aria-label="Share of exports, 2024"/);
		const paths = body.match(/<path[^>]*class="country[^>]*>/g) ?? [];
		expect(paths).toHaveLength(shapes.length);
		const coloured = paths.filter((p) => /fill="#[0-9a-f]{6}"/.test(p) && /data-code="[A-Z]{3}"/.test(p) && /data-value="\d+"/.test(p));
		expect(coloured.length).toBeGreaterThanOrEqual(150);
		expect(body.match(/tabindex="0"/g)).toHaveLength(1);
		expect(body.match(/tabindex="-1"/g)).toHaveLength(shapes.length - 1);
		expectEvery(
			paths.filter((p) => p.includes('url(#')),
			(p) => !p.includes('data-value'),
			'hatched paths'
		);
		// The hatch's id is the model's, made unique to the map.
		const id = body.match(/<pattern id="(tl-map-no-data-[\w-]+)"/)?.[1];
		expect(id).toBeTruthy();
		expect(paths.filter((p) => p.includes(`fill="url(#${id})"`))).toHaveLength(model.shapes.filter((s) => !s.hasData).length);
	});

	it('lists the legend, its bins and the hatched "no data" swatch', () => {
		const items = body.match(/<li data-kind="[^"]+"/g) ?? [];
		expect(items.length).toBe(model.legend.swatches.length);
		expect(items.at(-1)).toContain('no-data');
		expect(body).toMatch(/<rect[^>]*fill="url\(#tl-map-no-data-[\w-]+\)"/);
		expect(model.thresholds.length).toBeGreaterThanOrEqual(3);
		expectEvery(model.thresholds, (t) => Number(t.toPrecision(2)) === t, 'thresholds');
	});
});
