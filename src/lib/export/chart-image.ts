import type { ImageColours } from '$lib/charts/svg-text';

/**
 * In the browser: a drawn chart's SVG with its computed styles written onto each element (the
 * component styles do not travel with the markup), then as PNG at twice its size for print.
 */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-size',
	'font-weight',
	'font-family',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'display'
] as const;

/** The SVG serialised with inline styles; tooltips, focus rings and hidden parts are left out. */
export function standaloneSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const style = getComputedStyle(el);
		const copy = copies[i] as SVGElement;
		copy.setAttribute('style', STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
		copy.removeAttribute('class');
		copy.removeAttribute('tabindex');
	});
	for (const hidden of clone.querySelectorAll('.tooltip, [style*="display:none"]')) hidden.remove();
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 720 380').split(/\s+/).map(Number);
	return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** Rasterises an SVG document (which paints its own background) at `scale` times its size. */
export async function pngFromSvg(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image(width, height);
		image.src = url;
		await image.decode();
		const canvas = Object.assign(document.createElement('canvas'), { width: width * scale, height: height * scale });
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** A theme token (`--tl-ink` …) as the colour it resolves to under `within`, e.g. `rgb(26, 26, 26)`. */
export function themeColour(within: Element, token: string): string {
	const probe = document.createElement('span');
	probe.style.color = `var(${token})`;
	within.append(probe);
	const colour = getComputedStyle(probe).color;
	probe.remove();
	return colour;
}

/** The theme's colours for an image, as the page shows them now. */
export function imageColours(within: Element): ImageColours {
	return {
		background: themeColour(within, '--tl-surface'),
		ink: themeColour(within, '--tl-ink'),
		muted: themeColour(within, '--tl-muted'),
		accent: themeColour(within, '--tl-accent'),
		accentBackground: themeColour(within, '--tl-accent-bg')
	};
}
