import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../../src/build/map-limited';

describe('mapLimited', () => {
	it('keeps the order of the items, with at most `limit` calls in flight', async () => {
		let inFlight = 0;
		let most = 0;
		const out = await mapLimited([5, 1, 4, 2, 3], 2, async (n) => {
			most = Math.max(most, ++inFlight);
			await new Promise((resolve) => setTimeout(resolve, n));
			inFlight--;
			return n * 10;
		});
		expect(out).toEqual([50, 10, 40, 20, 30]);
		expect(most).toBe(2);
	});

	it('answers an empty list at once', async () => {
		expect(await mapLimited([], 4, async () => 1)).toEqual([]);
	});
});
