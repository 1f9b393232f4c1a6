/**
 * A deck of explorer views (`/present?deck=…`): the views its link holds, read once the page runs
 * (the prerendered page is the story's deck), and each view's words as its slide loads them.
 */
import type { Translate } from '$lib/i18n/translate';
import type { SlideText } from './slides';

/** A deck's link as read: the views' queries, and what could not be read. */
export interface ViewDeckLink {
	queries: string[];
	problem: 'unreadable' | 'too-many' | 'bad-slide' | null;
	/** 1-based slide numbers left out. */
	dropped: number[];
}

/** A view's words, given by its slide once its figures have loaded. */
export interface ViewWords {
	title: string;
	shows: string;
	takeaway: string;
	question: string;
	notes: string;
	/** What the link held that could not be used (said on the view's own slide). */
	notices: string[];
}

export class ViewDeck {
	link: ViewDeckLink | null = $state(null);
	/** Each view's words, bound to its slide. */
	words: (ViewWords | undefined)[] = $state([]);

	get queries(): string[] {
		return this.link?.queries ?? [];
	}

	/** Whether the deck is of views (a link holding at least one) rather than the story's slides. */
	get active(): boolean {
		return this.queries.length > 0;
	}

	/** What was wrong with the link, said to the reader; `max` is the most slides a link holds. */
	problem(t: Translate, max: number): string | null {
		const problem = this.link?.problem;
		if (!problem) return null;
		if (problem === 'bad-slide') return t('present.deck.problem.bad-slide', { list: this.link?.dropped.join(', ') ?? '' });
		return t(`present.deck.problem.${problem}`, { max });
	}

	/** Each view's slide words (empty until its view has loaded); a view marks no numbered events. */
	get texts(): SlideText[] {
		return this.queries.map((_, i) => {
			const v = this.words[i];
			return {
				title: v?.title ?? '',
				shows: v?.shows ?? '',
				takeaway: v?.takeaway ?? '',
				question: v?.question ?? '',
				notes: v?.notes ?? '',
				events: []
			};
		});
	}
}
