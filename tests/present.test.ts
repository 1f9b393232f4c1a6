/** The slide deck's order and steps, and each slide's words from the data, in both languages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lang } from '../src/lib/i18n/lang';
import { Deck } from '../src/lib/present/deck.svelte';
import { SLIDES, SLIDE_STEPS, slideText } from '../src/lib/present/slides';
import { CHART_IDS } from '../src/lib/story/registry';
import type { StoryData } from '../src/lib/story/story-data';
import { ROOT } from './helpers/project';

const story = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'story-data.json'), 'utf8')) as StoryData;

describe('the deck', () => {
	it('has one slide a chart, in the story’s order; export-dependence reveals the US, then China, then the rest', () => {
		expect(SLIDES.map((s) => s.id)).toEqual([...CHART_IDS]);
		const dependence = SLIDES.find((s) => s.id === 'export-dependence');
		expect(dependence?.reveal?.map((r) => [...r.series])).toEqual([['usa'], ['usa', 'chn'], ['usa', 'chn', 'rest']]);
		expect(SLIDE_STEPS).toEqual([1, 1, 3, 1, 1, 1, 1]);
	});

	it('moves on step by step, back to the previous slide’s last step, and stops at either end', () => {
		const deck = new Deck(SLIDE_STEPS);
		const walk: string[] = [];
		for (let place = deck.first(); place; place = deck.after()!) {
			deck.show(place);
			walk.push(`${deck.slide}.${deck.step}`);
			if (!deck.after()) break;
		}
		expect(walk).toEqual(['1.0', '2.0', '3.0', '3.1', '3.2', '4.0', '5.0', '6.0', '7.0']);
		deck.show({ slide: 4, step: 0 });
		expect(deck.before()).toEqual({ slide: 3, step: 2 });
		deck.show(deck.first());
		expect(deck.before()).toBeNull();
		expect(deck.last()).toEqual({ slide: 7, step: 0 });
	});

	it('reads a slide number from an address and refuses anything else', () => {
		const deck = new Deck(SLIDE_STEPS);
		expect(deck.parse(undefined)).toBe(1);
		expect(deck.parse('3')).toBe(3);
		for (const bad of ['0', '8', '03', '2.5', '<b>', '1e1']) expect(deck.parse(bad), bad).toBeNull();
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
