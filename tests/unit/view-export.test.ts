/** CSV export and citations of an explorer view. */
import { ENGLISH } from '../../src/lib/i18n/lang';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExploreView } from '../../src/lib/explore/explore-view';
import type { SourceInfo } from '../../src/lib/data/queries';
import { chartRecords, citations, exportFileName, viewCsv, type ViewContext } from '../../src/lib/explore/view-export';
import { viewParquet } from '../../src/lib/explore/view-parquet';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';

const view: ExploreView = {
	reporter: 'CAN',
	partners: ['CHN'],
	flow: 'exports',
	measure: 'share',
	side: 'reporter',
	from: 2019,
	to: 2020,
	base: 2019,
	currency: 'USD',
	layout: 'lines',
	tab: 'chart',
	year: 2020,
	period: 'year'
};
const imf: SourceInfo = {
	sourceId: 'imf_dots',
	kind: 'dataset',
	title: 'DOTS',
	publisher: 'IMF',
	outlet: null,
	published: null,
	url: null,
	licence: 'IMF terms\nwith a line break',
	attribution: 'Source: IMF, Direction of Trade Statistics',
	note: null
};
const context: ViewContext = {
	title: 'Canada’s exports to China, 2019–2020',
	permalink: 'http://127.0.0.1:4173/explore?reporter=CAN&partners=CHN',
	sources: [imf],
	accessed: '2026-11-23'
};
const rows = [
	{ year: 2019, partner: 'CHN', value: 3.9, amount: 17_434_671_974, months: 12, sources: ['imf_dots'] },
	{ year: 2020, partner: 'CHN', value: null, amount: null, months: 12, sources: [] }
];

describe('CSV of a view', () => {
	const csv = viewCsv(chartRecords(rows, view), view, context, ENGLISH);

	it('carries title, permalink, date, attribution and licence in comment lines that stay comments', () => {
		const comments = csv.split('\n').filter((l) => l.startsWith('#'));
		expect(comments).toEqual([
			'# Canada’s exports to China, 2019–2020',
			'# Trade Lens view: http://127.0.0.1:4173/explore?reporter=CAN&partners=CHN',
			'# Accessed 2026-11-23',
			'# Source: IMF, Direction of Trade Statistics. Licence: IMF terms with a line break',
			"# value is in the view's measure (share); amount is the flow in current US$; months below 12 mark a year the publisher has not finished"
		]);
	});

	it('reads back to the drawn rows', () => {
		const records = parse(csv, { comment: '#', columns: true }) as Record<string, string>[];
		expect(records).toEqual([
			{
				reporter: 'CAN',
				partner: 'CHN',
				flow: 'exports',
				measure: 'share',
				side: 'reporter',
				year: '2019',
				months: '12',
				value: '3.9',
				amount: '17434671974',
				currency: 'USD'
			},
			{
				reporter: 'CAN',
				partner: 'CHN',
				flow: 'exports',
				measure: 'share',
				side: 'reporter',
				year: '2020',
				months: '12',
				value: '',
				amount: '',
				currency: 'USD'
			}
		]);
		expect(exportFileName(view, 'csv')).toBe('trade-lens-can-chn-exports-share-usd-2019-2020.csv');
	});
});

describe('Parquet of a view', () => {
	it('holds the drawn rows, with the provenance as key-value metadata', async () => {
		const file = viewParquet(chartRecords(rows, view), view, context);
		expect(await parquetReadObjects({ file })).toEqual([
			{
				reporter: 'CAN',
				partner: 'CHN',
				flow: 'exports',
				measure: 'share',
				side: 'reporter',
				year: 2019,
				months: 12,
				value: 3.9,
				amount: 17_434_671_974,
				currency: 'USD'
			},
			{
				reporter: 'CAN',
				partner: 'CHN',
				flow: 'exports',
				measure: 'share',
				side: 'reporter',
				year: 2020,
				months: 12,
				value: null,
				amount: null,
				currency: 'USD'
			}
		]);
		const kv = Object.fromEntries((parquetMetadata(file).key_value_metadata ?? []).map((e) => [e.key, e.value]));
		expect(kv['trade_lens.permalink']).toBe(context.permalink);
		expect(kv['trade_lens.sources']).toBe('Source: IMF, Direction of Trade Statistics');
		expect(kv['trade_lens.licences']).toBe('imf_dots: IMF terms\nwith a line break');
		expect(kv['trade_lens.accessed']).toBe('2026-11-23');
	});
});

describe('citations', () => {
	it('APA, Chicago and BibTeX name the title, sources, permalink and access date', () => {
		const c = citations(context, ENGLISH);
		expect(c.apa).toBe(
			'Trade Lens. (2026). Canada’s exports to China, 2019–2020 [Data set]. Data from IMF, Direction of Trade Statistics. ' +
				'Retrieved November 23, 2026, from http://127.0.0.1:4173/explore?reporter=CAN&partners=CHN'
		);
		expect(c.chicago).toContain('Accessed November 23, 2026. http://127.0.0.1:4173/explore?reporter=CAN&partners=CHN.');
		expect(c.bibtex).toMatch(/^@misc\{tradelens2026canadasexportstochina,\n/);
		expect(c.bibtex).toContain('howpublished = {\\url{http://127.0.0.1:4173/explore?reporter=CAN&partners=CHN}}');
		expect(c.bibtex).toContain('note = {Data from IMF, Direction of Trade Statistics. Accessed 2026-11-23}');
	});

	it('BibTeX braces in a title cannot close the field early', () => {
		expect(citations({ ...context, title: 'A} title {with braces_' }, ENGLISH).bibtex).toContain('title = {A title with braces\\_},');
	});
});
