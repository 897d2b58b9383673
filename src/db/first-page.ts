import type { StoredBrief } from '../content/brief';
import { DATABASE_NAME } from './name';

export interface FirstPage {
	briefs: StoredBrief[];
	/**
	 * How many briefs are stored, for "Show more"; apart, because counting 10,000 index entries
	 * takes longer than reading the page, and the page must not wait for it.
	 */
	total: Promise<number | undefined>;
}

/**
 * The first `limit` briefs in feed order, read with plain IndexedDB while Dexie is still loading:
 * a cold start shows stored briefs without waiting for the database code. Read-only and
 * short-lived; undefined when there is no library yet (or no IndexedDB), which is then Dexie's to
 * create. Follows the schema in database.ts: store "briefs", index "rank".
 */
export function readFirstPage(limit: number, name = DATABASE_NAME): Promise<FirstPage | undefined> {
	return new Promise((resolve) => {
		let open: IDBOpenDBRequest;
		try {
			open = indexedDB.open(name);
		} catch {
			return resolve(undefined);
		}
		// No database yet: creating an empty one here would stand in the way of Dexie's schema.
		open.onupgradeneeded = () => open.transaction?.abort();
		open.onerror = (event) => {
			event.preventDefault();
			resolve(undefined);
		};
		open.onsuccess = () => {
			const db = open.result;
			// Never hold up another tab's upgrade, nor this tab's own Dexie opening a newer schema.
			db.onversionchange = () => db.close();
			try {
				if (!db.objectStoreNames.contains('briefs')) throw new Error('no briefs store');
				const tx = db.transaction('briefs', 'readonly');
				const rank = tx.objectStore('briefs').index('rank');
				const page = rank.getAll(null, limit);
				// On the index: the store's own count walks the records, briefs and all.
				const count = rank.count();
				const total = new Promise<number | undefined>((settle) => {
					tx.oncomplete = () => settle(count.result);
					tx.onabort = () => settle(undefined);
				}).finally(() => db.close());
				page.onsuccess = () => resolve({ briefs: page.result as StoredBrief[], total });
				page.onerror = () => resolve(undefined);
			} catch {
				db.close();
				resolve(undefined);
			}
		};
	});
}
