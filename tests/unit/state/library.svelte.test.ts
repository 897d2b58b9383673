// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import type { HighlightRecord } from '../../../src/content/highlight-record';
import { StorageUnavailableError } from '../../../src/state/library.svelte';
import { heldWrites, holdWrite } from '../../../src/state/pending-writes';
import {
	databaseLibrary,
	freshDatabase,
	libraryFor,
	memoryLibrary,
	seeded,
	synthetic
} from './test-library';
import { watch } from './watch.svelte';

afterEach(() => {
	vi.restoreAllMocks();
	localStorage.clear();
});

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});
const bundleOf = async (...n: number[]) => (await buildContent(n.map((i) => synthetic(i)))).bundle;

describe('Library: the database', () => {
	it('opens, and a query read in an effect answers from IndexedDB and follows its changes', async () => {
		const { library, db } = await databaseLibrary();
		expect(library.mode).toBe('database');
		expect(library.storesOnDevice).toBe(true);
		const bundle = await seeded(db, synthetic(1), synthetic(2), synthetic(3));
		const [a, b] = bundle.briefs.map((x) => x.id);

		const ids = library.savedIds();
		const reader = watch(() => ids.current);
		await vi.waitFor(() => expect(ids.loaded).toBe(true));
		expect(reader.value.size).toBe(0);
		await library.save(a);
		await library.save(b);
		await vi.waitFor(() => expect([...reader.value].sort()).toEqual([a, b].sort()));
		await library.unsave(a);
		await vi.waitFor(() => expect([...reader.value]).toEqual([b]));
		await reader.stop();
	});

	it('starts a query with its first reader, ends it with the last, and asks afresh after', async () => {
		const { library, db } = await databaseLibrary();
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		const items = library.saved();
		// Read outside an effect: the initial value, and nothing starts.
		expect(items.current).toEqual([]);
		expect(items.loaded).toBe(false);

		const first = watch(() => items.current);
		const second = watch(() => items.loaded);
		await vi.waitFor(() => expect(items.loaded).toBe(true));
		await first.stop();
		await library.save(bundle.briefs[0].id);
		// One reader is left: the query runs on.
		await vi.waitFor(() => expect(items.current).toHaveLength(1));
		await second.stop();
		expect(items.loaded).toBe(false);
		await library.save(bundle.briefs[1].id);
		await new Promise((resolve) => setTimeout(resolve, 50));
		// Nobody reads it: it kept its last answer and asked nothing more.
		expect(items.current).toHaveLength(1);

		const again = watch(() => items.current);
		await vi.waitFor(() => expect(again.value).toHaveLength(2));
		await again.stop();
	});

	it('asks the browser to keep storage on the first save only', async () => {
		const persist = vi.fn().mockResolvedValue(true);
		Object.defineProperty(navigator, 'storage', { value: { persist }, configurable: true });
		const { library, db } = await databaseLibrary();
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		await library.save(bundle.briefs[0].id);
		await library.save(bundle.briefs[1].id);
		expect(persist).toHaveBeenCalledTimes(1);
		expect(await db.saved.count()).toBe(2);
		Reflect.deleteProperty(navigator, 'storage');
	});

	it('writes wait for storage to open: a first read mark is kept', async () => {
		const { library, db } = await databaseLibrary({ open: false });
		expect(library.mode).toBe('opening');
		const bundle = await seeded(db, synthetic(1));
		await library.markRead(bundle.briefs[0].id);
		expect(library.mode).toBe('database');
		expect((await db.history.toArray()).map((h) => h.briefId)).toEqual([bundle.briefs[0].id]);
	});

	it('stores content, imports and a backup through the same gate', async () => {
		const { library } = await databaseLibrary();
		expect(await library.contentVersion()).toBeUndefined();
		const bundle = await bundleOf(1, 2);
		await library.storeContent(bundle);
		expect(await library.contentVersion()).toBe(bundle.version);

		const imported = { ...(await bundleOf(7)).briefs[0], id: 'imported-7', slug: 'imported-7' };
		const changes = await library.importBriefs([
			{ ...imported, origin: { format: 'brief', file: 'mine.txt', importedAt: 1 } }
		]);
		expect(changes).toEqual({ imported: 1, updated: 0, unchanged: 0 });
		const backup = await library.exportBackup();
		expect(backup.importedBriefs.map((b: { id: string }) => b.id)).toEqual(['imported-7']);
		expect(await library.removeImported(bundle.briefs[0].id)).toBe(false);
		expect(await library.removeImported('imported-7')).toBe(true);
		expect((await library.exportBackup()).importedBriefs).toEqual([]);
	});
});

describe('Library: the first page, before the database code has loaded', () => {
	it('answers the feed and its count with plain IndexedDB, then Dexie takes over', async () => {
		let loaded!: () => void;
		const db = freshDatabase();
		const bundle = await seeded(db, synthetic(1), synthetic(2), synthetic(3));
		db.close();
		const slow = await libraryFor(db, {}, new Promise<void>((resolve) => (loaded = resolve)));

		const feed = slow.feed(2);
		const count = slow.briefCount();
		const reader = watch(() => [feed.current, count.current] as const);
		void slow.open();
		await vi.waitFor(() => expect(count.current).toBe(3));
		expect(slow.mode).toBe('opening');
		expect(feed.current.map((b) => b.id)).toEqual(bundle.briefs.slice(0, 2).map((b) => b.id));

		loaded();
		await vi.waitFor(() => expect(slow.mode).toBe('database'));
		await db.briefs.delete(bundle.briefs[0].id);
		await vi.waitFor(() => expect(count.current).toBe(2));
		expect(feed.current.map((b) => b.id)).toEqual(bundle.briefs.slice(1, 3).map((b) => b.id));
		await reader.stop();
	});

	it('says nothing while no library is stored yet, so the page already shown stays', async () => {
		const { Library } = await import('../../../src/state/library.svelte');
		const never = new Library({ load: () => new Promise(() => {}), name: `none-${Math.random()}` });
		const feed = never.feed(30);
		const reader = watch(() => feed.current);
		void never.open();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(feed.loaded).toBe(false);
		await reader.stop();
	});
});

describe('Library: memory, when IndexedDB will not open', () => {
	it('after a failed open, reads briefs held in memory and keeps nothing', async () => {
		const warn = quiet();
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('IndexedDB is disabled (test)', 'InvalidStateError');
		});
		const library = await libraryFor(freshDatabase());
		await library.open();
		expect(library.mode).toBe('memory');
		expect(library.notice).toContain("This browser won't let Briefs store anything");
		expect(warn).toHaveBeenCalled();
		vi.mocked(indexedDB.open).mockRestore();

		const feed = library.feed(5, (b) => !b.headline.endsWith('number 2'));
		const count = library.briefCount();
		const saved = library.savedIds();
		const next = library.continueReading();
		const reader = watch(() => [feed.current, count.current, saved.current, next.current]);
		// Nothing held yet: no answer, so the feed keeps saying it is loading.
		expect(feed.loaded).toBe(false);
		expect(next.loaded).toBe(true);
		expect(next.current).toBeUndefined();

		const bundle = await bundleOf(3, 1, 2);
		library.holdInMemory(bundle.briefs);
		expect(library.holdsBriefsInMemory).toBe(true);
		expect(feed.loaded).toBe(true);
		// Filtered and in feed order, whatever order the bundle listed them in.
		expect(feed.current.map((b) => b.headline)).toEqual([
			'Synthetic test brief number 1',
			'Synthetic test brief number 3'
		]);
		expect(count.current).toBe(3);
		// Saving is paused: nothing answers, nothing is written, nothing throws.
		expect(saved.loaded).toBe(false);
		await library.save(bundle.briefs[0].id);
		expect(await library.updateSettings({ theme: 'dark' })).toBe(false);
		expect(await library.addHighlight({} as never)).toBe(false);
		await expect(library.exportBackup()).rejects.toBeInstanceOf(StorageUnavailableError);
		expect((await library.briefsById([bundle.briefs[1].id])).map((b) => b.id)).toEqual([
			bundle.briefs[1].id
		]);
		await reader.stop();
	});

	it('after a failed upgrade, shows the briefs the older database holds', async () => {
		quiet();
		const db = freshDatabase();
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		db.close();
		const upgradeFailed = await libraryFor(db, { openAppDatabase: async () => 'upgrade-failed' });
		await upgradeFailed.open();
		expect(upgradeFailed.mode).toBe('memory');
		expect(upgradeFailed.notice).toContain("couldn't update its storage");
		const article = upgradeFailed.briefBySlug(bundle.briefs[1].slug);
		const reader = watch(() => article.current);
		expect(reader.value?.id).toBe(bundle.briefs[1].id);
		await reader.stop();
	});

	it('a memory library answers a missing brief as missing once it holds briefs', async () => {
		const { library } = await memoryLibrary();
		const article = library.briefBySlug('no-such-brief');
		const reader = watch(() => article.loaded);
		expect(article.loaded).toBe(false);
		library.holdInMemory((await bundleOf(1)).briefs);
		expect(article.loaded).toBe(true);
		expect(article.current).toBeUndefined();
		await reader.stop();
	});
});

describe('Library: storage that closes or goes away', () => {
	it('closes for good when another tab upgrades, keeping what it last said', async () => {
		const { library, db } = await databaseLibrary();
		const bundle = await seeded(db, synthetic(1));
		await library.save(bundle.briefs[0].id);
		const ids = library.savedIds();
		const reader = watch(() => ids.current);
		await vi.waitFor(() => expect(ids.current.size).toBe(1));

		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(db.name, 1000);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error);
		});
		await vi.waitFor(() => expect(library.mode).toBe('closed'));
		expect(library.needsReload).toBe(true);
		expect(library.notice).toContain('updated in another tab');
		expect(ids.current.size).toBe(1);
		await library.save('anything');
		await reader.stop();
	});

	it('storage cleared behind its back: reopens, and running queries subscribe again', async () => {
		quiet();
		const db = freshDatabase();
		const { watchSavedIds } = await import('../../../src/db/app');
		// A query that broke while storage was gone stays broken: only a new subscription reads again.
		const subscriptions = vi.fn(watchSavedIds);
		const library = await libraryFor(db, { watchSavedIds: subscriptions });
		await library.open();
		const recovered = vi.fn();
		library.whenLost(recovered);
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		await library.save(bundle.briefs[0].id);
		const ids = library.savedIds();
		const reader = watch(() => ids.current);
		await vi.waitFor(() => expect(ids.current.size).toBe(1));

		await new Promise<void>((resolve) => {
			const request = indexedDB.deleteDatabase(db.name);
			request.onsuccess = () => resolve();
		});
		await vi.waitFor(() => expect(recovered).toHaveBeenCalledOnce());
		expect(library.mode).toBe('database');
		expect(subscriptions).toHaveBeenCalledTimes(2);
		await seeded(db, synthetic(1), synthetic(2));
		await vi.waitFor(() => expect(ids.current.size).toBe(0));
		await library.save(bundle.briefs[1].id);
		await vi.waitFor(() => expect([...ids.current]).toEqual([bundle.briefs[1].id]));
		await reader.stop();
	});

	it('the database code failing to load leaves storage closed, with a reload offered', async () => {
		quiet();
		const { Library } = await import('../../../src/state/library.svelte');
		const broken = new Library({ load: () => Promise.reject(new Error('chunk gone')) });
		await broken.open();
		expect(broken.mode).toBe('closed');
		expect(broken.needsReload).toBe(true);
		expect(broken.notice).toContain("couldn't load part of itself");
		const next = broken.continueReading();
		const reader = watch(() => next.current);
		expect(next.loaded).toBe(true);
		await reader.stop();
	});
});

describe('Library: marks in localStorage', () => {
	it('remembers that a library was stored, so an empty one later was cleared', async () => {
		const { library } = await databaseLibrary();
		expect(library.wasStoredBefore).toBe(false);
		library.markStored();
		expect(library.wasStoredBefore).toBe(true);
	});
});

describe('Library: changes whose page went away before they were committed', () => {
	const highlight = (id: string, briefId: string): HighlightRecord => ({
		id,
		briefId,
		createdAt: 1,
		updatedAt: 1,
		note: '',
		anchor: { part: 'body', paragraph: 0, start: 0, end: 4, quote: 'Text', prefix: '', suffix: '' }
	});

	it('holds a save, a highlight and their undoing until each transaction has committed', async () => {
		const { library, db } = await databaseLibrary();
		const bundle = await seeded(db, synthetic(1));
		const id = bundle.briefs[0].id;
		const kinds = () => heldWrites().map((held) => held.write.kind);
		const saving = library.save(id);
		const highlighting = library.addHighlight(highlight('h-one', id));
		expect(kinds()).toEqual(['save', 'highlight']);
		await Promise.all([saving, highlighting]);
		expect(kinds()).toEqual([]);
		const undoing = Promise.all([library.unsave(id), library.removeHighlight('h-one')]);
		expect(kinds()).toEqual(['unsave', 'unhighlight']);
		await undoing;
		expect(kinds()).toEqual([]);
		expect(await db.saved.count()).toBe(0);
		expect(await db.highlights.count()).toBe(0);
	});

	it('stores at the next open what a page that went away still held, in order', async () => {
		const db = freshDatabase();
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		const [first, second] = bundle.briefs.map((b) => b.id);
		await db.highlights.put(highlight('h-gone', first));
		await db.saved.put({ briefId: second, savedAt: 3 });
		// What a page had shown the reader, and held, when it was closed before the commits.
		holdWrite({ kind: 'highlight', record: highlight('h-kept', first) });
		holdWrite({ kind: 'unhighlight', id: 'h-gone' });
		holdWrite({ kind: 'save', briefId: first, at: 7 });
		holdWrite({ kind: 'unsave', briefId: second });
		const library = await libraryFor(db);
		await library.open();
		expect((await db.highlights.toArray()).map((h) => h.id)).toEqual(['h-kept']);
		expect(await db.saved.toArray()).toEqual([{ briefId: first, savedAt: 7 }]);
		expect(heldWrites()).toEqual([]);
	});

	it('keeps a held change that cannot be stored yet for the start after', async () => {
		quiet();
		const db = freshDatabase();
		const bundle = await seeded(db, synthetic(1));
		holdWrite({ kind: 'save', briefId: bundle.briefs[0].id, at: 7 });
		const library = await libraryFor(db, {
			saveBrief: async () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		});
		await library.open();
		expect(library.mode).toBe('database');
		expect(heldWrites().map((held) => held.write.kind)).toEqual(['save']);
	});
});
