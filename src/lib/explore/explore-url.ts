/**
 * The explorer's view as URL search parameters and back, and the rules every view keeps. Parsing
 * never trusts the URL: each parameter is checked against a whitelist or the data's own codes, and
 * anything unusable falls back to the default with a plain-text notice saying what was ignored. A
 * view changed by the controls is mended by the same rules, silently.
 */
import { currenciesOf, yearsOf, type ExploreChoices } from './choices';
import {
	EXPLORE_CURRENCIES,
	EXPLORE_FLOWS,
	EXPLORE_MEASURES,
	EXPLORE_SIDES,
	MAX_PARTNERS,
	type ExploreQuery
} from '$lib/data/explore-queries';
import type { Translate } from '$lib/i18n/translate';
import { GROUP_PARTNERS } from '$lib/schema/groups';
import { EXPLORE_LAYOUTS, EXPLORE_PERIODS, EXPLORE_TABS, type ExploreView } from './explore-view';

/** A share of the reporter's total needs the reporter's own figures: never with the partners' side. */
const shareOfMirror = (view: Pick<ExploreQuery, 'measure' | 'side'>) => view.measure === 'share' && view.side === 'partner';

/** A currency with the years its figures span, the index based on the first. */
export function currencySpan(
	choices: ExploreChoices,
	currency: ExploreQuery['currency']
): Pick<ExploreQuery, 'currency' | 'from' | 'to' | 'base'> {
	const [from, to] = yearsOf(choices, currency);
	return { currency, from, to, base: from };
}

/**
 * A view the controls changed, mended by the rules a parsed view keeps: a reporter without figures
 * in the view's currency is shown in its own (with its years), a share is of the reporter's own
 * figures, and the last year is never before the first.
 */
export function mendView(view: ExploreView, choices: ExploreChoices): ExploreView {
	const offered = currenciesOf(choices, view.reporter);
	const mended = { ...view, ...(offered.includes(view.currency) ? {} : currencySpan(choices, offered[0])) };
	if (shareOfMirror(mended)) mended.measure = 'value';
	if (mended.to < mended.from) mended.to = mended.from;
	return mended;
}

export interface ParsedView {
	view: ExploreView;
	notices: string[];
}

/** Keeps a notice short and printable whatever the URL held. */
const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function parseView(params: URLSearchParams, defaults: ExploreView, choices: ExploreChoices, t: Translate): ParsedView {
	const notices: string[] = [];
	function pick<T extends string>(values: readonly T[], raw: string | null, fallback: T, name: string): T {
		if (raw === null) return fallback;
		const found = values.find((v) => v === raw);
		if (!found) notices.push(t('explore.notice.unknown', { name, value: shown(raw), fallback }));
		return found ?? fallback;
	}
	function year(raw: string | null, fallback: number, name: string): number {
		if (raw === null) return fallback;
		const n = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
		if (n >= choices.firstYear && n <= choices.lastYear) return n;
		notices.push(t('explore.notice.year', { name, first: choices.firstYear, last: choices.lastYear, value: shown(raw), fallback }));
		return fallback;
	}
	const reporterRaw = params.get('reporter');
	let reporter = defaults.reporter;
	if (reporterRaw !== null) {
		if (choices.reporters.includes(reporterRaw)) reporter = reporterRaw;
		else notices.push(t('explore.notice.reporter', { value: shown(reporterRaw), fallback: defaults.reporter }));
	}
	const available = [...(choices.partners[reporter] ?? []), ...GROUP_PARTNERS];
	let partners = reporter === defaults.reporter ? defaults.partners : available.slice(0, 1);
	const partnersRaw = params.get('partners');
	if (partnersRaw !== null) {
		const asked = partnersRaw.split(',').slice(0, MAX_PARTNERS + 1);
		const known = [...new Set(asked.filter((p) => available.includes(p)))].slice(0, MAX_PARTNERS);
		const unknown = asked.filter((p) => !available.includes(p));
		if (unknown.length)
			notices.push(
				t(unknown.length > 1 ? 'explore.notice.partners' : 'explore.notice.partner', { values: unknown.map(shown).join(', '), reporter })
			);
		if (asked.length > MAX_PARTNERS) notices.push(t('explore.notice.max', { max: MAX_PARTNERS }));
		if (known.length) partners = known;
	}
	const flow = pick(EXPLORE_FLOWS, params.get('flow'), defaults.flow, 'flow');
	let measure = pick(EXPLORE_MEASURES, params.get('measure'), defaults.measure, 'measure');
	const side = pick(EXPLORE_SIDES, params.get('side'), defaults.side, 'side');
	if (shareOfMirror({ measure, side })) {
		notices.push(t('explore.notice.share'));
		measure = 'value';
	}
	let from = year(params.get('from'), defaults.from, 'from');
	let to = year(params.get('to'), defaults.to, 'to');
	if (to < from) {
		notices.push(t('explore.notice.order', { from, to, defaultFrom: defaults.from, defaultTo: defaults.to }));
		[from, to] = [defaults.from, defaults.to];
	}
	const base = year(params.get('base'), Math.max(from, defaults.base), 'base');
	let currency = pick(EXPLORE_CURRENCIES, params.get('currency'), defaults.currency, 'currency');
	const offered = currenciesOf(choices, reporter);
	if (!offered.includes(currency)) {
		notices.push(t('explore.notice.currency', { value: currency, reporter, fallback: offered[0] }));
		currency = offered[0];
	}
	const layout = pick(EXPLORE_LAYOUTS, params.get('layout'), defaults.layout, 'layout');
	const tab = pick(EXPLORE_TABS, params.get('tab'), defaults.tab, 'tab');
	const year_ = year(params.get('year'), defaults.year, 'year');
	const period = pick(EXPLORE_PERIODS, params.get('period'), defaults.period, 'period');
	return { view: { reporter, partners, flow, measure, side, from, to, base, currency, layout, tab, year: year_, period }, notices };
}

const queryEntries = (query: ExploreQuery): [string, string][] => [
	['reporter', query.reporter],
	['partners', query.partners.join(',')],
	['flow', query.flow],
	['measure', query.measure],
	['side', query.side],
	['from', String(query.from)],
	['to', String(query.to)],
	['base', String(query.base)],
	['currency', query.currency]
];

/** A view's query as search parameters, in a fixed order: equal queries give equal strings. */
export function queryParams(query: ExploreQuery): URLSearchParams {
	return new URLSearchParams(queryEntries(query));
}

/** The view as search parameters, in a fixed order (its query's, then how it is shown), so equal views give equal links. */
export function viewParams(view: ExploreView): URLSearchParams {
	return new URLSearchParams([
		...queryEntries(view),
		['layout', view.layout],
		['tab', view.tab],
		['year', String(view.year)],
		['period', view.period]
	]);
}
