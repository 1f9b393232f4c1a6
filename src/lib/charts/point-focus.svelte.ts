/**
 * Keyboard focus over a chart's marks (roving tabindex): one tab stop per chart; arrows move along
 * a series (←/→) and between series (↑/↓), Home/End jump to the ends.
 */
import { tick } from 'svelte';

export interface FocusablePoint {
	cx: number;
	cy: number;
	label: string;
}

export class PointFocus<P extends FocusablePoint> {
	readonly #source: () => P[][];
	/** [series][point], recomputed when the chart's data changes. */
	readonly groups: P[][] = $derived.by(() => this.#source());
	#series = $state(0);
	#index = $state(0);
	/** Whether a mark has focus or hover (to show its label). */
	active = $state(false);

	constructor(groups: () => P[][]) {
		this.#source = groups;
	}

	/** The focused series, kept within the data when it shrinks. */
	get series(): number {
		return this.#series < this.groups.length ? this.#series : 0;
	}
	set series(value: number) {
		this.#series = value;
	}

	get index(): number {
		const n = this.groups[this.series]?.length ?? 0;
		return Math.max(0, Math.min(this.#index, n - 1));
	}
	set index(value: number) {
		this.#index = value;
	}

	get current(): P | undefined {
		return this.groups[this.series]?.[this.index];
	}

	isCurrent(series: number, index: number): boolean {
		return series === this.series && index === this.index;
	}

	/** Moves focus for a key; returns true when the key was handled. */
	key(key: string): boolean {
		const group = this.groups[this.series] ?? [];
		switch (key) {
			case 'ArrowRight':
				this.index = Math.min(group.length - 1, this.index + 1);
				return true;
			case 'ArrowLeft':
				this.index = Math.max(0, this.index - 1);
				return true;
			case 'Home':
				this.index = 0;
				return true;
			case 'End':
				this.index = group.length - 1;
				return true;
			case 'ArrowDown':
			case 'ArrowUp': {
				if (this.groups.length < 2) return true;
				const from = this.current;
				const step = key === 'ArrowDown' ? 1 : -1;
				this.series = (this.series + step + this.groups.length) % this.groups.length;
				this.index = nearestIndex(this.groups[this.series], from?.cx ?? 0);
				return true;
			}
		}
		return false;
	}

	/**
	 * Handles a key on the chart's marks: moves focus to the new current mark inside `container`.
	 * With `vertical`, ↑/↓ move along the marks (a column of bars) instead of between series.
	 */
	async keydown(event: KeyboardEvent, container: Element | undefined, vertical = false): Promise<void> {
		const key = vertical
			? (({ ArrowDown: 'ArrowRight', ArrowUp: 'ArrowLeft' } as Record<string, string>)[event.key] ?? event.key)
			: event.key;
		if (!this.key(key)) return;
		event.preventDefault();
		this.active = true;
		await tick();
		container?.querySelector<SVGElement>('[data-current="true"]')?.focus();
	}

	/** Points the pointer is over: the nearest mark in x, then in y. */
	hover(x: number, y: number): void {
		let best = Infinity;
		let [series, index] = [0, 0];
		this.groups.forEach((g, s) =>
			g.forEach((p, i) => {
				const d = Math.hypot(p.cx - x, (p.cy - y) / 4);
				if (d < best) [best, series, index] = [d, s, i];
			})
		);
		[this.series, this.index] = [series, index];
		this.active = true;
	}
}

function nearestIndex(points: readonly FocusablePoint[], cx: number): number {
	let best = 0;
	points.forEach((p, i) => {
		if (Math.abs(p.cx - cx) < Math.abs(points[best].cx - cx)) best = i;
	});
	return best;
}
