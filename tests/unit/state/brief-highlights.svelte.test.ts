// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { anchorAt } from '../../../src/content/highlight-anchor';
import { BriefHighlightsState } from '../../../src/state/brief-highlights.svelte';
import { databaseLibrary, seeded, synthetic, useLibrary } from './test-library';
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
const record = (id: string, briefId: string, createdAt: number) => ({
	id,
	briefId,
	createdAt,
	updatedAt: createdAt,
	note: '',
	anchor
});

describe('BriefHighlightsState', () => {
	it("lists one brief's highlights in the order made, once the brief is known", async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		const [a, b] = (await seeded(db, synthetic(1), synthetic(2))).briefs.map((x) => x.id);
		await library.addHighlight(record('h-2', a, 2));
		await library.addHighlight(record('h-1', a, 1));
		await library.addHighlight(record('h-3', b, 3));

		let briefId = $state<string>();
		const highlights = new BriefHighlightsState(() => briefId);
		const reader = watch(() => highlights.list);
		expect(highlights.list).toEqual([]);
		briefId = a;
		flushSync();
		await vi.waitFor(() => expect(highlights.list.map((h) => h.id)).toEqual(['h-1', 'h-2']));
		await library.addHighlight(record('h-4', a, 4));
		await vi.waitFor(() => expect(highlights.list.map((h) => h.id)).toEqual(['h-1', 'h-2', 'h-4']));
		await reader.stop();
	});
});
