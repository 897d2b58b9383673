import type { StoredBrief } from '../content/brief';

/** The database code (Dexie and what is built on it), loaded after the entry chunk. */
export type Database = typeof import('../db/app');

/**
 * opening: not known yet. database: IndexedDB works. memory: it does not, and briefs are read
 * from the content bundle (or an older database) held in memory. closed: another tab upgraded.
 */
export type StorageMode = 'opening' | 'database' | 'memory' | 'closed';

const LIBRARY_MARK = 'briefs.library-stored';
const WAITING = 'Briefs is waiting for another open tab to let go of its storage…';

/** Where briefs are read from, and what the reader must be told about it. */
export class StorageState {
	mode = $state<StorageMode>('opening');
	/** The library when `mode` is memory. */
	memoryBriefs = $state.raw<StoredBrief[]>([]);
	/** A sentence for the reader about storage, shown on every page; undefined when all is well. */
	notice = $state<string>();
	/** Whether the notice offers a reload (another tab runs a newer version). */
	needsReload = $state(false);
	/** Bumped when the database came back after being lost, so subscriptions start again. */
	generation = $state(0);
	/** Set before `mode` becomes database: whoever finds storage `usable` finds this too. */
	db?: Database;

	#opened?: Promise<void>;
	#onLost?: () => void;

	/** Opens the database once; every caller waits for the same attempt. */
	open(): Promise<void> {
		this.#opened ??= this.#open();
		return this.#opened;
	}

	/** What to do when the browser drops the database (content sync re-seeds it). */
	whenLost(recover: () => void) {
		this.#onLost = recover;
	}

	async #open() {
		let db: Database | undefined;
		try {
			db = await import('../db/app');
		} catch (error) {
			// Only a deploy that removed this chunk while the guard had just reloaded gets here.
			console.warn('Loading the database code failed', error);
			this.mode = 'closed';
			this.needsReload = true;
			this.notice = "Briefs couldn't load part of itself. Reload to keep reading.";
			return;
		}
		// Undefined when the stale-chunk guard took the failure: the page is reloading.
		if (!db) return;
		this.db = db;
		const { appDatabase } = db;
		const failure = await db.openAppDatabase(appDatabase, {
			onOutdated: () => {
				this.mode = 'closed';
				this.needsReload = true;
				this.notice = 'Briefs was updated in another tab. Reload to keep reading.';
			},
			onBlocked: () => {
				this.notice = WAITING;
			},
			onLost: () => void this.#recover()
		});
		if (!failure) {
			// The wait for another tab is over.
			if (this.notice === WAITING) this.notice = undefined;
			this.mode = 'database';
			return;
		}
		if (failure === 'upgrade-failed') {
			this.memoryBriefs = await db.readBriefsAsTheyAre(appDatabase.name);
			this.notice =
				"Briefs couldn't update its storage on this device. Your stored briefs are shown as they were; saving and history are paused until the next version.";
		} else {
			this.notice =
				"This browser won't let Briefs store anything (private mode or a blocked setting?). You can still read the briefs; saving and history won't be kept.";
		}
		this.mode = 'memory';
	}

	async #recover() {
		// Dexie reports the close before it has finished closing, and before a versionchange
		// handler says whether the close was on purpose.
		await new Promise((resolve) => setTimeout(resolve));
		if (this.mode !== 'database' || !this.db) return;
		if (await this.db.reopenAppDatabase(this.db.appDatabase)) {
			this.generation++;
			this.#onLost?.();
		}
	}

	/**
	 * Whether IndexedDB can be read now. Reads `generation` too, so an effect that subscribes
	 * after asking subscribes again once a lost database is back.
	 */
	get usable(): boolean {
		return this.generation >= 0 && this.mode === 'database' && this.db !== undefined;
	}

	/** The database code, for callers that checked `usable`. */
	get database(): Database {
		if (!this.db) throw new Error('storage is not open');
		return this.db;
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

	reload() {
		location.reload();
	}
}

export const storage = new StorageState();
