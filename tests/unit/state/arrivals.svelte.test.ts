// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { ArrivalsState } from '../../../src/state/arrivals.svelte';
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

/** A deploy of briefs 1…n, brief n in `sections[n - 1]` (every brief is in the seed's otherwise). */
async function deploy(n: number, sections: string[] = []) {
	const { bundle } = await buildContent(Array.from({ length: n }, (_, i) => synthetic(i + 1)));
	const briefs = bundle.briefs.map((b, i) => ({ ...b, section: sections[i] ?? b.section }));
	return { ...bundle, briefs };
}

describe('ArrivalsState', () => {
	it('counts briefs a later sync brought, leaves muted sections out, and marks them seen', async () => {
		const { library } = await databaseLibrary();
		useLibrary(library);
		use.settings = new SettingsState();
		const arrivals = new ArrivalsState();
		const reader = watch(() => [arrivals.shown, arrivals.unseenCount]);
		await library.storeContent(await deploy(1));
		await vi.waitFor(() => expect(arrivals.loaded).toBe(true));
		// A first run is not news.
		expect(arrivals.unseenCount).toBe(0);

		const next = await deploy(3, ['World', 'World', 'Sport']);
		await library.storeContent(next);
		await vi.waitFor(() => expect(arrivals.unseenCount).toBe(2));
		const [, world, sport] = next.briefs.map((b) => b.id);
		expect(arrivals.ids).toEqual(new Set([world, sport]));

		await use.settings.update({ muted: ['Sport'] });
		await vi.waitFor(() => expect(arrivals.unseenCount).toBe(1));
		expect(arrivals.ids).toEqual(new Set([world]));

		await arrivals.markSeen();
		await vi.waitFor(() => expect(arrivals.unseen).toEqual([]));
		expect(arrivals.unseenCount).toBe(0);
		// Still marked new for the rest of this visit, so the divider stays where it was.
		expect(arrivals.ids).toEqual(new Set([world]));
		await reader.stop();
	});
});
