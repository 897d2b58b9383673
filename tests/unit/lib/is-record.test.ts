import { describe, expect, it } from 'vitest';
import { isRecord } from '../../../src/lib/is-record';

describe('isRecord', () => {
	it('is a plain object: not null, not a list, not a primitive', () => {
		expect(isRecord({})).toBe(true);
		expect(isRecord({ a: 1 })).toBe(true);
		for (const value of [null, undefined, [], [1], 'x', 1, true]) {
			expect(isRecord(value), String(value)).toBe(false);
		}
	});
});
