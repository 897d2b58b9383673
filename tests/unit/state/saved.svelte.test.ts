// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedState } from '../../../src/state/saved.svelte';
import { databaseLibrary, memoryLibrary, seeded, synthetic, useLibrary } from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library.
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

afterEach(() => vi.restoreAllMocks());

describe('SavedState', () => {
	it('saves and unsaves; every reader of ids and items follows', async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		const [a, b] = (await seeded(db, synthetic(1), synthetic(2))).briefs.map((x) => x.id);
		const saved = new SavedState();
		const reader = watch(() => [saved.ids, saved.items]);
		await vi.waitFor(() => expect(saved.loaded).toBe(true));
		expect(saved.items).toEqual([]);

		await saved.toggle(a);
		await vi.waitFor(() => expect(saved.ids.has(a)).toBe(true));
		await new Promise((resolve) => setTimeout(resolve, 5));
		await saved.toggle(b);
		await vi.waitFor(() => expect(saved.items.map((s) => s.brief.id)).toEqual([b, a]));
		await saved.toggle(a);
		await vi.waitFor(() => expect([...saved.ids]).toEqual([b]));
		expect(saved.failure).toBeUndefined();
		await reader.stop();
	});

	it('with nothing stored: toggling does nothing, and nothing claims to be loaded', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const saved = new SavedState();
		const reader = watch(() => saved.ids);
		await saved.toggle('any');
		expect(saved.ids.size).toBe(0);
		expect(saved.loaded).toBe(false);
		await reader.stop();
	});
});
