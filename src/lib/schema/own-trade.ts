/**
 * A person's own trade figures, dropped on the explorer: the columns their file is mapped to. It is
 * never published; it lives only in the browser tab, beside the published trade_annual.
 */
import type { TableSpec } from './columns';
import { TRADE_FLOWS } from './enums';

export const OWN_TABLE = 'own_trade';
/** The source_id every row of a person's file carries, so the explorer's SQL reads both tables alike. */
export const OWN_SOURCE = 'own_file';

export const ownTrade = {
	name: OWN_TABLE,
	title: 'Your own trade figures',
	description: 'Annual goods trade from a file read in the browser, mapped to reporter, partner, flow, year, value and unit.',
	key: ['reporter', 'partner', 'flow', 'year'],
	orderBy: ['reporter', 'partner', 'flow', 'year'],
	columns: [
		{ name: 'reporter', type: 'text', country: true, description: 'Reporting economy (ISO 3166 alpha-3)' },
		{ name: 'partner', type: 'text', country: true, description: 'Partner economy (ISO 3166 alpha-3)' },
		{ name: 'flow', type: 'text', values: TRADE_FLOWS, description: 'exports or imports' },
		{ name: 'year', type: 'integer', min: 1900, max: 2100, description: 'Calendar year' },
		{ name: 'value', type: 'double', description: 'Value in US$ (scaled from the file’s unit)' },
		{ name: 'currency', type: 'text', values: ['USD'], description: 'Currency of value: the explorer compares in US$' },
		{ name: 'source_id', type: 'text', values: [OWN_SOURCE], description: 'Always own_file' }
	]
} as const satisfies TableSpec;
