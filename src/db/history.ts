import { liveQuery, type Observable } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { BriefsDatabase, HistoryRecord } from './database';

export interface HistoryEntry extends HistoryRecord {
	brief: StoredBrief;
}

export interface ScrollPosition {
	progress: number;
	scrollY: number;
	layoutWidth: number;
}

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

/** Below this the reader has barely started; above it they have finished. */
export const RESUME_MIN = 0.02;
export const RESUME_MAX = 0.95;

/** The most recently opened brief the reader has not finished, for "Continue reading". */
export function watchContinueReading(db: BriefsDatabase): Observable<HistoryEntry | undefined> {
	return liveQuery(async () => {
		const recent = await db.history.orderBy('readAt').reverse().limit(20).toArray();
		const unfinished = recent.filter((r) => r.progress >= RESUME_MIN && r.progress <= RESUME_MAX);
		return (await withBriefs(db, unfinished))[0];
	});
}

export function watchHistoryEntry(
	db: BriefsDatabase,
	briefId: string
): Observable<HistoryRecord | undefined> {
	return liveQuery(() => db.history.get(briefId));
}
