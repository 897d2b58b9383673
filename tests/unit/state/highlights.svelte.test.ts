// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorAt } from '../../../src/content/highlight-anchor';
import { HighlightsState, MAX_NOTE_LENGTH } from '../../../src/state/highlights.svelte';
import { databaseLibrary, memoryLibrary, seeded, synthetic, useLibrary } from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library.
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

afterEach(() => vi.restoreAllMocks());

const anchor = anchorAt(
	{ takeaways: ['A takeaway to quote.'], body: [] },
	{ part: 'takeaways', paragraph: 0, start: 2, end: 10 }
)!;

describe('HighlightsState', () => {
	it('adds highlights with their note, lists them newest first with their brief, removes', async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		const [a, b] = (await seeded(db, synthetic(1), synthetic(2))).briefs.map((x) => x.id);
		const highlights = new HighlightsState();
		const reader = watch(() => highlights.items);
		await vi.waitFor(() => expect(highlights.loaded).toBe(true));

		expect(await highlights.add(a, anchor, 'x'.repeat(MAX_NOTE_LENGTH + 10))).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(await highlights.add(b, anchor, '')).toBe(true);
		await vi.waitFor(() => expect(highlights.items.map((h) => h.brief?.id)).toEqual([b, a]));
		expect(highlights.items[1].note).toHaveLength(MAX_NOTE_LENGTH);
		expect(highlights.items[0].id).toMatch(/^h-[a-z0-9]{16}$/);

		await highlights.remove(highlights.items[0].id);
		await vi.waitFor(() => expect(highlights.items.map((h) => h.briefId)).toEqual([a]));
		expect(highlights.failure).toBeUndefined();
		await reader.stop();
	});

	it('says why a highlight was not kept', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const highlights = new HighlightsState();
		expect(await highlights.add('any', anchor, '')).toBe(false);
		expect(highlights.failure).toBe(
			"Highlights can't be kept: this browser isn't letting Briefs store anything."
		);

		const { library: failing } = await databaseLibrary();
		vi.spyOn(failing, 'addHighlight').mockRejectedValue(new Error('disk full'));
		useLibrary(failing);
		const other = new HighlightsState();
		expect(await other.add('any', anchor, '')).toBe(false);
		expect(other.failure).toBe("Couldn't save the highlight: disk full");
	});
});
