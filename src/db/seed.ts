import { Dexie } from 'dexie';
import type { StoredBrief } from '../content/brief';
import type { ContentBundle, ManifestEntry } from '../content/bundle';
import type { ContentPart } from '../content/packs';
import { recordArrivals } from './arrivals';
import {
	partKey,
	readMeta,
	UNPARTED,
	type BriefsDatabase,
	type MetaRecord,
	type PartCounts,
	type PendingChanges,
	type StoredPart
} from './database';

export interface ContentChanges {
	added: number;
	updated: number;
	removed: number;
}

/** The content version stored last, or undefined on a first run (or after storage was cleared). */
export async function storedContentVersion(db: BriefsDatabase): Promise<string | undefined> {
	return (await readMeta(db, 'contentVersion'))?.version || undefined;
}

/** False while a sync has stored some parts of a newer version and not finished. */
export async function storedContentComplete(db: BriefsDatabase): Promise<boolean> {
	return !(await readMeta(db, 'contentVersion'))?.incomplete;
}

const sameEntry = (a: ManifestEntry, b: ManifestEntry) =>
	a.contentHash === b.contentHash && a.rank === b.rank && a.slug === b.slug;

const readerTables = (db: BriefsDatabase) => [
	db.briefs,
	db.meta,
	db.saved,
	db.history,
	db.highlights
];

const partCounts = async (db: BriefsDatabase): Promise<PartCounts> =>
	(await readMeta(db, 'parts')) ?? {};

/**
 * How many briefs of each part (src/content/packs.ts) this device holds as that part has them: a
 * part is held whole when the count is the manifest's, and need not be fetched again.
 */
export async function storedParts(db: BriefsDatabase): Promise<Map<string, number>> {
	const held = new Map(Object.entries(await partCounts(db)));
	held.delete(UNPARTED);
	return held;
}

/** A part's record with the part's hash. */
interface PartRecord extends StoredPart {
	hash: string;
}

const PART_PREFIX = partKey('');

const asPart = (record: MetaRecord): PartRecord => ({
	hash: record.key.slice(PART_PREFIX.length),
	entries: (record.value as StoredPart).entries
});

/** Every part's record: what search reads to learn each stored brief's content hash. */
export async function storedPartRecords(db: BriefsDatabase): Promise<PartRecord[]> {
	return (await db.meta.where('key').startsWith(PART_PREFIX).toArray()).map(asPart);
}

/** The records of these parts, those that are stored. */
async function partRecords(db: BriefsDatabase, hashes: string[]): Promise<PartRecord[]> {
	const records = await db.meta.bulkGet(hashes.map(partKey));
	return records.filter((r) => r !== undefined).map(asPart);
}

/**
 * Stores parts of the deployed content in one transaction: adds their new briefs, replaces
 * changed ones (by content hash, rank or slug), and records each part's briefs. What the parts no
 * longer hold is removed only by finishContent, once every part is in, so a library part-way
 * through an update still shows every brief, each once. Storing a part again changes nothing.
 */
export async function applyContentParts(
	db: BriefsDatabase,
	parts: ContentPart[],
	deployed?: { has(hash: string): boolean }
): Promise<void> {
	await db.transaction('rw', readerTables(db), async () => {
		const [versionRecord, pendingRecord, counts] = await Promise.all([
			readMeta(db, 'contentVersion'),
			readMeta(db, 'contentPending'),
			partCounts(db)
		]);
		const version = versionRecord?.version ?? '';
		const incoming = parts.flatMap((part) => part.briefs);
		// The briefs themselves, not a record of them: a deploy's part holds a few. Before any part
		// is stored (a first visit) no published brief is, and nothing is read back: reading 10,000
		// ids that are not there was a twentieth of a first visit's work on the page.
		const stored =
			version || Object.keys(counts).length
				? await db.briefs.bulkGet(incoming.map((b) => b.id))
				: incoming.map(() => undefined);
		const added: StoredBrief[] = [];
		const changed: StoredBrief[] = [];
		const now = Date.now();
		incoming.forEach((brief, i) => {
			const before = stored[i];
			// A brief kept after it was unpublished comes back as new.
			if (!before || before.unpublishedAt !== undefined) added.push(brief);
			else if (!sameEntry(before, brief)) {
				// A new text is marked updated; a brief that only moved keeps its earlier mark.
				const updatedAt = before.contentHash === brief.contentHash ? before.updatedAt : now;
				changed.push({ ...brief, updatedAt });
			}
		});
		await moveOutOfOlderParts(db, incoming, stored, counts, deployed);
		// Delete before writing, so a slug can move from a changed brief to another.
		await db.briefs.bulkDelete(changed.map((b) => b.id));
		const writes = [...added, ...changed];
		await putOwningSlugs(db, writes, new Set(incoming.map((b) => b.id)));
		for (const part of parts) counts[part.hash] = part.briefs.length;
		const pending: PendingChanges = pendingRecord ?? {
			added: [],
			addedCount: 0,
			updated: 0
		};
		await db.meta.bulkPut([
			...parts.map((part) => ({
				key: partKey(part.hash),
				value: {
					entries: part.briefs.map(({ id, contentHash, rank, slug }) => ({
						id,
						contentHash,
						rank,
						slug
					}))
				}
			})),
			{ key: 'parts', value: counts },
			{
				key: 'contentPending',
				value: {
					// A first visit's briefs are not news: their ids are not kept.
					added: version ? [...pending.added, ...added.map((b) => b.id)] : [],
					addedCount: pending.addedCount + added.length,
					updated: pending.updated + changed.length
				}
			},
			{ key: 'contentVersion', value: { version, entries: [], incomplete: true } }
		]);
	});
}

/**
 * Keeps each brief in one part's record: a brief stored before, now arriving in another part,
 * leaves its old part's record (which then counts fewer briefs than its part has, so is no longer
 * held whole). Only a deploy's moved or changed briefs were stored before; a first visit reads
 * nothing here. Given the parts the deploy lists, only the records of parts it no longer lists
 * are read: a brief's old part is one of them, since no deploy lists a brief in two parts. A
 * deploy that put a brief on top, moving the newest part's others with it, read every part's
 * record without it (0.3 s at 10,000 briefs, on a slow phone).
 */
async function moveOutOfOlderParts(
	db: BriefsDatabase,
	incoming: readonly StoredBrief[],
	stored: readonly (StoredBrief | undefined)[],
	counts: PartCounts,
	deployed: { has(hash: string): boolean } | undefined
) {
	const arriving = new Set(incoming.filter((_, i) => stored[i]).map((b) => b.id));
	if (!arriving.size) return;
	const records = deployed
		? await partRecords(
				db,
				Object.keys(counts).filter((hash) => !deployed.has(hash))
			)
		: await storedPartRecords(db);
	const emptied: MetaRecord['key'][] = [];
	const rewritten: MetaRecord[] = [];
	for (const { hash, entries } of records) {
		const kept = entries.filter((e) => !arriving.has(e.id));
		if (kept.length === entries.length) continue;
		if (kept.length) {
			rewritten.push({ key: partKey(hash), value: { entries: kept } });
			counts[hash] = kept.length;
		} else {
			emptied.push(partKey(hash));
			delete counts[hash];
		}
	}
	await db.meta.bulkDelete(emptied);
	await db.meta.bulkPut(rewritten);
}

/**
 * Completes a sync once every part of `version` is stored: briefs from parts the deployed
 * content no longer lists are removed (or kept, marked, if the reader kept them), the version is
 * recorded and the new briefs are counted as arrivals. One transaction.
 */
export async function finishContent(
	db: BriefsDatabase,
	version: string,
	parts: { has(hash: string): boolean }
): Promise<ContentChanges> {
	return db.transaction('rw', readerTables(db), async () => {
		const [versionRecord, pending, counts] = await Promise.all([
			readMeta(db, 'contentVersion'),
			readMeta(db, 'contentPending'),
			partCounts(db)
		]);
		const before = versionRecord?.version ?? '';
		const stale = Object.keys(counts).filter((hash) => !parts.has(hash));
		const removed = (await partRecords(db, stale)).flatMap((r) => r.entries.map((e) => e.id));
		const kept = await keptByReader(db, removed);
		await unpublish(db, kept, Date.now());
		await db.briefs.bulkDelete(removed.filter((id) => !kept.has(id)));
		for (const hash of stale) delete counts[hash];
		await db.meta.bulkDelete([...stale.map(partKey), 'contentPending' as const]);
		await db.meta.bulkPut([
			{ key: 'parts', value: counts },
			{ key: 'contentVersion', value: { version, entries: [] } }
		]);
		const gone = new Set(removed);
		const added = (pending?.added ?? []).filter((id) => !gone.has(id));
		// A first run stores the whole library: none of it arrived "since the last visit".
		if (before) {
			await recordArrivals(
				db,
				added.map((id) => ({ id })),
				removed
			);
		}
		return {
			added: before ? added.length : (pending?.addedCount ?? 0),
			updated: pending?.updated ?? 0,
			removed: removed.length
		};
	});
}

/**
 * Brings stored briefs in line with a whole content bundle at once: adds new ones, replaces
 * changed ones, deletes removed ones. One transaction: if anything fails, nothing is written and
 * the previous content stays. Applying the same bundle again changes nothing.
 */
export async function applyContentBundle(
	db: BriefsDatabase,
	bundle: ContentBundle
): Promise<ContentChanges> {
	return db.transaction('rw', readerTables(db), async () => {
		if ((await storedContentVersion(db)) === bundle.version) {
			return { added: 0, updated: 0, removed: 0 };
		}
		await applyContentParts(db, [{ hash: bundle.version, briefs: bundle.briefs }]);
		return finishContent(db, bundle.version, new Set([bundle.version]));
	});
}

/** Of these briefs, the ones the reader saved, read or highlighted. */
async function keptByReader(db: BriefsDatabase, ids: string[]): Promise<Set<string>> {
	if (!ids.length) return new Set();
	const [saved, read, highlighted] = await Promise.all([
		db.saved.bulkGet(ids),
		db.history.bulkGet(ids),
		// The briefId index's own keys: which briefs have a highlight, without reading one.
		db.highlights.where('briefId').anyOf(ids).keys()
	]);
	const kept = new Set(highlighted.map(String));
	ids.forEach((id, i) => {
		if (saved[i] !== undefined || read[i] !== undefined) kept.add(id);
	});
	return kept;
}

/**
 * Takes briefs out of the feed but keeps them readable. Without a rank they are out of the feed by
 * way of IndexedDB itself: a record that lacks an index's key is not in that index, so the feed,
 * its count and the first page (all read on "rank") pass them by, with no filter and no new
 * schema version.
 */
async function unpublish(db: BriefsDatabase, ids: Set<string>, now: number) {
	const briefs = await db.briefs.bulkGet([...ids]);
	const unpublished = briefs.flatMap((brief) => {
		if (!brief) return [];
		const copy: Partial<StoredBrief> = { ...brief, unpublishedAt: brief.unpublishedAt ?? now };
		delete copy.rank;
		return [copy];
	});
	// Stored without its rank on purpose (see above); the table's type says every brief has one.
	await db.briefs.bulkPut(unpublished as StoredBrief[]);
}

/**
 * Writes published briefs, which own their addresses (links to them must work on every device):
 * one whose slug another brief holds is written again once the holder has yielded it. Written
 * first and mended after, because a clash is rare and looking up every slug first was a tenth of
 * a first visit's storing (a query per brief).
 */
async function putOwningSlugs(
	db: BriefsDatabase,
	writes: StoredBrief[],
	arriving: ReadonlySet<string>
) {
	try {
		await db.briefs.bulkPut(writes);
	} catch (error) {
		// Caught, a BulkError keeps the writes that succeeded, in the same transaction.
		if (!(error instanceof Dexie.BulkError)) throw error;
		const failures = Object.entries(error.failuresByPos);
		if (!failures.every(([, failure]) => failure.name === 'ConstraintError')) throw error;
		const clashed = failures.map(([at]) => writes[Number(at)]);
		await yieldSlugsToSeeds(db, clashed, arriving);
		await db.briefs.bulkPut(clashed);
	}
}

/**
 * An imported brief that holds a slug a new seed needs moves to a suffixed one, as does a kept
 * or not yet updated one.
 */
async function yieldSlugsToSeeds(
	db: BriefsDatabase,
	incoming: StoredBrief[],
	arriving: ReadonlySet<string>
) {
	const wanted = new Map(incoming.map((b) => [b.slug, b.id]));
	const slugs = [...wanted.keys()];
	// One lookup per slug, all asked at once: IndexedDB answers them back to back, where anyOf's
	// cursor waits for each step before the next (500 round trips for a first visit's batch,
	// which found no holder).
	const found = await Promise.all(
		slugs.map((slug) => db.briefs.where('slug').equals(slug).primaryKeys())
	);
	const others = found.flatMap((ids, i) => ids.filter((id) => id !== wanted.get(slugs[i])));
	if (!others.length) return;
	const holders = (await db.briefs.bulkGet(others)).filter((b) => b !== undefined);
	for (const holder of holders) {
		// A published brief not arriving now holds an address from an older deploy: its own part,
		// when it comes, gives it the one it has now.
		const yields =
			holder.origin !== undefined || holder.unpublishedAt !== undefined || !arriving.has(holder.id);
		if (wanted.get(holder.slug) === holder.id || !yields) continue;
		let n = 2;
		while (
			wanted.has(`${holder.slug}-${n}`) ||
			(await db.briefs.where('slug').equals(`${holder.slug}-${n}`).count())
		)
			n++;
		await db.briefs.update(holder.id, { slug: `${holder.slug}-${n}` });
	}
}
