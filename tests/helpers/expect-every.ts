import { expect } from 'vitest';

/** Every item holds, and there is at least one: an empty list fails instead of passing vacuously. */
export function expectEvery<T>(items: readonly T[], holds: (item: T) => boolean, what = 'items'): void {
	expect(items.length, `no ${what} to check`).toBeGreaterThan(0);
	expect(
		items.filter((item) => !holds(item)),
		`${what} that do not hold`
	).toEqual([]);
}
