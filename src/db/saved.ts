import { liveQuery, type Observable } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { BriefsDatabase } from './database';

export interface SavedBrief {
	brief: StoredBrief;
	savedAt: number;
}

export async function saveBrief(db: BriefsDatabase, briefId: string, now = Date.now()) {
	const first = (await db.saved.count()) === 0;
	// Keep the original time on a repeat save, so the Saved order does not jump.
	await db.transaction('rw', db.saved, async () => {
		if (!(await db.saved.get(briefId))) await db.saved.put({ briefId, savedAt: now });
	});
	if (first) await askPersistentStorage();
}

export async function unsaveBrief(db: BriefsDatabase, briefId: string) {
	await db.saved.delete(briefId);
}

/**
 * Saved briefs are the reader's own data: ask the browser not to evict them under storage
 * pressure. A refusal (or no API) is fine; the save itself has already happened.
 */
async function askPersistentStorage() {
	try {
		if (typeof navigator !== 'undefined' && navigator.storage?.persist) {
			await navigator.storage.persist();
		}
	} catch (error) {
		console.warn('Persistent storage request failed', error);
	}
}

/** Saved briefs, newest saved first; a brief removed by a content update drops out. */
export function watchSaved(db: BriefsDatabase): Observable<SavedBrief[]> {
	return liveQuery(async () => {
		const saved = await db.saved.orderBy('savedAt').reverse().toArray();
		const briefs = await db.briefs.bulkGet(saved.map((s) => s.briefId));
		return saved.flatMap((s, i) => {
			const brief = briefs[i];
			return brief ? [{ brief, savedAt: s.savedAt }] : [];
		});
	});
}

export function watchSavedIds(db: BriefsDatabase): Observable<Set<string>> {
	return liveQuery(async () => new Set((await db.saved.toCollection().primaryKeys()) as string[]));
}
