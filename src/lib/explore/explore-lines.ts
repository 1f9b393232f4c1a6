/** What the explorer chart's lines are: partners, or economies for an indicator; full years; mirror lines. */
import { INDICATOR_MEASURES, type ExploreQuery, type ExploreRow } from '$lib/data/explore-queries';

/** Whether the lines are economies' own indicators (the reporter and each partner economy) rather than trade with partners. */
export const indicatorLines = (view: ExploreQuery) => (INDICATOR_MEASURES as readonly string[]).includes(view.measure);

/** What each line is: a partner, or for an indicator an economy (the reporter first). */
export const lineKeys = (view: ExploreQuery) => (indicatorLines(view) ? [view.reporter, ...view.partners] : view.partners);

/** A mirror line's key: the partner's own figures of the same trade. */
export const mirrorKey = (partner: string) => `${partner}~mirror`;

/** Whether a row's year is one the publisher has finished: only those are drawn as years. */
export const fullYear = (r: ExploreRow) => r.months >= 12;
