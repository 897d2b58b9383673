import type { Arrival } from '../content/arrival';
import { compareRanks, type Brief, type BriefFilter, type StoredBrief } from '../content/brief';
import type { ContentBundle } from '../content/bundle';
import type { HighlightEntry, HighlightRecord } from '../content/highlight-record';
import type { ReaderSettings } from '../content/reader-settings';
import type { HistoryEntry, ScrollPosition } from '../content/reading-history';
import type { SavedBrief } from '../content/saved-brief';
import type { Backup, RestoreRecords } from '../content/backup-format';
import type { RestoreChanges } from '../db/backup';
import { readFirstPage, type FirstPage } from '../db/first-page';
import type { ImportChanges } from '../db/imports';
import type { ContentPart } from '../content/packs';
import { DATABASE_NAME } from '../db/name';
import { requestPersistentStorage } from '../lib/persistent-storage';
import { FEED_PAGE_SIZE } from './feed-page';
import { Live, type Answers, type Start } from './live.svelte';
import { heldWrites, whileHeld } from './pending-writes';

export type { Backup, ImportChanges, RestoreChanges, RestoreRecords };

/** The database code (Dexie and what is built on it), loaded after the entry chunk. */
export type Database = typeof import('../db/app');

/**
 * opening: not known yet. database: IndexedDB works. memory: it does not, and briefs are read
 * from the content bundle (or an older database) held in memory. closed: another tab upgraded.
 */
export type StorageMode = 'opening' | 'database' | 'memory' | 'closed';

type Storage =
	| { mode: 'opening' }
	| { mode: 'database'; db: Database }
	| { mode: 'memory'; briefs: readonly StoredBrief[] }
	| { mode: 'closed' };

/** A Dexie liveQuery, as far as the gate needs one (state code does not import Dexie). */
interface Observable<T> {
	subscribe(observer: Answers<T>): { unsubscribe(): void };
}

/** How one query is answered, whatever storage there is. */
interface Query<T> {
	/** What is read, for the console when reading fails. */
	what: string;
	database(db: Database): Observable<T>;
	/** From the briefs held in memory. Absent: memory keeps none of it (saving is paused). */
	memory?(briefs: readonly StoredBrief[], answers: Answers<T>): void;
	/** While the database code loads. */
	opening?(answers: Answers<T>): void;
	/** The answer when storage can keep none of it; absent: no answer. */
	unavailable?: { value: T };
}

/** Empty and never changed: stored ids are replaced whole. */
const NO_IDS: ReadonlySet<string> = new Set();
const LIBRARY_MARK = 'briefs.library-stored';
const WAITING = 'Briefs is waiting for another open tab to let go of its storage…';

/** Thrown by what cannot be done without storage (import, export, content sync). */
export class StorageUnavailableError extends Error {
	override name = 'StorageUnavailableError';
	constructor() {
		super("this browser isn't letting Briefs store anything");
	}
}

export interface LibraryOptions {
	/** Loads the database code; undefined when the page is reloading instead. */
	load?: () => Promise<Database | undefined>;
	/** The database the first page is read from before the database code has loaded. */
	name?: string;
}

/**
 * The one gate to stored data: the only code that knows where briefs are kept (IndexedDB, memory,
 * nowhere) and the only state code that imports src/db. Queries are live values that follow
 * storage by themselves (opened, lost and reopened, replaced by memory); writes are verbs that
 * wait for storage to open and keep nothing when it can't.
 */
export class Library {
	#storage = $state.raw<Storage>({ mode: 'opening' });
	/** A sentence for the reader about storage, shown on every page; undefined when all is well. */
	notice = $state<string>();
	/** Whether the notice offers a reload (another tab runs a newer version). */
	needsReload = $state(false);

	#load: () => Promise<Database | undefined>;
	#name: string;
	#opened?: Promise<void>;
	#onLost?: () => void;
	/** Running queries: each connects again when storage changes. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never read reactively
	#followers = new Set<() => void>();
	/** The first page, read once per page size while the database code loads. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, never read reactively
	#firstPages = new Map<number, Promise<FirstPage | undefined>>();

	constructor({ load = () => import('../db/app'), name = DATABASE_NAME }: LibraryOptions = {}) {
		this.#load = load;
		this.#name = name;
	}

	get mode(): StorageMode {
		return this.#storage.mode;
	}

	/** Opens storage once; every caller waits for the same attempt. */
	open(): Promise<void> {
		this.#opened ??= this.#open();
		return this.#opened;
	}

	/** What to do when the browser drops the database and it is back (content sync re-seeds it). */
	whenLost(recover: () => void) {
		this.#onLost = recover;
	}

	reload() {
		location.reload();
	}

	// Briefs

	/** The first `limit` briefs in feed order that pass `filter`. */
	feed(limit: number, filter?: BriefFilter): Live<StoredBrief[]> {
		return this.#live<StoredBrief[]>([], {
			what: 'stored briefs',
			database: (db) => db.watchFeed(db.appDatabase, limit, filter),
			memory: (briefs, answers) => {
				if (briefs.length) answers.next((filter ? briefs.filter(filter) : briefs).slice(0, limit));
			},
			opening: (answers) =>
				void this.#firstPage(limit).then((page) => {
					// An empty page says nothing yet: the library may be about to be stored.
					if (!page?.briefs.length) return;
					// Filtered, the page may come out short; Dexie's filtered read replaces it soon.
					answers.next(filter ? page.briefs.filter(filter) : page.briefs);
				})
		});
	}

	/** How many briefs pass `filter`, for "Show more". */
	briefCount(filter?: BriefFilter): Live<number> {
		return this.#live(0, {
			what: 'the number of stored briefs',
			database: (db) => db.watchBriefCount(db.appDatabase, filter),
			memory: (briefs, answers) =>
				answers.next(filter ? briefs.filter(filter).length : briefs.length),
			opening: (answers) =>
				void this.#firstPage(FEED_PAGE_SIZE).then(async (page) => {
					if (!page?.briefs.length) return;
					if (filter) return answers.next(page.briefs.filter(filter).length);
					answers.next(page.briefs.length);
					const total = await page.total;
					if (total !== undefined) answers.next(total);
				})
		});
	}

	/** The brief at /article/<slug>; undefined when there is none. */
	briefBySlug(slug: string): Live<StoredBrief | undefined> {
		return this.#live<StoredBrief | undefined>(undefined, {
			what: 'a brief',
			database: (db) => db.watchBriefBySlug(db.appDatabase, slug),
			memory: (briefs, answers) => {
				if (briefs.length) answers.next(briefs.find((b) => b.slug === slug));
			}
		});
	}

	/** The briefs with these ids that are still there, in the order asked. */
	async briefsById(ids: string[]): Promise<StoredBrief[]> {
		await this.open();
		const storage = this.#storage;
		if (storage.mode === 'database') return storage.db.readBriefsById(storage.db.appDatabase, ids);
		if (storage.mode !== 'memory') return [];
		return ids.flatMap((id) => storage.briefs.find((b) => b.id === id) ?? []);
	}

	// Saved

	saved(): Live<SavedBrief[]> {
		return this.#live<SavedBrief[]>([], {
			what: 'saved briefs',
			database: (db) => db.watchSaved(db.appDatabase)
		});
	}

	savedIds(): Live<ReadonlySet<string>> {
		return this.#live<ReadonlySet<string>>(NO_IDS, {
			what: 'saved briefs',
			database: (db) => db.watchSavedIds(db.appDatabase)
		});
	}

	save(briefId: string) {
		return whileHeld({ kind: 'save', briefId, at: Date.now() }, async () => {
			const db = await this.#database();
			// Saved briefs are the reader's own data: ask the browser not to evict them.
			if (db && (await db.saveBrief(db.appDatabase, briefId))) requestPersistentStorage();
		});
	}

	unsave(briefId: string) {
		return whileHeld({ kind: 'unsave', briefId }, async () => {
			const db = await this.#database();
			if (db) await db.unsaveBrief(db.appDatabase, briefId);
		});
	}

	/** Saved briefs as they are now, newest saved first (for an export). */
	async savedBriefs(): Promise<SavedBrief[]> {
		const db = await this.#required();
		return db.readSaved(db.appDatabase);
	}

	// History: without a database there is nowhere to keep it, and reading goes on unrecorded.

	history(): Live<HistoryEntry[]> {
		return this.#live<HistoryEntry[]>([], {
			what: 'your history',
			database: (db) => db.watchHistory(db.appDatabase)
		});
	}

	readIds(): Live<ReadonlySet<string>> {
		return this.#live<ReadonlySet<string>>(NO_IDS, {
			what: 'your history',
			database: (db) => db.watchReadIds(db.appDatabase)
		});
	}

	/** The brief to continue reading; undefined when there is none, or nowhere to remember one. */
	continueReading(): Live<HistoryEntry | undefined> {
		return this.#live<HistoryEntry | undefined>(undefined, {
			what: 'your history',
			database: (db) => db.watchContinueReading(db.appDatabase),
			unavailable: { value: undefined }
		});
	}

	async markRead(briefId: string) {
		const db = await this.#database();
		if (db) await db.markRead(db.appDatabase, briefId);
	}

	async recordProgress(briefId: string, position: ScrollPosition) {
		const db = await this.#database();
		if (db) await db.recordProgress(db.appDatabase, briefId, position);
	}

	async clearHistory() {
		const db = await this.#database();
		if (db) await db.clearHistory(db.appDatabase);
	}

	// Settings

	/** The stored settings; no answer when none can be stored. */
	settings(): Live<ReaderSettings | undefined> {
		return this.#live<ReaderSettings | undefined>(undefined, {
			what: 'settings',
			database: (db) => db.watchSettings(db.appDatabase)
		});
	}

	/** Changes some settings, keeping the rest; false when they can't be stored. */
	async updateSettings(change: Partial<ReaderSettings>): Promise<boolean> {
		const db = await this.#database();
		if (!db) return false;
		await db.updateSettings(db.appDatabase, change);
		return true;
	}

	// Highlights

	highlights(): Live<HighlightEntry[]> {
		return this.#live<HighlightEntry[]>([], {
			what: 'your highlights',
			database: (db) => db.watchHighlights(db.appDatabase)
		});
	}

	briefHighlights(briefId: string): Live<HighlightRecord[]> {
		return this.#live<HighlightRecord[]>([], {
			what: "this brief's highlights",
			database: (db) => db.watchBriefHighlights(db.appDatabase, briefId)
		});
	}

	/** Stores a highlight; false when it can't be kept. */
	addHighlight(record: HighlightRecord): Promise<boolean> {
		return whileHeld({ kind: 'highlight', record }, async () => {
			const db = await this.#database();
			if (!db) return false;
			await db.addHighlight(db.appDatabase, record);
			return true;
		});
	}

	removeHighlight(id: string) {
		return whileHeld({ kind: 'unhighlight', id }, async () => {
			const db = await this.#database();
			if (db) await db.removeHighlight(db.appDatabase, id);
		});
	}

	/** Every highlight as it is now, newest first, with its brief (for an export). */
	async highlightEntries(): Promise<HighlightEntry[]> {
		const db = await this.#required();
		return db.readHighlightEntries(db.appDatabase);
	}

	// Arrivals and sections

	/** Briefs content sync stored that the reader has not seen yet. */
	arrivals(): Live<Arrival[]> {
		return this.#live<Arrival[]>([], {
			what: 'new briefs',
			database: (db) => db.watchArrivals(db.appDatabase)
		});
	}

	async markArrivalsSeen() {
		const db = await this.#database();
		if (db) await db.markArrivalsSeen(db.appDatabase);
	}

	/** Every section in the library, sorted. */
	sections(): Live<string[]> {
		return this.#live<string[]>([], {
			what: 'sections',
			database: (db) => db.watchSections(db.appDatabase)
		});
	}

	// Content, imports and backups

	/** The content version stored on this device; undefined before the first sync. */
	async contentVersion(): Promise<string | undefined> {
		const db = await this.#required();
		return db.storedContentVersion(db.appDatabase);
	}

	/** Brings stored briefs in line with a whole content bundle, all or nothing. */
	async storeContent(bundle: ContentBundle) {
		const db = await this.#required();
		await db.applyContentBundle(db.appDatabase, bundle);
	}

	/** False while a sync has stored part of a newer version and not finished. */
	async contentComplete(): Promise<boolean> {
		const db = await this.#required();
		return db.storedContentComplete(db.appDatabase);
	}

	/** Briefs held of each part of deployed content, by hash (src/content/packs.ts). */
	async storedParts(): Promise<Map<string, number>> {
		const db = await this.#required();
		return db.storedParts(db.appDatabase);
	}

	/** Stores parts of the deployed content, in one transaction; the feed shows them at once. */
	async storeParts(parts: ContentPart[], deployed?: ReadonlyMap<string, number>) {
		const db = await this.#required();
		await db.applyContentParts(db.appDatabase, parts, deployed);
	}

	/** Every part of `version` is stored: what it no longer lists goes, and it becomes current. */
	async finishContent(version: string, parts: ReadonlyMap<string, number>) {
		const db = await this.#required();
		await db.finishContent(db.appDatabase, version, parts);
	}

	/** Whether briefs are stored on this device: IndexedDB is open. */
	get storesOnDevice(): boolean {
		return this.#storage.mode === 'database';
	}

	/** Whether briefs are held in memory for this visit (no IndexedDB): content sync fills it. */
	get inMemory(): boolean {
		return this.#storage.mode === 'memory';
	}

	/** Whether memory holds a library already (the deployed bundle, or an older database's). */
	get holdsBriefsInMemory(): boolean {
		const storage = this.#storage;
		return storage.mode === 'memory' && storage.briefs.length > 0;
	}

	/** With no IndexedDB: the deployed bundle's briefs become the library for this visit. */
	holdInMemory(briefs: readonly StoredBrief[]) {
		if (this.#storage.mode !== 'memory') return;
		this.#set({ mode: 'memory', briefs: [...briefs].sort((a, b) => compareRanks(a.rank, b.rank)) });
	}

	/** The library was stored on this device before: an empty database now means it was cleared. */
	get wasStoredBefore(): boolean {
		try {
			return localStorage.getItem(LIBRARY_MARK) !== null;
		} catch {
			return false;
		}
	}

	markStored() {
		try {
			localStorage.setItem(LIBRARY_MARK, '1');
		} catch {
			// Without localStorage a later eviction is simply not announced.
		}
	}

	/**
	 * Stores the reader's imported briefs and, from a backup, merges saved briefs, history,
	 * settings and highlights: one transaction, everything or nothing.
	 */
	async importBriefs(
		briefs: Brief[],
		restore?: RestoreRecords
	): Promise<ImportChanges & { restored?: RestoreChanges }> {
		const db = await this.#required();
		let changes: ImportChanges = { imported: 0, updated: 0, unchanged: 0 };
		const store = async () => {
			if (briefs.length) changes = await db.storeImportedBriefs(db.appDatabase, briefs);
		};
		if (!restore) {
			await store();
			return changes;
		}
		const restored = await db.restoreBackup(db.appDatabase, restore, store);
		return { ...changes, restored };
	}

	/** Removes a brief the reader imported; false for a published one. */
	async removeImported(id: string): Promise<boolean> {
		const db = await this.#required();
		return db.removeImportedBrief(db.appDatabase, id);
	}

	async exportBackup(): Promise<Backup> {
		const db = await this.#required();
		return db.exportBackup(db.appDatabase);
	}

	// The connection

	async #open() {
		let db: Database | undefined;
		try {
			db = await this.#load();
		} catch (error) {
			// Only a deploy that removed this chunk while the guard had just reloaded gets here.
			console.warn('Loading the database code failed', error);
			this.needsReload = true;
			this.notice = "Briefs couldn't load part of itself. Reload to keep reading.";
			this.#set({ mode: 'closed' });
			return;
		}
		// Undefined when the stale-chunk guard took the failure: the page is reloading.
		if (!db) return;
		const failure = await db.openAppDatabase(db.appDatabase, {
			onOutdated: () => {
				this.needsReload = true;
				this.notice = 'Briefs was updated in another tab. Reload to keep reading.';
				this.#set({ mode: 'closed' });
			},
			onBlocked: () => {
				this.notice = WAITING;
			},
			onLost: () => void this.#recover()
		});
		if (!failure) {
			// The wait for another tab is over.
			if (this.notice === WAITING) this.notice = undefined;
			await applyHeldWrites(db);
			this.#set({ mode: 'database', db });
			return;
		}
		let briefs: StoredBrief[] = [];
		if (failure === 'upgrade-failed') {
			briefs = await db.readBriefsAsTheyAre(db.appDatabase.name);
			this.notice =
				"Briefs couldn't update its storage on this device. Your stored briefs are shown as they were; saving and history are paused until the next version.";
		} else {
			this.notice =
				"This browser won't let Briefs store anything (private mode or a blocked setting?). You can still read the briefs; saving and history won't be kept.";
		}
		this.#set({ mode: 'memory', briefs });
	}

	async #recover() {
		// Dexie reports the close before it has finished closing, and before a versionchange
		// handler says whether the close was on purpose.
		await new Promise((resolve) => setTimeout(resolve));
		const storage = this.#storage;
		if (storage.mode !== 'database') return;
		if (await storage.db.reopenAppDatabase(storage.db.appDatabase)) {
			// The same database, open again: every running query subscribes anew.
			this.#set({ ...storage });
			this.#onLost?.();
		}
	}

	#set(storage: Storage) {
		this.#storage = storage;
		if (storage.mode !== 'opening') this.#firstPages.clear();
		for (const reconnect of [...this.#followers]) reconnect();
	}

	/** The database, once storage is open; undefined when there is none to keep things in. */
	async #database(): Promise<Database | undefined> {
		await this.open();
		const storage = this.#storage;
		return storage.mode === 'database' ? storage.db : undefined;
	}

	async #required(): Promise<Database> {
		const db = await this.#database();
		if (!db) throw new StorageUnavailableError();
		return db;
	}

	#firstPage(limit: number): Promise<FirstPage | undefined> {
		let page = this.#firstPages.get(limit);
		if (!page) {
			page = readFirstPage(limit, this.#name);
			this.#firstPages.set(limit, page);
		}
		return page;
	}

	#live<T>(initial: T, query: Query<T>): Live<T> {
		return new Live(initial, this.#follow(query));
	}

	/** Runs a query against whatever storage there is, and again each time that changes. */
	#follow<T>(query: Query<T>): Start<T> {
		return (answers) => {
			let disconnect = () => {};
			const connect = () => {
				disconnect();
				// Answers from the storage before are dropped, however late they come.
				let current = true;
				const stop = this.#connect(query, {
					next: (value) => {
						if (current) answers.next(value);
					},
					error: (error) => {
						if (!current) return;
						console.warn(`Reading ${query.what} failed`, error);
						answers.error(error);
					}
				});
				disconnect = () => {
					current = false;
					stop();
				};
			};
			connect();
			this.#followers.add(connect);
			return () => {
				this.#followers.delete(connect);
				disconnect();
			};
		};
	}

	#connect<T>(query: Query<T>, answers: Answers<T>): () => void {
		const storage = this.#storage;
		if (storage.mode === 'database') {
			const subscription = query.database(storage.db).subscribe(answers);
			return () => subscription.unsubscribe();
		}
		if (storage.mode === 'opening') query.opening?.(answers);
		else if (storage.mode === 'memory' && query.memory) query.memory(storage.briefs, answers);
		else if (query.unavailable) answers.next(query.unavailable.value);
		return () => {};
	}
}

export const library = new Library();

/**
 * Saves, unsaves and highlights whose page went away before they were committed (see
 * pending-writes.ts), applied in the order they were made. Each is idempotent: one another tab
 * still has under way is simply made twice. One that fails stays held for the next start.
 */
async function applyHeldWrites(db: Database) {
	for (const { write, release } of heldWrites()) {
		try {
			if (write.kind === 'highlight') await db.addHighlight(db.appDatabase, write.record);
			else if (write.kind === 'unhighlight') await db.removeHighlight(db.appDatabase, write.id);
			else if (write.kind === 'save') await db.saveBrief(db.appDatabase, write.briefId, write.at);
			else await db.unsaveBrief(db.appDatabase, write.briefId);
			release();
		} catch (error) {
			console.warn('A change kept from an earlier visit could not be stored yet', error);
		}
	}
}
