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
	return db.transaction('rw', db.briefs, db.meta, async () => {
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
		// Delete before writing, so a slug can move from a removed or changed brief to another.
		await db.briefs.bulkDelete([...removed, ...changed.map((b) => b.id)]);
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
		if (wanted.get(holder.slug) === holder.id || !holder.origin) continue;
		let n = 2;
		while (
			wanted.has(`${holder.slug}-${n}`) ||
			(await db.briefs.where('slug').equals(`${holder.slug}-${n}`).count())
		)
			n++;
		await db.briefs.update(holder.id, { slug: `${holder.slug}-${n}` });
	}
}
