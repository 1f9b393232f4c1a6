/** The slide deck's words, in English: its controls and each slide's question and notes (spread into `en.ts`; `present-fr.ts` holds the same keys). */
export const presentEn = {
	'present.view.shows': 'One view from the explorer, in {units}.',
	'present.view.question.chart': 'What changed, and when? What might explain it?',
	'present.view.question.map': 'Which economies stand out, and what might they have in common?',
	'present.view.question.table': 'Which economies would you compare, and why?',
	'present.deck.problem.unreadable': 'This deck’s link could not be read: showing the story’s slides.',
	'present.deck.problem.too-many': 'This deck’s link holds more than {max} slides: the first {max} are shown.',
	'present.deck.problem.bad-slide': 'Slides {list} of this deck’s link could not be read and are left out.',
	'present.deck.title': 'Slides from the explorer',

	// Present mode: a slide deck for a class
	'present.title': 'Canada and China in numbers: slides',
	'present.deck': 'Slides',
	'present.slide': 'Slide {n} of {total}',
	'present.slide.named': 'Slide {n} of {total}: {title}',
	'present.step': 'Step {n} of {total}: {text}',
	'present.prev': 'Previous',
	'present.next': 'Next',
	'present.notes': 'Speaker notes',
	'present.notes.show': 'Show notes (N)',
	'present.notes.hide': 'Hide notes (N)',
	'present.fullscreen': 'Full screen (F)',
	'present.help':
		'Arrow keys or space: next and previous; Home and End: first and last; F: full screen; N: notes. On a touch screen, swipe.',
	'present.shows': 'What it shows',
	'present.takeaway': 'Takeaway',
	'present.question': 'To discuss',
	'present.home': 'Trade Lens',
	'present.events': 'Numbered events on the chart:',
	'present.reveal.usa': 'First, the United States alone.',
	'present.reveal.chn': 'Now China, on the same scale.',
	'present.reveal.rest': 'And everyone else.',
	'present.headline-figures.shows':
		'The five numbers most quoted about the January 2026 visit, each beside the official figure where the two differ.',
	'present.headline-figures.question': 'Why might a news story round a figure, or pick one country’s statistics over the other’s?',
	'present.headline-figures.notes':
		'Start here: ask the class which number surprises them most. Point out the qualifiers (about, under) and that Canada’s own customs data tell a different story about 2025 from China’s.',
	'present.bilateral-trade.shows': 'Goods traded between Canada and China every year since 1980, counted once by each country.',
	'present.bilateral-trade.question': 'The two countries count the same goods. Why do their lines never meet?',
	'present.bilateral-trade.notes':
		'Solid lines are Canada’s figures, dashed lines China’s. Blue is goods going to China, orange goods coming from China. Imports are valued with freight and insurance (CIF), exports at the border (FOB). Walk through the numbered events.',
	'present.export-dependence.shows':
		'Out of every hundred dollars of goods Canada sells abroad, how many go to the United States, to China and to everyone else.',
	'present.export-dependence.question': 'If the US bought less, could China take its place? What would have to change?',
	'present.export-dependence.notes':
		'Reveal step by step: the US line first (about three quarters), then China (a few per cent), then the rest of the world. Compare the press’s rounded figures, marked “quoted”, with the official ones.',
	'present.tariff-timeline.shows': 'The taxes each country put on the other’s goods in 2024–2026, product by product.',
	'present.tariff-timeline.question': 'Who gains and who loses when one tariff is traded for another?',
	'present.tariff-timeline.notes':
		'Solid is in force, long dashes announced, short dashes expected. Canada’s EV surtax came first; China answered on canola, pork and seafood. The January 2026 deal lowers both.',
	'present.canola-exports.shows':
		'How much canola seed, oil and meal Canada sold to the whole world, quarter by quarter, around China’s duties.',
	'present.canola-exports.question': 'When one buyer adds a duty, what can farmers and exporters do?',
	'present.canola-exports.notes':
		'These are exports to every destination, not China alone: the dip after August 2025 shows how much the Chinese market mattered for seed.',
	'present.ev-quota.shows':
		'The yearly number of Chinese electric vehicles let in at the low tariff, next to the number of vehicles Canadians buy in a year.',
	'present.ev-quota.question': 'Is the quota big or small? For carmakers, for buyers, for canola farmers?',
	'present.ev-quota.notes':
		'The hatched bars are caps, not forecasts of sales. Even in its fifth year the quota is a few per cent of the market.',
	'present.public-opinion.shows':
		'The share of Canadian adults with a favourable view of China and of the United States, in Pew Research Center surveys.',
	'present.public-opinion.question': 'What might have moved opinion in 2025? How would you check?',
	'present.public-opinion.notes':
		'Views of China fell after the 2018 detentions (shaded) and rose in 2025, while views of the US dropped sharply: by 2025 the two were level.'
} as const;
