/**
 * Where the deck is: a slide (1-based, as in its address) and a step of that slide's reveal, and
 * whether the speaker notes show. Moving on reveals the slide's next step before the next slide;
 * moving back goes to the previous slide's last step, so a reveal replays the same way.
 */
export interface Place {
	slide: number;
	step: number;
}

export class Deck {
	slide = $state(1);
	step = $state(0);
	notes = $state(false);

	/** `steps`: how many steps each slide has (1 for a slide without a reveal). */
	constructor(readonly steps: readonly number[]) {}

	get total(): number {
		return this.steps.length;
	}

	lastStep(slide: number): number {
		return (this.steps[slide - 1] ?? 1) - 1;
	}

	after(): Place | null {
		if (this.step < this.lastStep(this.slide)) return { slide: this.slide, step: this.step + 1 };
		return this.slide < this.total ? { slide: this.slide + 1, step: 0 } : null;
	}

	before(): Place | null {
		if (this.step > 0) return { slide: this.slide, step: this.step - 1 };
		return this.slide > 1 ? { slide: this.slide - 1, step: this.lastStep(this.slide - 1) } : null;
	}

	first(): Place {
		return { slide: 1, step: 0 };
	}

	/** The last slide, whole. */
	last(): Place {
		return { slide: this.total, step: this.lastStep(this.total) };
	}

	show(place: Place): void {
		this.slide = place.slide;
		this.step = place.step;
	}
}
