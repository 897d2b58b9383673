import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent, type ContentBundle } from '../../../src/content/bundle';
import { BriefsDatabase } from '../../../src/db/database';
import { applyContentBundle, storedContentVersion } from '../../../src/db/seed';
import { SEED_NAME, seedText } from '../read-fixture';

let databases: BriefsDatabase[] = [];
let counter = 0;
function freshDatabase() {
	const db = new BriefsDatabase(`seed-test-${counter++}`);
	databases.push(db);
	return db;
}
afterEach(async () => {
	await Promise.all(databases.map((db) => db.delete()));
	databases = [];
});

/** Synthetic briefs derived from the real seed's structure (test data, not news). */
const synthetic = (n: number, tweak = '') => ({
	name: `seeds/${String(n).padStart(3, '0')}_synthetic.txt`,
	text: seedText().replace(/^.*$/m, `Synthetic test brief number ${n}${tweak}`)
});
const bundleOf = async (...files: { name: string; text: string }[]) =>
	(await buildContent(files)).bundle;
const seedFile = () => ({ name: SEED_NAME, text: seedText() });

describe('applyContentBundle', () => {
	it('stores every brief on a first run and records the version', async () => {
		const db = freshDatabase();
		const bundle = await bundleOf(seedFile(), synthetic(1), synthetic(2));
		expect(await applyContentBundle(db, bundle)).toEqual({ added: 3, updated: 0, removed: 0 });
		expect(await db.briefs.count()).toBe(3);
		expect(await storedContentVersion(db)).toBe(bundle.version);
		const stored = await db.briefs.where('slug').equals(bundle.briefs[0].slug).first();
		expect(stored).toEqual(bundle.briefs[0]);
	});

	it('is idempotent: applying twice adds no duplicates', async () => {
		const db = freshDatabase();
		const bundle = await bundleOf(seedFile(), synthetic(1));
		await applyContentBundle(db, bundle);
		expect(await applyContentBundle(db, bundle)).toEqual({ added: 0, updated: 0, removed: 0 });
		// Even with the recorded version lost, a re-apply overwrites rather than duplicates.
		await db.meta.clear();
		await applyContentBundle(db, bundle);
		expect(await db.briefs.count()).toBe(2);
	});

	it('updates changed briefs by hash, adds new ones and deletes removed ones', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await bundleOf(seedFile(), synthetic(1), synthetic(2)));
		const next = await bundleOf(seedFile(), synthetic(1, ' (revised)'), synthetic(3));
		expect(await applyContentBundle(db, next)).toEqual({ added: 1, updated: 1, removed: 1 });
		const headlines = (await db.briefs.orderBy('rank').toArray()).map((b) => b.headline);
		expect(headlines).toHaveLength(3);
		expect(headlines).toContain('Synthetic test brief number 1 (revised)');
		expect(headlines).toContain('Synthetic test brief number 3');
		expect(headlines).not.toContain('Synthetic test brief number 2');
	});

	it('leaves the previous content intact when applying fails midway', async () => {
		const db = freshDatabase();
		const first = await bundleOf(seedFile(), synthetic(1));
		await applyContentBundle(db, first);
		const before = await db.briefs.toArray();

		const next = await bundleOf(synthetic(1, ' (revised)'), synthetic(4), synthetic(5));
		// Fail on the second write, after the deletes and one put have happened in the transaction.
		let writes = 0;
		const failSecondWrite = () => {
			if (++writes === 2) throw new Error('disk gave up');
		};
		db.briefs.hook('creating', failSecondWrite);
		await expect(applyContentBundle(db, next)).rejects.toThrow('disk gave up');
		db.briefs.hook('creating').unsubscribe(failSecondWrite);

		expect(await db.briefs.toArray()).toEqual(before);
		expect(await storedContentVersion(db)).toBe(first.version);
	});

	it('rolls back on a slug clash in a malformed bundle', async () => {
		const db = freshDatabase();
		const first = await bundleOf(seedFile());
		await applyContentBundle(db, first);
		const good = await bundleOf(synthetic(1), synthetic(2));
		const clash: ContentBundle = {
			...good,
			briefs: good.briefs.map((b) => ({ ...b, slug: 'same-slug' }))
		};
		await expect(applyContentBundle(db, clash)).rejects.toThrow();
		expect((await db.briefs.toArray()).map((b) => b.id)).toEqual(['000_312a46f2b9923e86']);
		expect(await storedContentVersion(db)).toBe(first.version);
	});
});

describe('briefs the publisher removed', () => {
	const headlines = async (db: BriefsDatabase) =>
		(await db.briefs.orderBy('rank').toArray()).map((b) => b.headline);

	it('keeps one the reader saved, read or highlighted, readable and out of the feed', async () => {
		const db = freshDatabase();
		const first = await bundleOf(
			seedFile(),
			synthetic(1),
			synthetic(2),
			synthetic(3),
			synthetic(4)
		);
		await applyContentBundle(db, first);
		const [, saved, read, highlighted, untouched] = first.briefs.map((b) => b.id);
		await db.saved.put({ briefId: saved, savedAt: 1 });
		await db.history.put({
			briefId: read,
			readAt: 1,
			progress: 0.5,
			scrollY: 10,
			layoutWidth: 390
		});
		await db.highlights.put({
			id: 'h1',
			briefId: highlighted,
			createdAt: 1,
			updatedAt: 1,
			note: '',
			anchor: { part: 'dek', paragraph: 0, quote: 'President', prefix: '', suffix: ' Miguel' }
		} as never);

		const changes = await applyContentBundle(db, await bundleOf(seedFile()));
		expect(changes).toEqual({ added: 0, updated: 0, removed: 4 });
		expect(await headlines(db)).toEqual([first.briefs[0].headline]);
		expect(await db.briefs.where('rank').above(-Infinity).count()).toBe(1);
		for (const id of [saved, read, highlighted]) {
			const kept = await db.briefs.get(id);
			expect(kept?.unpublishedAt).toBeGreaterThan(0);
			expect(kept?.headline).toMatch(/^Synthetic test brief number/);
			expect(await db.briefs.where('slug').equals(kept!.slug).first()).toEqual(kept);
		}
		expect(await db.briefs.get(untouched)).toBeUndefined();
		expect(await db.saved.get(saved)).toBeDefined();
	});

	it('publishes a kept brief again when it comes back, and yields its address to a new one', async () => {
		const db = freshDatabase();
		const first = await bundleOf(seedFile(), synthetic(1), synthetic(2));
		await applyContentBundle(db, first);
		const [, back, moved] = first.briefs;
		await db.saved.bulkPut([
			{ briefId: back.id, savedAt: 1 },
			{ briefId: moved.id, savedAt: 1 }
		]);
		await applyContentBundle(db, await bundleOf(seedFile()));

		// Brief 1 returns; a new brief takes brief 2's headline, and so its address.
		const taker = {
			name: 'seeds/009_synthetic.txt',
			text: synthetic(2).text
		};
		const next = await bundleOf(seedFile(), synthetic(1), taker);
		await applyContentBundle(db, next);
		const returned = await db.briefs.get(back.id);
		expect(returned?.unpublishedAt).toBeUndefined();
		expect(returned?.rank).toBeTypeOf('number');
		const newcomer = next.briefs.find((b) => b.source === taker.name)!;
		expect(newcomer.id).not.toBe(moved.id);
		expect((await db.briefs.where('slug').equals(moved.slug).first())?.id).toBe(newcomer.id);
		const kept = await db.briefs.get(moved.id);
		expect(kept?.unpublishedAt).toBeGreaterThan(0);
		expect(kept?.slug).toBe(`${moved.slug}-2`);
		expect(await headlines(db)).toHaveLength(3);
	});
});

describe('updated marks', () => {
	it('marks a brief whose text changed, and only that one', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await bundleOf(synthetic(1), synthetic(2)));
		await applyContentBundle(db, await bundleOf(synthetic(1, ' (revised)'), synthetic(2)));
		const [one, two] = await db.briefs.bulkGet(['001_synthetic', '002_synthetic']);
		expect(one?.updatedAt).toEqual(expect.any(Number));
		expect(two?.updatedAt).toBeUndefined();
	});
});
