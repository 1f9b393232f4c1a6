/** A horizontal swipe on a touch screen: left for the next step, right for the previous. A mouse drag is no swipe. */
export class Swipe {
	#from: number | null = null;

	/** `move`: 1 for the next step, -1 for the previous. */
	constructor(private readonly move: (direction: 1 | -1) => void) {}

	down = (event: PointerEvent): void => {
		this.#from = event.pointerType === 'touch' ? event.clientX : null;
	};

	up = (event: PointerEvent): void => {
		if (this.#from === null) return;
		const dx = event.clientX - this.#from;
		this.#from = null;
		if (Math.abs(dx) > 60) this.move(dx < 0 ? 1 : -1);
	};
}
