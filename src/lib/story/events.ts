/**
 * Events marked on the charts. Each takes its date from the data (a figure's period or a tariff
 * measure's date), so a marker cannot drift from the ledger; the labels are the project's words (`event.<id>` messages).
 */
import type { Annotation } from '$lib/charts/line-model';
import { isoX } from '$lib/charts/line-model';
import type { Lang } from '$lib/i18n/lang';
import type { StoryData } from './story-data';
import { figure } from './story-data';

type DateFrom = { figure: string; end?: boolean } | { tariff: { date: string; productGroup: string } };

type EventId = 'detentions' | 'release' | 'ev-surtax' | 'canola-oil' | 'canola-seed' | 'gyeongju' | 'beijing' | 'canola-expected';

interface EventSpec {
	id: EventId;
	from: DateFrom;
	/** Draw a span to this date (e.g. the detentions). */
	until?: DateFrom;
}

export const EVENTS = {
	detentions: {
		id: 'detentions',
		from: { figure: 'two-michaels-detention-length-003' },
		until: { figure: 'two-michaels-detention-length-003', end: true }
	},
	release: { id: 'release', from: { figure: 'two-michaels-detention-length-003', end: true } },
	evSurtax: { id: 'ev-surtax', from: { tariff: { date: '2024-10-01', productGroup: 'electric_vehicles' } } },
	canolaOil: { id: 'canola-oil', from: { tariff: { date: '2025-03-20', productGroup: 'canola_oil_meal_peas' } } },
	canolaSeed: { id: 'canola-seed', from: { tariff: { date: '2025-08-14', productGroup: 'canola_seed' } } },
	gyeongju: { id: 'gyeongju', from: { figure: 'xi-carney-meeting-oct-2025-004' } },
	beijing: { id: 'beijing', from: { figure: 'xi-carney-meeting-jan-2026-004' } },
	canolaExpected: { id: 'canola-expected', from: { tariff: { date: '2026-03-01', productGroup: 'canola_seed' } } }
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
export function annotations(data: Pick<StoryData, 'figures' | 'tariffs'>, names: readonly EventName[], { t }: Lang): StoryEvent[] {
	return names.map((name) => {
		const spec: EventSpec = EVENTS[name];
		const start = dateOf(data, spec.from);
		return {
			id: spec.id,
			x: isoX(start.date),
			xEnd: spec.until ? isoX(dateOf(data, spec.until).date) : undefined,
			label: t(`event.${spec.id}`),
			sourceId: start.sourceId,
			figureIds: start.figureId ? [start.figureId] : []
		};
	});
}
