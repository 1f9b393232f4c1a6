/**
 * The deck's keys: arrows, Page Up and Down, space (shift-space back), Home and End move; F is
 * full screen, N the notes. Keys a control of its own uses are left to it: typing, buttons,
 * links, a chart's marks, and any key with Alt, Ctrl or Meta.
 */
export interface DeckMoves {
	next(): void;
	previous(): void;
	first(): void;
	last(): void;
	toggleNotes(): void;
	fullScreen(): void;
}

/** What a key press does to the deck, or null when the key is not the deck's. */
export function deckKey(event: KeyboardEvent, moves: DeckMoves): (() => void) | null {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
	const target = event.target as HTMLElement;
	if (target.closest('input, select, textarea, [contenteditable="true"]')) return null;
	const activates = target.closest('button, a, summary');
	const keys: Record<string, () => void> = {
		ArrowRight: moves.next,
		ArrowDown: moves.next,
		PageDown: moves.next,
		ArrowLeft: moves.previous,
		ArrowUp: moves.previous,
		PageUp: moves.previous,
		Home: moves.first,
		End: moves.last,
		f: moves.fullScreen,
		n: moves.toggleNotes
	};
	if (event.key === ' ' && !activates) return event.shiftKey ? moves.previous : moves.next;
	// Letters either case: F or f.
	return keys[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? null;
}
