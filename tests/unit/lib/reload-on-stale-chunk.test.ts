import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadOnStaleChunk } from '../../../src/lib/reload-on-stale-chunk';

let listener: ((event: Event) => void) | undefined;
let store: Map<string, string>;
const reload = vi.fn();

beforeEach(() => {
	store = new Map();
	reload.mockReset();
	vi.stubGlobal('addEventListener', (type: string, fn: (event: Event) => void) => {
		if (type === 'vite:preloadError') listener = fn;
	});
	vi.stubGlobal('sessionStorage', {
		getItem: (key: string) => store.get(key) ?? null,
		setItem: (key: string, value: string) => store.set(key, value)
	});
	vi.stubGlobal('location', { reload });
	reloadOnStaleChunk();
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

const fire = () => {
	const event = new Event('vite:preloadError', { cancelable: true });
	listener?.(event);
	return event;
};

describe('reloadOnStaleChunk', () => {
	it('reloads once when a chunk of an old deploy fails to load', () => {
		const event = fire();
		expect(reload).toHaveBeenCalledTimes(1);
		expect(event.defaultPrevented).toBe(true);
	});

	it('does not reload in a loop when the reloaded page fails again', () => {
		fire();
		const again = fire();
		expect(reload).toHaveBeenCalledTimes(1);
		// Left unhandled, the error surfaces instead of being swallowed.
		expect(again.defaultPrevented).toBe(false);
	});

	it('reloads again for a later deploy, once the window has passed', () => {
		vi.useFakeTimers();
		fire();
		vi.advanceTimersByTime(60_000);
		fire();
		expect(reload).toHaveBeenCalledTimes(2);
	});
});
