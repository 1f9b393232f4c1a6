/** A claim built by hand, as the reader would give it: Canada's exports to the world in 2024, unless told otherwise. */
import type { Claim } from '../../src/lib/check/claim';
import type { NumberUnit } from '../../src/lib/check/numbers';

export function handClaim(
	number: { text: string; value: number; unit: NumberUnit; start?: number },
	sentence: string,
	over: Partial<Claim> = {}
): Claim {
	const start = number.start ?? 0;
	return {
		sentence: { start: 0, end: sentence.length, text: sentence },
		number: { start, end: start + number.text.length, text: number.text, value: number.value, unit: number.unit, qualifier: 'exact' },
		measure: 'trade_value',
		value: number.value,
		reporter: 'CAN',
		partner: 'WLD',
		partnerWords: null,
		flow: 'exports',
		year: over.period?.year ?? 2024,
		period: null,
		base: null,
		currency: number.unit === 'percent' ? null : number.unit,
		currencyImplied: false,
		scope: 'goods',
		volume: false,
		product: null,
		noSeries: false,
		...over
	};
}
