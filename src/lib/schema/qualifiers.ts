/**
 * The ledger's convention for a stated figure and its qualifier: the sign of the value gives the
 * direction, the qualifier bounds the size. Every check of the build, and the article checker, read
 * qualifiers through `satisfies`.
 */

export type Interval = readonly [number, number];

/** Percentage points an "about" share may be from the share the official series give. */
export const ABOUT_SHARE_POINTS = 2.5;
/** Percentage points an "about" change may be from the change the official series give. */
export const ABOUT_CHANGE_POINTS = 1;

/** Half a unit of the last decimal a stated number is written with: 10.4 → 0.05, 75 → 0.5. */
export function halfStep(stated: number): number {
	return 0.5 * 10 ** -(String(stated).split('.')[1] ?? '').length;
}

/** Half a unit of the last non-zero digit of a published level: 46_600_000_000 → 50_000_000; 30_003_253_086 → 0.5. */
export function roundingOf(level: number): number {
	if (!Number.isInteger(level) || level === 0) return halfStep(level);
	let step = 1;
	while (level % (step * 10) === 0) step *= 10;
	return step / 2;
}

/**
 * The change in per cent from `prev` to `cur` as an interval: every change the two levels allow,
 * each as rounded as it was published (US$46.6B to US$41.7B is −10.72% to −10.31%).
 */
export function changeRange(prev: number, cur: number): Interval {
	const [c, p] = [roundingOf(cur), roundingOf(prev)];
	return [100 * ((cur - c) / (prev + p) - 1), 100 * ((cur + c) / (prev - p) - 1)];
}

/**
 * Whether an actual value, or any value of an interval, agrees with a stated figure and its
 * qualifier under the ledger's convention: the sign of `stated` gives the direction, the qualifier
 * bounds the size |stated|. "Fell more than 10%" is -10 with more_than: −10.5 agrees, −9 and +12 do
 * not; "less than 4%" is 4 with less_than: 0 to 4. Bounds include the number itself, since the
 * source rounds; exact allows half a unit of its last digit (`step`: a number written "41.7 billion"
 * has its last digit in the hundred millions), about allows `about` either side.
 */
export function satisfies(qualifier: string, stated: number, actual: number | Interval, about: number, step = halfStep(stated)): boolean {
	const [lo, hi] = typeof actual === 'number' ? [actual, actual] : actual;
	const meets = (a: number, b: number) => lo <= b && hi >= a;
	switch (qualifier) {
		case 'exact':
			return meets(stated - step, stated + step);
		case 'about':
			return meets(stated - about, stated + about);
		case 'more_than':
		case 'at_least':
			return stated > 0 ? hi >= stated : stated < 0 ? lo <= stated : true;
		case 'less_than':
		case 'up_to':
			return meets(Math.min(0, stated), Math.max(0, stated));
		default:
			return false;
	}
}
