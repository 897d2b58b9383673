// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BriefFilter, StoredBrief } from '../../../src/content/brief';
import { buildContent } from '../../../src/content/bundle';
import { FeedState } from '../../../src/state/feed.svelte';
import {
	databaseLibrary,
	failingQuery,
	freshDatabase,
	libraryFor,
	memoryLibrary,
	seeded,
	synthetic,
	useLibrary
} from './test-library';
import { watch } from './watch.svelte';

// Each test gives the state its own library, and says how content sync went.
const use = vi.hoisted(() => ({
	content: { status: 'idle' as 'idle' | 'syncing' | 'ready' | 'failed' }
}));
vi.mock('../../../src/state/library.svelte', async (importActual) =>
	(await import('./test-library')).withTestLibrary(await importActual())
);
vi.mock('../../../src/state/content.svelte', () => ({
	get content() {
		return use.content;
	}
}));

afterEach(() => {
	vi.restoreAllMocks();
	use.content = { status: 'idle' };
});

/** A library of `n` synthetic briefs, stored as a sync stores them. */
async function storedLibrary(n: number) {
	const { library, db } = await databaseLibrary();
	const bundle = await seeded(db, ...Array.from({ length: n }, (_, i) => synthetic(i + 1)));
	useLibrary(library);
	return { library, db, ids: bundle.briefs.map((b) => b.id) };
}

const ids = (briefs: StoredBrief[]) => briefs.map((b) => b.id);

describe('FeedState', () => {
	it('shows a page of stored briefs, and Show more grows it without emptying the list', async () => {
		const { ids: all } = await storedLibrary(35);
		const feed = new FeedState();
		const reader = watch(() => ({ briefs: feed.briefs, hasMore: feed.hasMore }));
		await vi.waitFor(() => expect(feed.briefs).toHaveLength(30));
		await vi.waitFor(() => expect(feed.total).toBe(35));
		expect(ids(feed.briefs)).toEqual(all.slice(0, 30));
		expect(feed.hasMore).toBe(true);
		expect(feed.loaded).toBe(true);

		feed.showMore();
		flushSync();
		expect(feed.limit).toBe(60);
		await vi.waitFor(() => expect(feed.briefs).toHaveLength(35));
		expect(feed.hasMore).toBe(false);
		// From the first page on, every list the reader saw was a full one.
		const sizes = reader.seen.map((s) => s.briefs.length);
		expect(sizes.slice(sizes.indexOf(30))).toEqual(expect.not.arrayContaining([0]));
		expect(sizes.at(-1)).toBe(35);
		await reader.stop();
	});

	it("asks again when the filter's inputs change, keeping the old list until the answer", async () => {
		const { ids: all } = await storedLibrary(4);
		let only = $state<string | undefined>();
		const filter = (): BriefFilter | undefined => {
			const id = only;
			return id ? (brief) => brief.id === id : undefined;
		};
		const feed = new FeedState(filter);
		const reader = watch(() => feed.briefs);
		await vi.waitFor(() => expect(feed.briefs).toHaveLength(4));

		only = all[2];
		flushSync();
		expect(feed.briefs).toHaveLength(4);
		await vi.waitFor(() => expect(ids(feed.briefs)).toEqual([all[2]]));
		await vi.waitFor(() => expect(feed.total).toBe(1));
		expect(feed.hasMore).toBe(false);
		only = undefined;
		await vi.waitFor(() => expect(feed.briefs).toHaveLength(4));
		await reader.stop();
	});

	it('follows the library: a brief stored or removed shows at once', async () => {
		const { db, ids: all } = await storedLibrary(2);
		const feed = new FeedState();
		const reader = watch(() => feed.briefs);
		await vi.waitFor(() => expect(feed.briefs).toHaveLength(2));
		await db.briefs.delete(all[0]);
		await vi.waitFor(() => expect(ids(feed.briefs)).toEqual([all[1]]));
		await vi.waitFor(() => expect(feed.total).toBe(1));
		await reader.stop();
	});

	it('keeps the page the build rendered until storage has briefs, unless sync failed', async () => {
		const db = freshDatabase();
		const library = await libraryFor(db);
		useLibrary(library);
		await library.open();
		const { bundle } = await buildContent([synthetic(1), synthetic(2)]);
		const page = { path: '/', briefs: bundle.briefs.slice(0, 1), total: 2 };
		const feed = new FeedState(undefined, page);
		const reader = watch(() => feed.briefs);
		expect(feed.loaded).toBe(true);
		expect(ids(feed.briefs)).toEqual([bundle.briefs[0].id]);
		expect(feed.total).toBe(2);
		expect(feed.hasMore).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 30));
		// Storage answered with nothing yet: the built page stands.
		expect(ids(feed.briefs)).toEqual([bundle.briefs[0].id]);

		await seeded(db, synthetic(1), synthetic(2));
		await vi.waitFor(() => expect(feed.briefs).toHaveLength(2));
		await reader.stop();

		const content = $state<typeof use.content>({ status: 'syncing' });
		use.content = content;
		await db.briefs.clear();
		const failed = new FeedState(undefined, page);
		const second = watch(() => failed.briefs);
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(failed.briefs).toHaveLength(1);
		content.status = 'failed';
		await vi.waitFor(() => expect(failed.briefs).toEqual([]));
		await second.stop();
	});

	it('reads from memory when nothing can be stored', async () => {
		const { library } = await memoryLibrary();
		useLibrary(library);
		const feed = new FeedState();
		const reader = watch(() => feed.briefs);
		expect(feed.loaded).toBe(false);
		const { bundle } = await buildContent([synthetic(1), synthetic(2), synthetic(3)]);
		library.holdInMemory(bundle.briefs);
		expect(feed.briefs).toHaveLength(3);
		expect(feed.total).toBe(3);
		expect(feed.loaded).toBe(true);
		await reader.stop();
	});

	it('says why when stored briefs cannot be read', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const library = await libraryFor(freshDatabase(), {
			watchFeed: () => failingQuery('the disk is on fire')
		});
		useLibrary(library);
		await library.open();
		const feed = new FeedState();
		const reader = watch(() => feed.failure);
		await vi.waitFor(() =>
			expect(feed.failure).toBe("Couldn't read stored briefs: the disk is on fire")
		);
		await reader.stop();
	});
});
