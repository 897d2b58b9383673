// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/content/reader-settings';
import { SETTINGS_STORAGE_KEY } from '../../../src/lib/apply-settings';
import { SettingsState } from '../../../src/state/settings.svelte';
import { databaseLibrary, memoryLibrary, useLibrary } from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library.
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

afterEach(() => vi.restoreAllMocks());

afterEach(() => localStorage.clear());

describe('SettingsState', () => {
	it("starts from the boot script's copy and is not loaded until storage answers", async () => {
		localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ theme: 'dark', textSize: 3 }));
		const { library } = await databaseLibrary({ open: false });
		useLibrary(library);
		const settings = new SettingsState();
		const reader = watch(() => settings.value);
		expect(settings.value).toMatchObject({ theme: 'dark', textSize: 3 });
		expect(settings.loaded).toBe(false);
		await library.open();
		// Nothing stored yet: the defaults come from storage, and now they may be applied.
		await vi.waitFor(() => expect(settings.loaded).toBe(true));
		expect(settings.value).toEqual(DEFAULT_SETTINGS);
		await reader.stop();
	});

	it('stores a change and reads it back, keeping the rest', async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		const settings = new SettingsState();
		const reader = watch(() => settings.value);
		await settings.update({ theme: 'light', muted: ['Sport'] });
		await vi.waitFor(() => expect(settings.value.theme).toBe('light'));
		await settings.update({ textSize: 4 });
		await vi.waitFor(() => expect(settings.value.textSize).toBe(4));
		expect(settings.value.muted).toEqual(['Sport']);
		expect((await db.settings.get('reader'))?.value.theme).toBe('light');
		await reader.stop();
	});

	it('with nothing stored: a change holds for this visit', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const settings = new SettingsState();
		const reader = watch(() => settings.value);
		expect(settings.loaded).toBe(false);
		await settings.update({ lineWidth: 'wide' });
		expect(settings.loaded).toBe(true);
		expect(settings.value).toEqual({ ...DEFAULT_SETTINGS, lineWidth: 'wide' });
		await reader.stop();
	});
});
