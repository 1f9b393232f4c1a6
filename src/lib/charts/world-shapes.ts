/**
 * The world's countries as SVG paths on an Equal Earth projection (equal-area, so a country's ink
 * matches its size), from Natural Earth's 1:110m countries (world-atlas). Computed once per process:
 * while prerendering, for the map's paths in the HTML, and in the browser from this module's own
 * chunk (import it dynamically, as the explorer's universal load and a map slide do), so the paths
 * are never written into a page's hydration data.
 *
 * Paths are written compactly: coordinates rounded to 0.1 viewBox unit (a tenth of a pixel at
 * 960 px), relative moves, no zero-length segments, and rings that rounding shrinks to a point left
 * out. That makes them about 40% shorter than `geoPath().digits(1)`'s absolute coordinates.
 */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';
import { MAP_HEIGHT, MAP_WIDTH, type MapShape } from './map-model';

export { MAP_HEIGHT, MAP_WIDTH, type MapShape };

/** ISO 3166 numeric code of Antarctica, left out: it would take a fifth of the height for no data. */
const ANTARCTICA = '010';
/** Room around the land so the outline of the edge countries is not cut. */
const PAD = 2;
/** Coordinates are written in units of 1 / SCALE. */
const SCALE = 10;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type Country = Feature<Polygon | MultiPolygon, { name: string }>;

let cache: MapShape[] | undefined;

/** Every country but Antarctica, in the atlas's order, projected into MAP_WIDTH × MAP_HEIGHT. */
export function worldShapes(): MapShape[] {
	if (cache) return cache;
	const topology = atlas as unknown as Countries;
	const all = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
	const countries: Country[] = all.features.filter((f) => f.id !== ANTARCTICA);
	const projection = geoEqualEarth().fitExtent(
		[
			[PAD, PAD],
			[MAP_WIDTH - PAD, MAP_HEIGHT - PAD]
		],
		{ type: 'FeatureCollection', features: countries }
	);
	const context = new CompactPath(SCALE);
	const draw = geoPath(projection, context);
	cache = countries.map((country) => {
		draw(country);
		const [cx, cy] = centroid(country, projection);
		return {
			numeric: country.id === undefined ? null : String(country.id),
			name: country.properties.name,
			d: context.result(),
			cx: Math.round(cx * SCALE) / SCALE,
			cy: Math.round(cy * SCALE) / SCALE
		};
	});
	return cache;
}

/**
 * The projected centroid of a country's largest part, so that France's is in France rather than
 * pulled towards French Guiana, and the United States' is not pulled towards Alaska.
 */
function centroid(country: Country, projection: GeoProjection): [number, number] {
	const path = geoPath(projection);
	const { geometry } = country;
	const parts: Polygon[] =
		geometry.type === 'Polygon' ? [geometry] : geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	let largest = parts[0];
	for (const part of parts) if (path.area(part) > path.area(largest)) largest = part;
	return path.centroid(largest);
}

/** A path context (as `geoPath` draws into) that writes short SVG path data: see the module comment. */
class CompactPath {
	readonly #scale: number;
	#d = '';
	/** Where the last written subpath left the pen, in units of 1 / scale. */
	#x = 0;
	#y = 0;
	/** The subpath being drawn, written only if it has an extent once rounded. */
	#ring: { x0: number; y0: number; x: number; y: number; segments: string; count: number } | null = null;

	constructor(scale: number) {
		this.#scale = scale;
	}

	moveTo(x: number, y: number): void {
		this.#flush(false);
		const [px, py] = [Math.round(x * this.#scale), Math.round(y * this.#scale)];
		this.#ring = { x0: px, y0: py, x: px, y: py, segments: '', count: 0 };
	}

	lineTo(x: number, y: number): void {
		const ring = this.#ring;
		if (!ring) return this.moveTo(x, y);
		const [px, py] = [Math.round(x * this.#scale), Math.round(y * this.#scale)];
		if (px === ring.x && py === ring.y) return;
		const pair = this.#pair(px - ring.x, py - ring.y);
		// After the first segment `l` repeats implicitly; a minus sign separates numbers by itself.
		ring.segments += ring.count === 0 ? `l${pair}` : pair.startsWith('-') ? pair : ` ${pair}`;
		ring.count++;
		[ring.x, ring.y] = [px, py];
	}

	closePath(): void {
		this.#flush(true);
	}

	/** Points are never drawn (the map has only polygons); geoPath never begins a path of its own. */
	arc(): void {}
	beginPath(): void {}

	/** The path data drawn since the last call. */
	result(): string {
		this.#flush(false);
		const d = this.#d;
		[this.#d, this.#x, this.#y] = ['', 0, 0];
		return d;
	}

	#flush(close: boolean): void {
		const ring = this.#ring;
		this.#ring = null;
		// A ring needs two segments to enclose anything; smaller islands vanish at this precision.
		if (!ring || ring.count < 2) return;
		const move = this.#d === '' ? `M${this.#pair(ring.x0, ring.y0)}` : `m${this.#pair(ring.x0 - this.#x, ring.y0 - this.#y)}`;
		this.#d += move + ring.segments + (close ? 'z' : '');
		// After `z` the pen is back at the ring's start.
		[this.#x, this.#y] = close ? [ring.x0, ring.y0] : [ring.x, ring.y];
	}

	#pair(x: number, y: number): string {
		const b = this.#number(y);
		return this.#number(x) + (b.startsWith('-') ? '' : ',') + b;
	}

	/** 3 → ".3", -3 → "-.3", 25 → "2.5" (in units of 1 / scale). */
	#number(units: number): string {
		return String(units / this.#scale).replace(/^(-?)0\./, '$1.');
	}
}
