/** The story's charts, in English: their titles, takeaways, axes, keys and notes (spread into `en.ts`; `story-fr.ts` holds the same keys). */
export const storyEn = {
	// The story page
	'story.title': 'Canada and China, January 2026',
	'story.description': 'The Canada–China relationship of January 2026 in cited trade, tariff and opinion data.',
	'story.h1': 'Canada and China in January 2026: the numbers behind the visit',
	'story.lede':
		'In mid-January 2026 Canada’s prime minister went to Beijing, the first such visit since 2017, and came back with a new partnership and a trade bargain: a quota for Chinese electric cars in exchange for lower Chinese duties on canola. A handful of figures carried the press coverage. Here is each of them, where it comes from, and what the official series around it show.',
	'story.headlines.h': 'The quoted figures',
	'story.headlines.p':
		'A few numbers did most of the work in the reporting: China’s customs total for its purchases from Canada, the shares of Canada’s exports going to the US and to China, and two poll results. Where the official series says something different, it is shown alongside.',
	'story.trade.h': 'Two countries, two sets of books',
	'story.trade.p':
		'Trade between Canada and China grew for four decades, mostly in one direction: Canada buys far more from China than it sells there. Each side counts the same shipments differently, so the lines for “as Canada reports” and “as China reports” never coincide. The question in 2025 was not only how much trade fell, but whose figures you read.',
	'story.dependence.h': 'One customer above all',
	'story.dependence.p':
		'Whatever happens with China, the United States buys most of what Canada exports. China’s share has stayed in the low single digits, which is why a partnership with Beijing is about diversifying at the margin rather than replacing the US.',
	'story.tariffs.h': 'Surtaxes and retaliation',
	'story.tariffs.p':
		'In 2024 Canada matched US surtaxes on Chinese electric vehicles, steel and aluminium. China answered in 2025 with duties on Canadian canola, pork and seafood. The January 2026 bargain reopens part of each door.',
	'story.quota.h': 'How big is the EV quota?',
	'story.quota.p':
		'The quota lets a fixed number of Chinese electric vehicles in at the ordinary tariff each year. Set against the size of Canada’s car market it is small, even after it grows.',
	'story.opinion.h': 'A shift in public opinion',
	'story.opinion.p':
		'Canadians’ views moved too. After years of decline following the 2018 detentions, favourable views of China recovered in 2025 just as views of the United States dropped sharply.',

	// headline-figures
	'headline.title': 'The figures behind the headlines',
	'headline.units': 'As quoted: US$, per cent of exports, per cent of adults',
	'headline.basis': 'Each figure as the articles quote it, beside the official series it comes from where the two differ',
	'headline.cn.label': 'China’s imports from Canada, 2025',
	'headline.cn.detail': '{change} on 2024, as China’s customs report it',
	'headline.cn.official':
		'Canada’s own figures point the other way: exports to China of {value2025} in 2025, {change} on {value2024} in 2024. Mirror figures differ: valuation (CIF against FOB), goods routed through third countries, timing and currency.',
	'headline.usa.label': 'Canada’s exports bought by the US, 2024',
	'headline.chn.label': 'Canada’s exports bought by China, 2024',
	'headline.share.detail': 'as quoted',
	'headline.share.official': 'Statistics Canada’s customs totals give {share}.',
	'headline.favchn.label': 'Canadians with a favourable view of China',
	'headline.favusa.label': 'Canadians with a favourable view of the US',
	'headline.poll.detail': '{from} to {to}, Pew Research Center',
	'headline.table.caption': 'Headline figures as quoted, with the official series beside them',
	'headline.table.figure': 'Figure',
	'headline.table.quoted': 'As quoted',
	'headline.table.detail': 'Detail',
	'headline.table.official': 'Official series',
	'headline.takeaway':
		'Canada sells {usa} of its exports to the US and {chn} to China, yet by 2025 Canadians viewed the two countries equally favourably.',

	// bilateral-trade
	'bilateral.title': 'Canada–China goods trade, as each side reports it',
	'bilateral.units': 'US$ billions a year, current prices',
	'bilateral.basis':
		'Customs merchandise trade; Canada’s figures (exports FOB) and China’s figures (imports CIF) shown side by side as mirror statistics',
	'bilateral.yunit': 'US$ billions',
	'bilateral.can-exports': 'To China, per Canada',
	'bilateral.chn-imports': 'To China, per China',
	'bilateral.can-imports': 'From China, per Canada',
	'bilateral.chn-exports': 'From China, per China',
	'bilateral.can-exports.long': 'Canada’s exports to China (Canada’s figures, FOB)',
	'bilateral.chn-imports.long': 'China’s imports from Canada (China’s figures, CIF)',
	'bilateral.can-imports.long': 'Canada’s imports from China (Canada’s figures)',
	'bilateral.chn-exports.long': 'China’s exports to Canada (China’s figures, FOB)',
	'bilateral.point': '{series}, {year}: {value}',
	'bilateral.table.caption': 'Canada–China goods trade by year, US$ billions, as each side reports it',
	'bilateral.takeaway':
		'China’s customs put its 2025 imports from Canada at {value}, {change} on 2024; the two sides’ figures for the same goods never quite agree.',
	'bilateral.note':
		'Why the two sides differ: China values its imports CIF (with freight and insurance), Canada its exports FOB (at the border); goods shipped through third countries, timing and exchange rates also move the figures apart.',
	'bilateral.controls': 'Choose the figures to show',
	'bilateral.figures': 'Figures',
	'bilateral.side.both': 'Both sides',
	'bilateral.side.CAN': 'Canada’s figures',
	'bilateral.side.CHN': 'China’s figures',
	'bilateral.years': 'Years',
	'bilateral.from': 'From',
	'bilateral.to': 'to',

	// export-dependence
	'dependence.title': 'Where Canada’s exports go',
	'dependence.units': 'Per cent of Canada’s goods exports each year',
	'dependence.basis':
		'As Canada reports its exports (IMF figures to 2020 in US$, Statistics Canada customs totals from 2024 in C$; shares do not depend on the currency)',
	'dependence.yunit': 'Per cent of exports',
	'dependence.point': '{series}, {year}: {value} of Canada’s exports',
	'dependence.table.caption': 'Shares of Canada’s goods exports by destination, per cent',
	'dependence.takeaway':
		'In {year} the United States took {usa} of Canada’s goods exports and China {chn}: the press rounded 2024 to {quotedUsa} against {quotedChn}.',
	'dependence.statcan': 'Statistics Canada',
	'dependence.imf': 'IMF',

	// public-opinion
	'opinion.title': 'How Canadians see China and the United States',
	'opinion.units': 'Per cent of Canadian adults with a favourable view',
	'opinion.basis': 'Pew Research Center surveys of Canadian adults; dots mark survey years, lines join them across years without a survey',
	'opinion.yunit': 'Per cent favourable',
	'opinion.point.USA': 'Favourable view of the United States, {year}: {value}',
	'opinion.point.CHN': 'Favourable view of China, {year}: {value}',
	'opinion.callout.USA': 'US {from} → {to}',
	'opinion.callout.CHN': 'China {from} → {to}',
	'opinion.table.caption': 'Canadians with a favourable view, per cent, by survey year',
	'opinion.takeaway':
		'Between 2024 and 2025 Canadians’ favourable view of China rose from {chnFrom} to {chnTo} while that of the US fell from {usaFrom} to {usaTo}, leaving the two level.',

	// tariff-timeline
	'tariff.title': 'Tariffs between Canada and China, 2024–2026',
	'tariff.units': 'Per cent of the value of the goods (ad valorem rate of each measure)',
	'tariff.basis':
		'Each measure’s own rate as published; surtaxes are added to the ordinary tariff. Solid: in force; long dashes: announced; short dashes: expected',
	'tariff.lane.electric_vehicles': 'Chinese EVs into Canada',
	'tariff.lane.steel_aluminium': 'Chinese steel, aluminium',
	'tariff.lane.canola_seed': 'Canadian canola seed',
	'tariff.lane.canola_oil_meal_peas': 'Canola oil, meal, peas',
	'tariff.lane.pork_seafood': 'Canadian pork, seafood',
	'tariff.status.in_force': 'in force',
	'tariff.status.announced': 'announced',
	'tariff.status.expected': 'expected',
	'tariff.no.duty': 'no duty',
	'tariff.segment': '{measure}: {rate} from {date}, {status}',
	'tariff.table.caption': 'Tariff measures between Canada and China, in date order',
	'tariff.table.from': 'From',
	'tariff.table.measure': 'Measure',
	'tariff.table.rate': 'Rate',
	'tariff.table.status': 'Status',
	'tariff.table.note': 'Note',
	'tariff.key.canada': 'imposed by Canada',
	'tariff.key.china': 'imposed by China',
	'tariff.takeaway':
		'Canada’s {surtax} surtax on Chinese EVs ({surtaxDate}) drew Chinese duties on canola, pork and seafood in 2025, up to {seed} on canola seed; the {quotaDate} deal lets {quota} Chinese EVs in at {quotaRate} while the seed duty is expected to fall to about {expected}.',

	// canola-exports
	'canola.title': 'Canada’s canola exports to all partners',
	'canola.units.month': 'C$ millions a month, current prices',
	'canola.units.quarter': 'C$ millions a quarter, current prices',
	'canola.basis.month':
		'Canada’s customs exports to every destination together (not China alone), by month; seed HS 1205, oil HS 1514, meal HS 2306.41',
	'canola.basis.quarter':
		'Canada’s customs exports to every destination together (not China alone), by quarter; seed HS 1205, oil HS 1514, meal HS 2306.41',
	'canola.yunit': 'C$ millions',
	'canola.seed': 'Seed',
	'canola.oil': 'Oil',
	'canola.meal': 'Meal',
	'canola.point': 'Canola {product} exports, {period}: {value}',
	'canola.table.caption.month': 'Canada’s canola exports to all partners by month, C$ millions',
	'canola.table.caption.quarter': 'Canada’s canola exports to all partners by quarter, C$ millions',
	'canola.month': 'Month',
	'canola.quarter': 'Quarter',
	'canola.takeaway.month':
		'Canola seed exports to all destinations fell to {trough} in {troughPeriod}, when China’s deposit took effect, from {before} the month before; by {lastPeriod} they were back at {last}.',
	'canola.takeaway.quarter':
		'Canola seed exports to all destinations fell to {trough} in {troughPeriod}, when China’s deposit took effect, from {before} the quarter before; by {lastPeriod} they were back at {last}.',
	'canola.takeaway.none': 'Canola seed, oil and meal exports to all destinations around China’s duties.',

	// ev-quota
	'quota.title': 'The Chinese EV quota against Canada’s car market',
	'quota.units': 'Vehicles a year',
	'quota.basis': 'Quota as announced in January 2026 (a cap, not a forecast of sales); vehicle sales as reported, rounded',
	'quota.unit': 'Vehicles a year (hatched: a cap)',
	'quota.sales': 'Vehicles sold a year',
	'quota.first': 'EV quota, first year',
	'quota.fifth': 'EV quota, fifth year',
	'quota.share': '{value} ({share} of sales)',
	'quota.millions': '{value}M',
	'quota.table.caption': 'Chinese EV quota and annual vehicle sales in Canada',
	'quota.table.what': 'What',
	'quota.table.value': 'Vehicles a year',
	'quota.table.share': 'Share of annual sales',
	'quota.table.as': 'As the source puts it',
	'quota.takeaway':
		'Even at its fifth-year size of {fifth}, the quota would be near {share} of the {sales} million vehicles Canadians buy a year.',

	// Events marked on charts
	'event.detentions':
		'Dec 2018: Canada arrests Huawei’s Meng Wanzhou at US request; China detains two Canadians (shaded until their release)',
	'event.release': '2021: the two Canadians are freed after Meng’s deal with US prosecutors',
	'event.ev-surtax': 'Oct 2024: Canada’s 100% surtax on Chinese electric vehicles takes effect',
	'event.canola-oil': 'Mar 2025: China’s 100% tariff on Canadian canola oil and meal',
	'event.canola-seed': 'Aug 2025: China’s 75.8% anti-dumping deposit on Canadian canola seed',
	'event.gyeongju': 'Oct 2025: Xi and Carney meet at the APEC summit in South Korea',
	'event.beijing': 'Jan 2026: Carney in Beijing; EV quota agreed for lower canola duties',
	'event.canola-expected': 'Mar 2026: combined canola seed tariff expected to fall to about 15%',
	'expected.number': 'a number',
	'expected.finite': 'a finite number',
	'expected.whole': 'a whole number',
	'expected.safe': 'a whole number of safe size',
	'expected.date': 'a calendar date as YYYY-MM-DD',
	'expected.year': 'a year as YYYY',
	'expected.month': 'a month as YYYY-MM',
	'expected.boolean': 'true or false',
	'expected.required': 'a value (the column is required)',
	'expected.present': 'the column to be present',
	'expected.iso2': 'an ISO 3166-1 alpha-2 code',
	'expected.iso3': 'an ISO 3166 alpha-3 code or a project code (see src/lib/schema/extra-codes.ts)',
	'expected.one.of': 'one of {values}',
	'expected.min': 'a number ≥ {min}',
	'expected.max': 'a number ≤ {max}',
	'expected.pattern': 'text matching {pattern}',
	'expected.after.start': 'a date on or after period_start ({start})',
	'expected.lookup': 'a name listed in data/mappings/{file}'
} as const;
