import { liveQuery, type Observable } from 'dexie';
import type { StoredBrief } from '../content/brief';
import { requestPersistentStorage } from '../lib/persistent-storage';
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
	// Saved briefs are the reader's own data: ask the browser not to evict them.
	if (first) requestPersistentStorage();
}

export async function unsaveBrief(db: BriefsDatabase, briefId: string) {
	await db.saved.delete(briefId);
}

/** Saved briefs, newest saved first; a brief removed by a content update drops out. */
export async function readSaved(db: BriefsDatabase): Promise<SavedBrief[]> {
	const saved = await db.saved.orderBy('savedAt').reverse().toArray();
	const briefs = await db.briefs.bulkGet(saved.map((s) => s.briefId));
	return saved.flatMap((s, i) => {
		const brief = briefs[i];
		return brief ? [{ brief, savedAt: s.savedAt }] : [];
	});
}

export function watchSaved(db: BriefsDatabase): Observable<SavedBrief[]> {
	return liveQuery(() => readSaved(db));
}

export function watchSavedIds(db: BriefsDatabase): Observable<Set<string>> {
	return liveQuery(async () => new Set((await db.saved.toCollection().primaryKeys()) as string[]));
}
