import { liveQuery, type Observable } from 'dexie';
import type { BriefFilter, StoredBrief } from '../content/brief';
import type { BriefsDatabase } from './database';

/**
 * The first `limit` briefs in feed order; the feed grows by pages, never reads the whole table.
 * A filter walks briefs in rank order until the page is full.
 */
export function watchFeed(
	db: BriefsDatabase,
	limit: number,
	filter?: BriefFilter
): Observable<StoredBrief[]> {
	return liveQuery(() => {
		const ranked = db.briefs.orderBy('rank');
		return (filter ? ranked.filter(filter) : ranked).limit(limit).toArray();
	});
}

export function watchBriefCount(db: BriefsDatabase, filter?: BriefFilter): Observable<number> {
	// Counted on the rank index (every brief has a rank): counting the table itself walks every
	// record, briefs and all, which at 10,000 briefs held up the start. A filter has to read them:
	// only readers who chose one pay for it.
	return liveQuery(() => {
		const ranked = db.briefs.orderBy('rank');
		return (filter ? ranked.filter(filter) : ranked).count();
	});
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
