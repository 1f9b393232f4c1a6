/**
 * Events marked on the charts. Each takes its date from the data (a figure's period or a tariff
 * measure's date), so a marker cannot drift from the ledger; the labels are the project's words.
 */
import type { Annotation } from '$lib/charts/line-model';
import { isoX } from '$lib/charts/line-model';
import type { StoryData } from './story-data';
import { figure } from './story-data';

type DateFrom = { figure: string; end?: boolean } | { tariff: { date: string; productGroup: string } };

interface EventSpec {
	id: string;
	from: DateFrom;
	/** Draw a span to this date (e.g. the detentions). */
	until?: DateFrom;
	label: string;
}

export const EVENTS = {
	detentions: {
		id: 'detentions',
		from: { figure: 'two-michaels-detention-length-003' },
		until: { figure: 'two-michaels-detention-length-003', end: true },
		label: 'Dec 2018: Canada arrests Huawei’s Meng Wanzhou at US request; China detains two Canadians (shaded until their release)'
	},
	release: { id: 'release', from: { figure: 'two-michaels-detention-length-003', end: true }, label: '2021: the two Canadians are freed after Meng’s deal with US prosecutors' },
	evSurtax: { id: 'ev-surtax', from: { tariff: { date: '2024-10-01', productGroup: 'electric_vehicles' } }, label: 'Oct 2024: Canada’s 100% surtax on Chinese electric vehicles takes effect' },
	canolaOil: { id: 'canola-oil', from: { tariff: { date: '2025-03-20', productGroup: 'canola_oil_meal_peas' } }, label: 'Mar 2025: China’s 100% tariff on Canadian canola oil and meal' },
	canolaSeed: { id: 'canola-seed', from: { tariff: { date: '2025-08-14', productGroup: 'canola_seed' } }, label: 'Aug 2025: China’s 75.8% anti-dumping deposit on Canadian canola seed' },
	gyeongju: { id: 'gyeongju', from: { figure: 'xi-carney-meeting-oct-2025-004' }, label: 'Oct 2025: Xi and Carney meet at the APEC summit in South Korea' },
	beijing: { id: 'beijing', from: { figure: 'xi-carney-meeting-jan-2026-004' }, label: 'Jan 2026: Carney in Beijing; EV quota agreed for lower canola duties' },
	canolaExpected: { id: 'canola-expected', from: { tariff: { date: '2026-03-01', productGroup: 'canola_seed' } }, label: 'Mar 2026: combined canola seed tariff expected to fall to about 15%' }
} as const satisfies Record<string, EventSpec>;

export type EventName = keyof typeof EVENTS;

function dateOf(data: Pick<StoryData, 'figures' | 'tariffs'>, from: DateFrom): { date: string; sourceId: string; figureId?: string } {
	if ('figure' in from) {
		const f = figure(data, from.figure);
		return { date: from.end ? f.periodEnd : f.periodStart, sourceId: f.sourceId, figureId: f.figureId };
	}
	const t = data.tariffs.find((e) => e.date === from.tariff.date && e.productGroup === from.tariff.productGroup);
	if (!t) throw new Error(`no tariff measure on ${from.tariff.date} for ${from.tariff.productGroup}`);
	return { date: t.date, sourceId: t.sourceId };
}

export interface StoryEvent extends Annotation {
	sourceId: string;
	/** Figures of the ledger that date the event. */
	figureIds: string[];
}

/** The named events as chart annotations, dated from the data. */
export function annotations(data: Pick<StoryData, 'figures' | 'tariffs'>, names: readonly EventName[]): StoryEvent[] {
	return names.map((name) => {
		const spec: EventSpec = EVENTS[name];
		const start = dateOf(data, spec.from);
		return {
			id: spec.id,
			x: isoX(start.date),
			xEnd: spec.until ? isoX(dateOf(data, spec.until).date) : undefined,
			label: spec.label,
			sourceId: start.sourceId,
			figureIds: start.figureId ? [start.figureId] : []
		};
	});
}
