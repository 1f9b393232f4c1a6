/**
 * Okabe–Ito colours: distinguishable under the common colour-vision deficiencies. Every chart
 * also labels series directly or varies line style, so colour never carries meaning alone.
 */
export const OKABE_ITO = {
	blue: '#0072B2',
	orange: '#E69F00',
	vermillion: '#D55E00',
	green: '#009E73',
	sky: '#56B4E9',
	purple: '#CC79A7',
	yellow: '#F0E442',
	black: '#000000'
} as const;

/**
 * Labels drawn in a series' colour, as theme tokens (`app.css`): a darker variant on light pages,
 * a lighter one on dark, each at least 4.5:1 against its background.
 */
export const LABEL_INK: Record<string, string> = {
	[OKABE_ITO.blue]: 'var(--tl-ink-blue)',
	[OKABE_ITO.orange]: 'var(--tl-ink-orange)',
	[OKABE_ITO.vermillion]: 'var(--tl-ink-vermillion)',
	[OKABE_ITO.green]: 'var(--tl-ink-green)',
	[OKABE_ITO.sky]: 'var(--tl-ink-sky)',
	[OKABE_ITO.purple]: 'var(--tl-ink-purple)',
	[OKABE_ITO.black]: 'var(--tl-ink-strong)'
};

export const inkFor = (colour: string) => LABEL_INK[colour] ?? 'var(--tl-ink-strong)';

/** Dash patterns, so lines differ without colour. */
export const DASH = { solid: undefined, dashed: '6 4', dotted: '2 3', dashDot: '8 3 2 3' } as const;
