/**
 * The explorer's view as URL search parameters and back. Parsing never trusts the URL: each
 * parameter is checked against a whitelist or the data's own codes, and anything unusable falls
 * back to the default with a plain-text notice saying what was ignored.
 */
import { currenciesOf, type ExploreChoices } from './choices';
import {
	EXPLORE_CURRENCIES,
	EXPLORE_LAYOUTS,
	EXPLORE_FLOWS,
	EXPLORE_MEASURES,
	EXPLORE_PERIODS,
	EXPLORE_SIDES,
	EXPLORE_TABS,
	MAX_PARTNERS,
	type ExploreInput
} from '$lib/data/explore-queries';
import type { Translate } from '$lib/i18n/translate';
import { GROUP_PARTNERS } from '$lib/schema/groups';

export interface ParsedView {
	view: ExploreInput;
	notices: string[];
}

/** Keeps a notice short and printable whatever the URL held. */
const shown = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function parseView(params: URLSearchParams, defaults: ExploreInput, choices: ExploreChoices, t: Translate): ParsedView {
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
	if (measure === 'share' && side === 'partner') {
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

/** The view as search parameters, in a fixed order, so equal views give equal links. */
export function viewParams(view: ExploreInput): URLSearchParams {
	return new URLSearchParams([
		['reporter', view.reporter],
		['partners', view.partners.join(',')],
		['flow', view.flow],
		['measure', view.measure],
		['side', view.side],
		['from', String(view.from)],
		['to', String(view.to)],
		['base', String(view.base)],
		['currency', view.currency],
		['layout', view.layout],
		['tab', view.tab],
		['year', String(view.year)],
		['period', view.period]
	]);
}
