import type { Brief, StoredBrief } from '../content/brief';
import { readMeta, type BriefsDatabase } from './database';

export interface ImportChanges {
	imported: number;
	updated: number;
	unchanged: number;
}

/** Imports sort before seeds, newest import first; room for 100,000 items per second of import. */
const rankFor = (importedAt: number, index: number) =>
	-Math.floor(importedAt / 1000) * 100_000 + index;

/**
 * Records per IndexedDB request inside one transaction. A put copies its record on the calling
 * thread, so 10,000 briefs in one bulkPut held the page for seconds; in chunks, each waits for the
 * one before, and the page runs between them. The transaction stays open while a request is
 * pending, so the import is still all or nothing.
 */
export const WRITE_CHUNK = 200;

export async function inChunks<T, R>(
	items: T[],
	work: (chunk: T[]) => Promise<R[] | void>
): Promise<R[]> {
	const results: R[] = [];
	for (let i = 0; i < items.length; i += WRITE_CHUNK) {
		const out = await work(items.slice(i, i + WRITE_CHUNK));
		if (out) results.push(...out);
	}
	return results;
}

/** First free slug among base, base-2, base-3… */
function freeSlug(base: string, id: string, taken: Map<string, string>): string {
	let slug = base;
	for (let n = 2; taken.has(slug) && taken.get(slug) !== id; n++) slug = `${base}-${n}`;
	return slug;
}

/**
 * Stores imported briefs in one transaction: all of them or, on any failure (quota included),
 * none. A brief imported before (same id) is updated in place, keeping its address and place.
 */
export async function storeImportedBriefs(
	db: BriefsDatabase,
	briefs: Brief[]
): Promise<ImportChanges> {
	return db.transaction('rw', db.briefs, db.meta, async () => {
		const existing = await inChunks(
			briefs.map((b) => b.id),
			(ids) => db.briefs.bulkGet(ids)
		);
		const bases = [...new Set(briefs.map((b) => b.slug))];
		const taken = new Map<string, string>();
		await db.briefs
			.where('slug')
			.startsWithAnyOf(bases)
			.each((b) => taken.set(b.slug, b.id));

		const changes: ImportChanges = { imported: 0, updated: 0, unchanged: 0 };
		const records: StoredBrief[] = [];
		briefs.forEach((brief, i) => {
			const before = existing[i];
			if (before && before.contentHash === brief.contentHash) {
				changes.unchanged++;
				return;
			}
			const slug = before?.slug ?? freeSlug(brief.slug, brief.id, taken);
			taken.set(slug, brief.id);
			const importedAt = brief.origin?.importedAt ?? Date.now();
			records.push({
				...brief,
				slug,
				// A restored backup brings each brief's place with it.
				rank: before?.rank ?? (brief as Partial<StoredBrief>).rank ?? rankFor(importedAt, i),
				updatedAt: before ? importedAt : undefined
			});
			changes[before ? 'updated' : 'imported']++;
		});
		await inChunks(records, async (chunk) => {
			await db.briefs.bulkPut(chunk);
		});
		if (records.length) await recordImports(db, records, []);
		return changes;
	});
}

/** Removes a brief the reader imported; briefs published with the app can't be removed. */
export async function removeImportedBrief(db: BriefsDatabase, id: string): Promise<boolean> {
	return db.transaction('rw', db.briefs, db.meta, async () => {
		const brief = await db.briefs.get(id);
		if (!brief?.origin) return false;
		await db.briefs.delete(id);
		await recordImports(db, [], [id]);
		return true;
	});
}

/**
 * Keeps the list of imported briefs (id and hash) beside them, in the same transaction, with a
 * new version on every change: the search worker diffs it as it diffs applied content.
 */
async function recordImports(db: BriefsDatabase, stored: StoredBrief[], removed: string[]) {
	const record = await readMeta(db, 'imports');
	const entries = new Map(record?.entries.map((e) => [e.id, e]));
	for (const id of removed) entries.delete(id);
	for (const { id, contentHash, rank, slug } of stored) {
		entries.set(id, { id, contentHash, rank, slug });
	}
	const version = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
	await db.meta.put({ key: 'imports', value: { version, entries: [...entries.values()] } });
}
