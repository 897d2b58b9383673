// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadingHistoryState } from '../../../src/state/reading-history.svelte';
import { databaseLibrary, memoryLibrary, seeded, synthetic, useLibrary } from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library.
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);

afterEach(() => vi.restoreAllMocks());

const position = (progress: number) => ({ progress, scrollY: progress * 1000, layoutWidth: 390 });

describe('ReadingHistoryState', () => {
	it('marks read, records how far, offers the unfinished brief to continue, and clears', async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		const [a, b] = (await seeded(db, synthetic(1), synthetic(2))).briefs.map((x) => x.id);
		const history = new ReadingHistoryState();
		const reader = watch(() => [history.readIds, history.entries, history.continueReading]);
		await vi.waitFor(() => expect(history.loaded && history.continueLoaded).toBe(true));
		expect(history.entries).toEqual([]);
		expect(history.continueReading).toBeUndefined();

		await history.markRead(a);
		await vi.waitFor(() => expect(history.readIds.has(a)).toBe(true));
		// Opened but not started: nothing to continue yet.
		expect(history.continueReading).toBeUndefined();
		await history.recordProgress(a, position(0.4));
		await vi.waitFor(() => expect(history.continueReading?.brief.id).toBe(a));
		expect(history.entryFor(a)?.scrollY).toBe(400);

		// Finished is not "unfinished": the one before is offered instead.
		await new Promise((resolve) => setTimeout(resolve, 5));
		await history.markRead(b);
		await history.recordProgress(b, position(0.99));
		await vi.waitFor(() => expect(history.entries.map((e) => e.brief.id)).toEqual([b, a]));
		expect(history.continueReading?.brief.id).toBe(a);

		await history.clear();
		await vi.waitFor(() => expect(history.entries).toEqual([]));
		await vi.waitFor(() => expect(history.readIds.size).toBe(0));
		await vi.waitFor(() => expect(history.continueReading).toBeUndefined());
		await reader.stop();
	});

	it('a reader that comes back waits for a fresh answer, not the one from before it left', async () => {
		const { library, db } = await databaseLibrary();
		useLibrary(library);
		const [a] = (await seeded(db, synthetic(1))).briefs.map((x) => x.id);
		const history = new ReadingHistoryState();
		const first = watch(() => history.entries);
		await vi.waitFor(() => expect(history.loaded).toBe(true));
		await first.stop();
		await history.recordProgress(a, position(0.5));
		const again = watch(() => history.loaded && history.entryFor(a)?.progress);
		expect(again.value).toBe(false);
		await vi.waitFor(() => expect(again.value).toBe(0.5));
		await again.stop();
	});

	it('with nothing stored: reading goes on unrecorded, and there is nothing to continue', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const history = new ReadingHistoryState();
		const reader = watch(() => history.continueReading);
		expect(history.continueLoaded).toBe(true);
		expect(history.continueReading).toBeUndefined();
		await history.markRead('any');
		await history.recordProgress('any', position(0.5));
		expect(history.readIds.size).toBe(0);
		await reader.stop();
	});
});
