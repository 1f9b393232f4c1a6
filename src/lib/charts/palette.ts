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

/** Text-safe (≥ 4.5:1 on white) darker variants for labels drawn in a series' colour. */
export const LABEL_INK: Record<string, string> = {
	[OKABE_ITO.blue]: '#005a8c',
	[OKABE_ITO.orange]: '#8a5d00',
	[OKABE_ITO.vermillion]: '#a84300',
	[OKABE_ITO.green]: '#00704f',
	[OKABE_ITO.sky]: '#1f6f99',
	[OKABE_ITO.purple]: '#99466f',
	[OKABE_ITO.black]: '#000000'
};

export const inkFor = (colour: string) => LABEL_INK[colour] ?? '#222222';

/** Dash patterns, so lines differ without colour. */
export const DASH = { solid: undefined, dashed: '6 4', dotted: '2 3', dashDot: '8 3 2 3' } as const;
