/**
 * Keeps a derived value the same object while its key is unchanged. The explorer's view is replaced
 * whole on every change, so whatever reads part of it is computed again; kept this way, what reads
 * the result (a chart's model, its table, its DOM) is not redrawn for a change that does not concern it.
 */
export function keptByKey<T>(keyOf: (value: T) => string): (value: T) => T {
	let kept: { key: string; value: T } | null = null;
	return (value) => {
		const key = keyOf(value);
		if (kept?.key !== key) kept = { key, value };
		return kept.value;
	};
}
