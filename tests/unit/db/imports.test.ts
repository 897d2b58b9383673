// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { BriefsDatabase } from '../../../src/db/database';
import { removeImportedBrief, storeImportedBriefs } from '../../../src/db/imports';
import { applyContentBundle } from '../../../src/db/seed';
import { readImportFile } from '../../../src/import/read-import-file';
import { readProjectFile, SEED_NAME, seedText } from '../read-fixture';

let databases: BriefsDatabase[] = [];
let counter = 0;
function freshDatabase() {
	const db = new BriefsDatabase(`imports-test-${counter++}`);
	databases.push(db);
	return db;
}
afterEach(async () => {
	await Promise.all(databases.map((db) => db.delete()));
	databases = [];
});

const feed = (at = 1_000_000) =>
	readImportFile('feed.json', readProjectFile('tests/fixtures/import/feed.json'), at);
const seedBundle = async () => (await buildContent([{ name: SEED_NAME, text: seedText() }])).bundle;

describe('storeImportedBriefs', () => {
	it('adds imported briefs before the seeds in the feed', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await seedBundle());
		const { briefs } = await feed();
		expect(await storeImportedBriefs(db, briefs)).toEqual({
			imported: 2,
			updated: 0,
			unchanged: 0
		});
		const order = (await db.briefs.orderBy('rank').toArray()).map((b) => b.headline);
		expect(order).toEqual([
			'Synthetic feed item <b>one</b>',
			'Synthetic feed item two',
			expect.stringMatching(/^Díaz/)
		]);
	});

	it('updates on re-import instead of duplicating, keeping slug and place', async () => {
		const db = freshDatabase();
		const first = await feed(1_000_000);
		await storeImportedBriefs(db, first.briefs);
		const before = await db.briefs.get(first.briefs[0].id);
		await expect(storeImportedBriefs(db, (await feed(2_000_000)).briefs)).resolves.toEqual({
			imported: 0,
			updated: 0,
			unchanged: 2
		});
		const changed = (await feed(3_000_000)).briefs.map((b, i) =>
			i === 0 ? { ...b, contentHash: 'changed', dek: 'Revised dek' } : b
		);
		await expect(storeImportedBriefs(db, changed)).resolves.toEqual({
			imported: 0,
			updated: 1,
			unchanged: 1
		});
		const after = await db.briefs.get(first.briefs[0].id);
		expect(await db.briefs.count()).toBe(2);
		expect(after?.dek).toBe('Revised dek');
		expect(after?.slug).toBe(before?.slug);
		expect(after?.rank).toBe(before?.rank);
		expect(after?.updatedAt).toBe(3_000_000);
	});

	it('never takes a slug already in use', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await seedBundle());
		const seed = (await db.briefs.toArray())[0];
		const { briefs } = await readImportFile('copy.txt', seedText(), 5);
		await storeImportedBriefs(db, briefs);
		const copy = await db.briefs.get(briefs[0].id);
		expect(copy?.slug).toBe(`${seed.slug}-2`);
	});

	it('stores nothing when a write fails midway', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await seedBundle());
		let writes = 0;
		const failSecond = () => {
			if (++writes === 2) throw new DOMException('disk full', 'QuotaExceededError');
		};
		db.briefs.hook('creating', failSecond);
		await expect(storeImportedBriefs(db, (await feed()).briefs)).rejects.toThrow('disk full');
		db.briefs.hook('creating').unsubscribe(failSecond);
		expect(await db.briefs.count()).toBe(1);
	});
});

describe('removeImportedBrief', () => {
	it('removes imported briefs only', async () => {
		const db = freshDatabase();
		await applyContentBundle(db, await seedBundle());
		const { briefs } = await feed();
		await storeImportedBriefs(db, briefs);
		expect(await removeImportedBrief(db, briefs[0].id)).toBe(true);
		expect(await removeImportedBrief(db, '000_312a46f2b9923e86')).toBe(false);
		expect(await db.briefs.count()).toBe(2);
	});
});

describe('content sync beside imports', () => {
	it('moves an imported brief off a slug that a new seed needs', async () => {
		const db = freshDatabase();
		const { briefs } = await readImportFile('early.txt', seedText(), 5);
		await storeImportedBriefs(db, briefs);
		const imported = await db.briefs.get(briefs[0].id);
		const bundle = await seedBundle();
		expect(imported?.slug).toBe(bundle.briefs[0].slug);

		await applyContentBundle(db, bundle);
		expect((await db.briefs.get('000_312a46f2b9923e86'))?.slug).toBe(bundle.briefs[0].slug);
		expect((await db.briefs.get(briefs[0].id))?.slug).toBe(`${bundle.briefs[0].slug}-2`);
	});
});
