// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Connectivity } from '../../../src/state/connectivity.svelte';

const reach = vi.hoisted(() => ({ able: true }));
vi.mock('../../../src/lib/reachability', () => ({ serverReachable: async () => reach.able }));

afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
	reach.able = true;
});

describe('Connectivity', () => {
	it("follows the browser's flag, corrected by whether the server answers", async () => {
		const connectivity = new Connectivity();
		expect(connectivity.online).toBe(true);
		reach.able = false;
		vi.useFakeTimers();
		await connectivity.check();
		// "Online" on a network with no way out is offline.
		expect(connectivity.online).toBe(false);

		// Looked at again a while later, until the server answers.
		reach.able = true;
		await vi.advanceTimersByTimeAsync(5_000);
		expect(connectivity.online).toBe(true);

		dispatchEvent(new Event('offline'));
		expect(connectivity.online).toBe(false);
		dispatchEvent(new Event('online'));
		await vi.advanceTimersByTimeAsync(0);
		expect(connectivity.online).toBe(true);
	});
});
