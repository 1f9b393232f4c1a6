/** The slide deck's order and steps, and each slide's words from the data, in both languages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lang } from '../../src/lib/i18n/lang';
import { Deck } from '../../src/lib/present/deck.svelte';
import { SLIDES, SLIDE_STEPS, slideText } from '../../src/lib/present/slides';
import { CHARTS, CHART_IDS } from '../../src/lib/story/registry';
import type { StoryData } from '../../src/lib/story/story-data';
import { ROOT } from '../helpers/project';

const story = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'story-data.json'), 'utf8')) as StoryData;

describe('the deck', () => {
	it('has one slide a chart, in the story’s order, each with the steps its registry entry reveals', () => {
		expect(SLIDES.map((s) => s.id)).toEqual([...CHART_IDS]);
		expect(SLIDE_STEPS).toEqual(CHARTS.map((c) => c.reveal?.length ?? 1));
		const dependence = SLIDES.find((s) => s.id === 'export-dependence');
		expect(dependence?.reveal?.map((r) => [...r.series])).toEqual([['usa'], ['usa', 'chn'], ['usa', 'chn', 'rest']]);
	});

	it('moves on step by step, back to the previous slide’s last step, and stops at either end', () => {
		const deck = new Deck(SLIDE_STEPS);
		const walk: string[] = [];
		for (let place = deck.first(); place; place = deck.after()!) {
			deck.show(place);
			walk.push(`${deck.slide}.${deck.step}`);
			if (!deck.after()) break;
		}
		// Every step of every slide, in order.
		expect(walk).toEqual(SLIDE_STEPS.flatMap((steps, i) => Array.from({ length: steps }, (_, step) => `${i + 1}.${step}`)));
		const revealing = SLIDE_STEPS.findIndex((steps) => steps > 1) + 1;
		expect(revealing, 'a slide with a reveal').toBeGreaterThan(0);
		if (revealing < SLIDES.length) {
			deck.show({ slide: revealing + 1, step: 0 });
			expect(deck.before()).toEqual({ slide: revealing, step: SLIDE_STEPS[revealing - 1] - 1 });
		}
		deck.show(deck.first());
		expect(deck.before()).toBeNull();
		expect(deck.last()).toEqual({ slide: SLIDES.length, step: SLIDE_STEPS[SLIDES.length - 1] - 1 });
	});

	it('each slide says what it shows, the chart’s takeaway with the data’s figures, a question and notes, in English and French', () => {
		for (const locale of ['en', 'fr'] as const) {
			for (const s of SLIDES) {
				const text = slideText(s.id, story, lang(locale));
				for (const part of [text.title, text.shows, text.takeaway, text.question, text.notes])
					expect(part.length, `${locale} ${s.id}`).toBeGreaterThan(10);
				expect(text.question.trim().endsWith('?'), `${locale} ${s.id}`).toBe(true);
			}
		}
		expect(slideText('public-opinion', story, lang('en')).takeaway).toContain('from 21% to 34%');
		expect(slideText('public-opinion', story, lang('fr')).takeaway).toContain('de 21\u00a0% à 34\u00a0%');
		expect(slideText('bilateral-trade', story, lang('fr')).events).toHaveLength(7);
	});
});
