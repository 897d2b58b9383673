import { liveQuery, type Observable } from 'dexie';
import type { HighlightEntry, HighlightRecord } from '../content/highlight-record';
import type { BriefsDatabase } from './database';

export async function addHighlight(db: BriefsDatabase, highlight: HighlightRecord) {
	// put, not add: a write kept from a page that went away may be made again (src/state/pending-writes.ts).
	await db.highlights.put(highlight);
}

export async function updateHighlightNote(
	db: BriefsDatabase,
	id: string,
	note: string,
	now = Date.now()
) {
	await db.highlights.update(id, { note, updatedAt: now });
}

export async function removeHighlight(db: BriefsDatabase, id: string) {
	await db.highlights.delete(id);
}

/** One brief's highlights, in the order they were made. */
export function watchBriefHighlights(
	db: BriefsDatabase,
	briefId: string
): Observable<HighlightRecord[]> {
	return liveQuery(() => db.highlights.where('briefId').equals(briefId).sortBy('createdAt'));
}

/** Every highlight, newest first, with its brief. */
export async function readHighlightEntries(db: BriefsDatabase): Promise<HighlightEntry[]> {
	const highlights = await db.highlights.orderBy('createdAt').reverse().toArray();
	const ids = [...new Set(highlights.map((h) => h.briefId))];
	const briefs = new Map(
		(await db.briefs.bulkGet(ids)).flatMap((b) => (b ? [[b.id, b] as const] : []))
	);
	return highlights.map((h) => ({ ...h, brief: briefs.get(h.briefId) }));
}

export function watchHighlights(db: BriefsDatabase): Observable<HighlightEntry[]> {
	return liveQuery(() => readHighlightEntries(db));
}

export async function readHighlights(db: BriefsDatabase): Promise<HighlightRecord[]> {
	return db.highlights.orderBy('createdAt').toArray();
}

/**
 * Merges restored highlights by id: one not stored is added; of two copies of the same
 * highlight, the one changed later stays. Call inside the restore's transaction.
 */
export async function mergeHighlights(
	db: BriefsDatabase,
	highlights: HighlightRecord[]
): Promise<number> {
	const stored = await db.highlights.bulkGet(highlights.map((h) => h.id));
	const newer = highlights.filter((h, i) => !stored[i] || stored[i].updatedAt < h.updatedAt);
	await db.highlights.bulkPut(newer);
	return newer.length;
}
