// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { SectionsState } from '../../../src/state/sections.svelte';
import { SettingsState } from '../../../src/state/settings.svelte';
import { databaseLibrary, synthetic, useLibrary } from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library.
const use = vi.hoisted(() => ({
	settings: undefined as unknown as SettingsState
}));
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

// And its own reader settings, kept in that library.
vi.mock('../../../src/state/settings.svelte', async (importActual) => ({
	...(await importActual<object>()),
	get settings() {
		return use.settings;
	}
}));

afterEach(() => vi.restoreAllMocks());

describe('SectionsState', () => {
	it("lists the library's sections and those chosen, and keeps each choice in settings", async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		use.settings = new SettingsState();
		const { bundle } = await buildContent([synthetic(1), synthetic(2)]);
		const sections = ['World', 'Business'];
		await library.storeContent({
			...bundle,
			briefs: bundle.briefs.map((b, i) => ({ ...b, section: sections[i] }))
		});
		const state = new SectionsState();
		const reader = watch(() => [state.all, use.settings.value]);
		await vi.waitFor(() => expect(state.all).toEqual(['Business', 'World']));
		expect(state.choiceOf('World')).toBe('shown');

		await state.choose('World', 'muted');
		await vi.waitFor(() => expect(state.choiceOf('World')).toBe('muted'));
		await state.choose('Gone', 'followed');
		await vi.waitFor(() => expect(state.all).toEqual(['Business', 'Gone', 'World']));
		await state.choose('World', 'followed');
		await vi.waitFor(() => expect(use.settings.value.followed).toEqual(['Gone', 'World']));
		expect(use.settings.value.muted).toEqual([]);
		await state.setFollowedOnly(true);
		await vi.waitFor(() => expect(use.settings.value.followedOnly).toBe(true));
		await reader.stop();
	});
});
