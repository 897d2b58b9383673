// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstallState } from '../../../src/state/install.svelte';

const standalone = (matches: boolean) =>
	vi.stubGlobal('matchMedia', (query: string) => ({ matches, media: query }));

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	localStorage.clear();
});

/** Chromium's install offer, answered as `outcome`. */
function offer(outcome: 'accepted' | 'dismissed') {
	return Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
		prompt: vi.fn(async () => {}),
		userChoice: Promise.resolve({ outcome })
	});
}

describe('InstallState', () => {
	it('offers to install when the browser does, once per offer, and never again once installed', async () => {
		standalone(false);
		const install = new InstallState();
		install.listen();
		expect(install.canInstall).toBe(false);

		const dismissed = offer('dismissed');
		dispatchEvent(dismissed);
		// Our button, not the browser's own bar.
		expect(dismissed.defaultPrevented).toBe(true);
		expect(install.canInstall).toBe(true);
		await install.install();
		expect(dismissed.prompt).toHaveBeenCalledOnce();
		expect(install.canInstall).toBe(false);
		expect(install.installed).toBe(false);

		dispatchEvent(offer('accepted'));
		await install.install();
		expect(install.installed).toBe(true);
		expect(localStorage.getItem('briefs.installed')).toBe('1');
		expect(new InstallState().installed).toBe(true);
	});

	it('an app running standalone is installed already', () => {
		standalone(true);
		const install = new InstallState();
		expect(install.installed).toBe(true);
		expect(install.showIosHelp).toBe(false);
	});
});
