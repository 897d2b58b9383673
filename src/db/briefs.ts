import { liveQuery, type Observable } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { BriefsDatabase } from './database';

/** The first `limit` briefs in feed order; the feed grows by pages, never reads the whole table. */
export function watchFeed(db: BriefsDatabase, limit: number): Observable<StoredBrief[]> {
	return liveQuery(() => db.briefs.orderBy('rank').limit(limit).toArray());
}

export function watchBriefCount(db: BriefsDatabase): Observable<number> {
	// Counted on the rank index (every brief has a rank): counting the table itself walks every
	// record, briefs and all, which at 10,000 briefs held up the start.
	return liveQuery(() => db.briefs.orderBy('rank').count());
}

/** The brief at /article/<slug>, or undefined when there is none. */
export function watchBriefBySlug(
	db: BriefsDatabase,
	slug: string
): Observable<StoredBrief | undefined> {
	return liveQuery(() => db.briefs.where('slug').equals(slug).first());
}

/** The briefs with these ids that still exist, in the order asked (a listening queue's). */
export async function readBriefsById(db: BriefsDatabase, ids: string[]): Promise<StoredBrief[]> {
	return (await db.briefs.bulkGet(ids)).filter((b): b is StoredBrief => b !== undefined);
}
