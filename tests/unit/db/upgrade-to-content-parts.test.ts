import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { manifestParts, planDownloads } from '../../../src/content/download-plan';
import {
	BriefsDatabase,
	DB_VERSION_CONTENT_PARTS,
	DB_VERSION_HIGHLIGHTS,
	DB_VERSION_INITIAL,
	DB_VERSION_READING,
	DB_VERSION_SEARCH_INDEX
} from '../../../src/db/database';
import {
	applyContentParts,
	finishContent,
	storedContentComplete,
	storedContentVersion,
	storedParts
} from '../../../src/db/seed';
import { deployedParts } from '../../support/deployed-parts';
import { synthetic } from './fresh-database';

/** The version-4 schema, frozen here: what a reader's browser may still hold. */
async function version4(name: string, tables: Record<string, unknown[]>) {
	const v4 = new Dexie(name);
	v4.version(DB_VERSION_INITIAL).stores({ briefs: 'id, &slug, rank', meta: 'key' });
	v4.version(DB_VERSION_SEARCH_INDEX).stores({ searchIndex: 'key' });
	v4.version(DB_VERSION_READING).stores({
		saved: 'briefId, savedAt',
		history: 'briefId, readAt',
		settings: 'key'
	});
	v4.version(DB_VERSION_HIGHLIGHTS).stores({ highlights: 'id, briefId, createdAt' });
	for (const [table, rows] of Object.entries(tables)) await v4.table(table).bulkPut(rows);
	v4.close();
}

const many = (count: number) => Array.from({ length: count }, (_, i) => synthetic(i + 1));

describe('upgrade from schema version 4', () => {
	it('splits the record of applied content into a record per part, and syncs on from it', async () => {
		const name = `upgrade-content-parts-${Math.random()}`;
		const { manifest, parts, hashes } = await deployedParts(...many(40));
		const briefs = parts.flatMap((p) => p.briefs);
		// Stored from the deploy, except one brief from before packs: no part in its entry.
		const [unparted, ...parted] = briefs;
		const entry = ({ id, contentHash, rank, slug }: (typeof briefs)[number]) => ({
			id,
			contentHash,
			rank,
			slug
		});
		const partOf = new Map(parts.flatMap((p) => p.briefs.map((b) => [b.id, p.hash])));
		const content = {
			version: manifest.version,
			entries: [entry(unparted), ...parted.map((b) => ({ ...entry(b), part: partOf.get(b.id) }))],
			pending: { added: [parted[0].id], updated: 2 }
		};
		const history = [
			{ briefId: unparted.id, readAt: 1, progress: 0.5, scrollY: 0, layoutWidth: 390 }
		];
		await version4(name, { briefs, meta: [{ key: 'content', value: content }], history });

		const db = new BriefsDatabase(name);
		try {
			await db.open();
			expect(db.verno).toBe(DB_VERSION_CONTENT_PARTS);
			const meta = new Map((await db.meta.toArray()).map((r) => [r.key as string, r.value]));
			expect(meta.has('content')).toBe(false);
			// A library stored before the version had a record of its own gets one.
			expect(await storedContentVersion(db)).toBe(manifest.version);
			expect(await storedContentComplete(db)).toBe(true);
			expect(meta.get('contentPending')).toEqual({
				added: [parted[0].id],
				addedCount: 1,
				updated: 2
			});
			for (const part of parts) {
				const ids = part.briefs.map((b) => b.id).filter((id) => id !== unparted.id);
				const stored = part.briefs.filter((b) => ids.includes(b.id)).map(entry);
				expect(meta.get(`part:${part.hash}`)).toEqual(
					stored.length ? { entries: stored } : undefined
				);
			}
			// The part that lost its unparted brief is not held whole: it is fetched again.
			const held = await storedParts(db);
			const first = parts.find((p) => p.briefs.some((b) => b.id === unparted.id))!;
			expect(held.get(first.hash) ?? 0).toBe(first.briefs.length - 1);
			const plan = planDownloads(manifest, held);
			expect(plan.flatMap((d) => (d.only ? [d.only[0]] : d.pack.parts.map(([h]) => h)))).toContain(
				first.hash
			);

			await applyContentParts(db, [first]);
			await finishContent(db, manifest.version, hashes);
			expect(await storedParts(db)).toEqual(manifestParts(manifest));
			expect((await db.briefs.orderBy('rank').toArray()).map((b) => b.id)).toEqual(
				briefs.map((b) => b.id)
			);
			expect(await db.history.count()).toBe(1);
			expect((await db.meta.toArray()).map((r) => r.key)).not.toContain('part:-');
		} finally {
			await db.delete();
		}
	});

	it('removes briefs stored before packs that no deploy has any more, unless the reader kept them', async () => {
		const name = `upgrade-content-parts-${Math.random()}`;
		const old = await deployedParts(...many(12));
		const briefs = old.parts.flatMap((p) => p.briefs);
		const entries = briefs.map(({ id, contentHash, rank, slug }) => ({
			id,
			contentHash,
			rank,
			slug
		}));
		await version4(name, {
			briefs,
			meta: [
				{ key: 'content', value: { version: old.manifest.version, entries } },
				{ key: 'contentVersion', value: { version: old.manifest.version, entries: [] } }
			],
			saved: [{ briefId: briefs[11].id, savedAt: 1 }]
		});
		const db = new BriefsDatabase(name);
		try {
			// The next deploy has the first ten briefs only.
			const next = await deployedParts(...many(10));
			expect(planDownloads(next.manifest, await storedParts(db))).toHaveLength(
				next.manifest.packs.length
			);
			await applyContentParts(db, next.parts);
			expect(await finishContent(db, next.manifest.version, next.hashes)).toMatchObject({
				removed: 2
			});
			const stored = await db.briefs.toArray();
			expect(stored.map((b) => b.id).sort()).toEqual(
				briefs
					.slice(0, 10)
					.map((b) => b.id)
					.concat(briefs[11].id)
					.sort()
			);
			expect(stored.find((b) => b.id === briefs[11].id)?.unpublishedAt).toBeGreaterThan(0);
		} finally {
			await db.delete();
		}
	});
});
