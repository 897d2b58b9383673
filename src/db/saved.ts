import { liveQuery, type Observable } from 'dexie';
import type { SavedBrief } from '../content/saved-brief';
import type { BriefsDatabase } from './database';

/** Saves a brief; true when it is the first saved brief (the moment to ask to keep storage). */
export async function saveBrief(
	db: BriefsDatabase,
	briefId: string,
	now = Date.now()
): Promise<boolean> {
	// Keep the original time on a repeat save, so the Saved order does not jump.
	return db.transaction('rw', db.saved, async () => {
		if (await db.saved.get(briefId)) return false;
		const first = (await db.saved.count()) === 0;
		await db.saved.put({ briefId, savedAt: now });
		return first;
	});
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
