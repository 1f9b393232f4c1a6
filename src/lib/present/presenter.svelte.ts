/**
 * The deck as it is presented: which slides it holds (the story's, or a link's explorer views),
 * where it is, the words of each slide, and moving (its address follows the slide, and the slide
 * follows its address when it changes from outside: back, forward, a typed link).
 */
import { onMount, untrack } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { Lang } from '$lib/i18n/lang';
import { localePath, otherLocale, type Locale } from '$lib/i18n/locale';
import type { StoryData } from '$lib/story/story-data';
import { Deck, type Place } from './deck.svelte';
import type { DeckMoves } from './deck-keys';
import { SLIDES, SLIDE_STEPS, slideText, type SlideText } from './slides';
import { ViewDeck, type ViewDeckLink } from './view-deck.svelte';

export interface PresenterInput {
	/** The page's data: the slide its address names, and the story's data. */
	data: () => { slide: number; story: StoryData };
	lang: { readonly current: Lang };
	/** Reads a deck of views from the page's `?deck=` parameter (null when there is none). */
	readLink: (param: string | null) => ViewDeckLink | null;
}

/** The reveal step a slide shows: its number and what it adds, as said on the slide. */
export interface ShownStep {
	n: number;
	said: string;
}

export class Presenter implements DeckMoves {
	deck: Deck = $state(new Deck(SLIDE_STEPS));
	readonly views = new ViewDeck();
	readonly #input: PresenterInput;

	constructor(input: PresenterInput) {
		this.#input = input;
		this.deck.show({ slide: untrack(() => input.data().slide), step: 0 });
		onMount(() => {
			this.views.link = input.readLink(page.url.searchParams.get('deck'));
			if (!this.views.active) return;
			const slide = Math.min(this.deck.slide, this.views.queries.length);
			this.deck = new Deck(this.views.queries.map(() => 1));
			this.deck.show({ slide, step: 0 });
		});
		$effect(() => {
			const slide = input.data().slide;
			untrack(() => {
				if (slide !== this.deck.slide) this.deck.show({ slide, step: 0 });
			});
		});
	}

	get #lang(): Lang {
		return this.#input.lang.current;
	}

	storyTexts: SlideText[] = $derived(SLIDES.map((s) => slideText(s.id, this.#input.data().story, this.#lang)));
	texts: SlideText[] = $derived(this.views.active ? this.views.texts : this.storyTexts);
	current: SlideText = $derived(this.texts[this.deck.slide - 1] ?? this.storyTexts[0]);

	/** The series the story's slide `i` (0-based) draws: its reveal's current step while it is shown. */
	revealed(i: number): readonly string[] | undefined {
		const reveal = SLIDES[i].reveal;
		return reveal && i + 1 === this.deck.slide ? reveal[this.deck.step].series : undefined;
	}

	/** The reveal step the current slide shows, if it reveals its chart step by step. */
	get step(): ShownStep | null {
		const reveal = this.views.active ? undefined : SLIDES[this.deck.slide - 1]?.reveal;
		if (!reveal) return null;
		const { t } = this.#lang;
		const n = this.deck.step + 1;
		return { n, said: t('present.step', { n, total: reveal.length, text: t(reveal[this.deck.step].text) }) };
	}

	/** What a screen reader hears on each move: the slide, and the step of a reveal. */
	get announcement(): string {
		const where = this.#lang.t('present.slide.named', { n: this.deck.slide, total: this.deck.total, title: this.current.title });
		return this.step ? `${where}. ${this.step.said}` : where;
	}

	/** A deck of views keeps its link on every slide. */
	get #deckQuery(): string {
		return this.views.active ? `?deck=${page.url.searchParams.get('deck')}` : '';
	}

	slidePath(n: number): string {
		return this.#lang.path(n === 1 ? '/present' : `/present/${n}`) + this.#deckQuery;
	}

	get otherLocale(): Locale {
		return otherLocale(this.#lang.locale);
	}

	/** The language switch keeps the slide. */
	get switchPath(): string {
		return localePath(this.otherLocale, this.deck.slide === 1 ? '/present' : `/present/${this.deck.slide}`) + this.#deckQuery;
	}

	go(place: Place | null): void {
		if (!place) return;
		const moved = place.slide !== this.deck.slide;
		this.deck.show(place);
		if (moved) void goto(this.slidePath(place.slide), { keepFocus: true, noScroll: true });
	}

	next = (): void => this.go(this.deck.after());
	previous = (): void => this.go(this.deck.before());
	first = (): void => this.go(this.deck.first());
	last = (): void => this.go(this.deck.last());
	toggleNotes = (): void => {
		this.deck.notes = !this.deck.notes;
	};
	fullScreen = async (): Promise<void> => {
		if (document.fullscreenElement) await document.exitFullscreen();
		else await document.documentElement.requestFullscreen?.();
	};
}
