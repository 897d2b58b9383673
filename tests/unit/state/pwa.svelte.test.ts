// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PwaState } from '../../../src/state/pwa.svelte';

// What vite-plugin-pwa's registration hands back, with its callbacks kept for the test to call.
const sw = vi.hoisted(() => ({
	options: undefined as undefined | Record<string, (...args: never[]) => void>,
	update: vi.fn(async () => {})
}));
vi.mock('virtual:pwa-register', () => ({
	registerSW: (options: typeof sw.options) => {
		sw.options = options;
		return sw.update;
	}
}));

afterEach(() => {
	vi.unstubAllEnvs();
	sw.options = undefined;
	sw.update.mockClear();
	Reflect.deleteProperty(navigator, 'serviceWorker');
});

describe('PwaState', () => {
	it('registers nothing in development', () => {
		new PwaState().register();
		expect(sw.options).toBeUndefined();
	});

	it('lets a new version wait for the reader, and reloads into it once, when asked', async () => {
		vi.stubEnv('PROD', true);
		Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
		const pwa = new PwaState();
		pwa.register();
		expect(pwa.updateWaiting).toBe(false);
		sw.options!.onNeedRefresh();
		sw.options!.onOfflineReady();
		expect(pwa.updateWaiting).toBe(true);
		expect(pwa.offlineReady).toBe(true);
		pwa.dismiss();
		expect(pwa.updateWaiting).toBe(false);
		await pwa.reload();
		await pwa.reload();
		expect(sw.update).toHaveBeenCalledOnce();
		expect(sw.update).toHaveBeenCalledWith(true);
	});
});
