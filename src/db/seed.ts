import type { StoredBrief } from '../content/brief';
import type { ContentBundle, ManifestEntry } from '../content/bundle';
import { recordArrivals } from './arrivals';
import type { AppliedContent, BriefsDatabase } from './database';

export interface ContentChanges {
	added: number;
	updated: number;
	removed: number;
}

/** The content version stored last, or undefined on a first run (or after storage was cleared). */
export async function storedContentVersion(db: BriefsDatabase): Promise<string | undefined> {
	const version = await db.meta.get('contentVersion');
	// A library stored before the version had a record of its own: read it the long way, once.
	return version ? version.value.version : (await db.meta.get('content'))?.value.version;
}

const sameEntry = (a: ManifestEntry, b: ManifestEntry) =>
	a.contentHash === b.contentHash && a.rank === b.rank && a.slug === b.slug;

/**
 * Brings stored briefs in line with a content bundle: adds new ones, replaces changed ones (by
 * content hash, rank or slug), deletes removed ones. One transaction: if anything fails, nothing
 * is written and the previous content stays. Applying the same bundle again changes nothing.
 */
export async function applyContentBundle(
	db: BriefsDatabase,
	bundle: ContentBundle
): Promise<ContentChanges> {
	const tables = [db.briefs, db.meta, db.saved, db.history, db.highlights];
	return db.transaction('rw', tables, async () => {
		const applied = (await db.meta.get('content'))?.value;
		if (applied?.version === bundle.version) return { added: 0, updated: 0, removed: 0 };

		const previous = new Map(applied?.entries.map((e) => [e.id, e]));
		const next = new Set(bundle.briefs.map((b) => b.id));
		const removed = [...previous.keys()].filter((id) => !next.has(id));
		const added = bundle.briefs.filter((b) => !previous.has(b.id));
		const changed = bundle.briefs.filter((b) => {
			const before = previous.get(b.id);
			return before !== undefined && !sameEntry(before, b);
		});

		// A new text is marked updated; a brief that only moved keeps its earlier mark.
		const now = Date.now();
		const storedChanged = await db.briefs.bulkGet(changed.map((b) => b.id));
		const revised = changed.map((b, i) => ({
			...b,
			updatedAt:
				previous.get(b.id)?.contentHash === b.contentHash ? storedChanged[i]?.updatedAt : now
		}));
		const kept = await keptByReader(db, removed);
		await unpublish(db, kept, now);
		// Delete before writing, so a slug can move from a removed or changed brief to another.
		await db.briefs.bulkDelete([
			...removed.filter((id) => !kept.has(id)),
			...changed.map((b) => b.id)
		]);
		await yieldSlugsToSeeds(db, [...added, ...revised]);
		await db.briefs.bulkPut([...added, ...revised]);
		const entries = bundle.briefs.map(({ id, contentHash, rank, slug }) => ({
			id,
			contentHash,
			rank,
			slug
		}));
		const content: AppliedContent = { version: bundle.version, entries };
		await db.meta.bulkPut([
			{ key: 'content', value: content },
			{ key: 'contentVersion', value: { version: bundle.version, entries: [] } }
		]);
		// A first run stores the whole library: none of it arrived "since the last visit".
		if (applied) await recordArrivals(db, added, removed);
		return { added: added.length, updated: changed.length, removed: removed.length };
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
 * Published briefs own their addresses: an imported brief that holds a slug a new seed needs
 * moves to a suffixed one (links to published briefs must work on every device).
 */
async function yieldSlugsToSeeds(db: BriefsDatabase, incoming: StoredBrief[]) {
	const wanted = new Map(incoming.map((b) => [b.slug, b.id]));
	const holders = await db.briefs
		.where('slug')
		.anyOf([...wanted.keys()])
		.toArray();
	for (const holder of holders) {
		const yields = holder.origin !== undefined || holder.unpublishedAt !== undefined;
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
