// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Library } from '../../../src/state/library.svelte';
import { SavedState } from '../../../src/state/saved.svelte';
import { databaseLibrary, memoryLibrary, seeded, synthetic } from './test-library';
import { watch } from './watch.svelte';

// Effects and createSubscriber run only in Svelte's client runtime; node would resolve the server's.
vi.mock('svelte', () => import('../../../node_modules/svelte/src/index-client.js' as string));
vi.mock(
	'svelte/reactivity',
	() => import('../../../node_modules/svelte/src/reactivity/index-client.js' as string)
);

// Each test gives the state its own library.
const use = vi.hoisted(() => ({ library: undefined as unknown as Library }));
vi.mock('../../../src/state/library.svelte', async (importActual) => {
	const actual = await importActual<typeof import('../../../src/state/library.svelte')>();
	// Until a test gives its own: a library that never opens.
	use.library = new actual.Library({ load: () => new Promise(() => {}) });
	return {
		...actual,
		get library() {
			return use.library;
		}
	};
});

afterEach(() => vi.restoreAllMocks());

describe('SavedState', () => {
	it('saves and unsaves; every reader of ids and items follows', async () => {
		const { library, db } = await databaseLibrary();
		use.library = library;
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
		use.library = library;
		const saved = new SavedState();
		const reader = watch(() => saved.ids);
		await saved.toggle('any');
		expect(saved.ids.size).toBe(0);
		expect(saved.loaded).toBe(false);
		await reader.stop();
	});
});
