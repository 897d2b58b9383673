import { liveQuery, type Observable } from 'dexie';
import {
	isUnfinished,
	type HistoryEntry,
	type HistoryRecord,
	type ScrollPosition
} from '../content/reading-history';
import type { BriefsDatabase } from './database';

/** Records an opening; a brief read before keeps its position until the reader scrolls. */
export async function markRead(db: BriefsDatabase, briefId: string, now = Date.now()) {
	await db.transaction('rw', db.history, async () => {
		const before = await db.history.get(briefId);
		await db.history.put({
			briefId,
			readAt: now,
			progress: before?.progress ?? 0,
			scrollY: before?.scrollY ?? 0,
			layoutWidth: before?.layoutWidth ?? 0
		});
	});
}

export async function recordProgress(
	db: BriefsDatabase,
	briefId: string,
	position: ScrollPosition,
	now = Date.now()
) {
	const progress = Math.min(1, Math.max(0, position.progress));
	await db.history.put({ briefId, readAt: now, ...position, progress });
}

export async function clearHistory(db: BriefsDatabase) {
	await db.history.clear();
}

async function withBriefs(db: BriefsDatabase, records: HistoryRecord[]): Promise<HistoryEntry[]> {
	const briefs = await db.briefs.bulkGet(records.map((r) => r.briefId));
	return records.flatMap((r, i) => {
		const brief = briefs[i];
		return brief ? [{ ...r, brief }] : [];
	});
}

/** Everything read, most recent first. */
export function watchHistory(db: BriefsDatabase): Observable<HistoryEntry[]> {
	return liveQuery(async () =>
		withBriefs(db, await db.history.orderBy('readAt').reverse().toArray())
	);
}

export function watchReadIds(db: BriefsDatabase): Observable<Set<string>> {
	return liveQuery(
		async () => new Set((await db.history.toCollection().primaryKeys()) as string[])
	);
}

/** The most recently opened brief the reader has not finished, for "Continue reading". */
export function watchContinueReading(db: BriefsDatabase): Observable<HistoryEntry | undefined> {
	return liveQuery(async () => {
		const recent = await db.history.orderBy('readAt').reverse().limit(20).toArray();
		const unfinished = recent.filter(isUnfinished);
		return (await withBriefs(db, unfinished))[0];
	});
}
