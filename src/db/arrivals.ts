import { liveQuery, type Observable } from 'dexie';
import type { Arrival } from '../content/arrival';
import { compareRanks, type StoredBrief } from '../content/brief';
import type { ArrivalsRecord, BriefsDatabase } from './database';

const arrivalsIn = (db: BriefsDatabase) => db.table<ArrivalsRecord, 'arrivals'>('meta');

/**
 * Adds the briefs a content sync just stored to those not yet seen; called inside that sync's
 * transaction, so an arrival is recorded exactly when its brief is.
 */
export async function recordArrivals(
	db: BriefsDatabase,
	added: readonly { id: string }[],
	removed: readonly string[]
) {
	const before = (await arrivalsIn(db).get('arrivals'))?.value.ids ?? [];
	const gone = new Set(removed);
	const ids = [...new Set([...before, ...added.map((b) => b.id)])].filter((id) => !gone.has(id));
	if (ids.length || before.length) await arrivalsIn(db).put({ key: 'arrivals', value: { ids } });
}

/** Arrivals not yet seen, in feed order; a brief removed (or replaced by an import) meanwhile drops out. */
export async function readArrivals(db: BriefsDatabase): Promise<Arrival[]> {
	return db.transaction('r', db.meta, db.briefs, async () => {
		const ids = (await arrivalsIn(db).get('arrivals'))?.value.ids ?? [];
		if (!ids.length) return [];
		const briefs = await db.briefs.bulkGet(ids);
		return briefs
			.filter((b): b is StoredBrief => b !== undefined)
			.sort((a, b) => compareRanks(a.rank, b.rank))
			.map(({ id, section }) => ({ id, section }));
	});
}

export function watchArrivals(db: BriefsDatabase): Observable<Arrival[]> {
	return liveQuery(() => readArrivals(db));
}

/** The reader has seen the feed's new briefs: the next sync starts a fresh count. */
export async function markArrivalsSeen(db: BriefsDatabase) {
	await arrivalsIn(db).delete('arrivals');
}
