/** keptByKey: a derived value kept the same object while its key is, so nothing downstream redraws. */
import { describe, expect, it } from 'vitest';
import { keptByKey } from '../../src/lib/explore/kept';

describe('keptByKey', () => {
	it('returns the first object while the key is unchanged, and the new one once it changes', () => {
		const keep = keptByKey((v: { reporter: string; from: number }) => v.reporter);
		const first = keep({ reporter: 'CAN', from: 1990 });
		expect(keep({ reporter: 'CAN', from: 2000 })).toBe(first);
		const other = { reporter: 'DEU', from: 2000 };
		expect(keep(other)).toBe(other);
		expect(keep({ reporter: 'DEU', from: 1990 })).toBe(other);
		// Back to an earlier key: the object given now, not the one kept before.
		const again = { reporter: 'CAN', from: 1990 };
		expect(keep(again)).toBe(again);
	});
});
