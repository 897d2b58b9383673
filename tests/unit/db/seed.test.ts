import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContent, type ContentBundle } from '../../../src/content/bundle';
import { BriefsDatabase } from '../../../src/db/database';
import { manifestParts, planDownloads } from '../../../src/content/download-plan';
import {
	applyContentBundle,
	applyContentParts,
	finishContent,
	storedContentComplete,
	storedContentVersion,
	storedParts
} from '../../../src/db/seed';
import { SEED_NAME, seedText } from '../read-fixture';
import { deployedParts } from '../../support/deployed-parts';

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
		expect(returned?.rank).toBe(next.briefs.find((b) => b.id === back.id)?.rank);
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

describe('applyContentParts and finishContent (a sync pack by pack)', () => {
	const partsOf = deployedParts;
	const many = (count: number, tweak: (n: number) => string = () => '') =>
		Array.from({ length: count }, (_, i) => synthetic(i + 1, tweak(i + 1)));

	it('shows each brief once part-way through, and removes what went only when complete', async () => {
		const db = freshDatabase();
		const first = await partsOf(...many(60));
		await applyContentParts(db, first.parts);
		await finishContent(db, first.manifest.version, first.hashes);
		expect(await storedParts(db)).toEqual(manifestParts(first.manifest));

		// The next deploy: brief 2 gone, brief 5 revised, brief 61 new.
		const next = await partsOf(
			...many(61, (n) => (n === 5 ? ' (revised)' : '')).filter((_, i) => i !== 1)
		);
		const missing = next.parts.filter((p) => !first.hashes.has(p.hash));
		expect(missing.length).toBeLessThan(next.parts.length);
		for (const part of missing) {
			await applyContentParts(db, [part]);
			// Part-way: every brief once, the removed one still there, the old version current.
			const ids = (await db.briefs.toArray()).map((b) => b.id);
			expect(new Set(ids).size).toBe(ids.length);
			expect(await storedContentVersion(db)).toBe(first.manifest.version);
		}
		expect(await db.briefs.count()).toBe(61);
		expect(await finishContent(db, next.manifest.version, next.hashes)).toEqual({
			added: 1,
			updated: 1,
			removed: 1
		});
		const headlines = (await db.briefs.orderBy('rank').toArray()).map((b) => b.headline);
		expect(headlines).toHaveLength(60);
		expect(headlines).not.toContain('Synthetic test brief number 2');
		expect(headlines).toContain('Synthetic test brief number 5 (revised)');
		expect(await storedContentVersion(db)).toBe(next.manifest.version);
		expect(await storedParts(db)).toEqual(manifestParts(next.manifest));
	});

	it('a sync cut short, then a deploy taken back: the next sync finishes it as that deploy', async () => {
		const db = freshDatabase();
		const first = await partsOf(...many(60));
		await applyContentParts(db, first.parts);
		await finishContent(db, first.manifest.version, first.hashes);
		expect(await storedContentComplete(db)).toBe(true);

		// Part of a deploy with two more briefs, then the tab closes.
		const next = await partsOf(...many(62));
		const [part] = next.parts.filter((p) => !first.hashes.has(p.hash));
		await applyContentParts(db, [part]);
		expect(await storedContentComplete(db)).toBe(false);
		expect(await storedContentVersion(db)).toBe(first.manifest.version);

		// The publisher took it back: the first deploy again. What the cut sync overwrote is
		// fetched again (a part is held only whole), and what it added goes.
		const missing = planDownloads(first.manifest, await storedParts(db));
		const refetch = first.parts.filter((p) =>
			missing.some((d) => d.pack.parts.some(([h]) => h === p.hash))
		);
		await applyContentParts(db, refetch);
		await finishContent(db, first.manifest.version, manifestParts(first.manifest));
		expect(await db.briefs.count()).toBe(60);
		expect(await storedParts(db)).toEqual(manifestParts(first.manifest));
		expect(await storedContentComplete(db)).toBe(true);
	});

	it('records the library a part at a time: no record grows with it', async () => {
		const db = freshDatabase();
		const { manifest, parts, hashes } = await partsOf(...many(60));
		// As a first visit stores it, a few parts per transaction.
		for (let i = 0; i < parts.length; i += 3) await applyContentParts(db, parts.slice(i, i + 3));
		await finishContent(db, manifest.version, hashes);
		const records = await db.meta.toArray();
		const largest = Math.max(...parts.map((p) => p.briefs.length));
		for (const { key, value } of records) {
			const { entries } = value as { entries?: unknown[] };
			const listed = entries ? entries.length : Object.keys(value).length;
			expect(listed, key).toBeLessThanOrEqual(Math.max(largest, parts.length));
		}
		expect(records.filter((r) => r.key.startsWith('part:'))).toHaveLength(parts.length);
		expect(await storedParts(db)).toEqual(manifestParts(manifest));
	});

	for (const told of [false, true]) {
		it(`an edited brief leaves its old part, which is then no longer held (${told ? 'told' : 'not told'} what the deploy lists)`, async () => {
			const db = freshDatabase();
			const first = await partsOf(...many(60));
			await applyContentParts(db, first.parts);
			await finishContent(db, first.manifest.version, first.hashes);

			const next = await partsOf(...many(60, (n) => (n === 30 ? ' (revised)' : '')));
			const [changed] = next.parts.filter((p) => !first.hashes.has(p.hash));
			const old = first.parts.find((p) => p.briefs.some((b) => b.id === changed.briefs[0].id))!;
			await applyContentParts(db, [changed], told ? next.hashes : undefined);
			// Every brief of the old part arrived in the new one: nothing is left to hold it by.
			expect((await storedParts(db)).has(old.hash)).toBe(false);
			expect(await db.meta.get(`part:${old.hash}`)).toBeUndefined();
			expect(await finishContent(db, next.manifest.version, next.hashes)).toEqual({
				added: 0,
				updated: 1,
				removed: 0
			});
			expect(await db.briefs.count()).toBe(60);
			expect(await storedParts(db)).toEqual(manifestParts(next.manifest));
		});
	}

	it('a brief put on top takes the briefs of the newest part with it, reading only the part it replaces', async () => {
		const db = freshDatabase();
		const first = await partsOf(...many(60));
		await applyContentParts(db, first.parts);
		await finishContent(db, first.manifest.version, first.hashes);

		const top = { name: 'seeds/000_on_top.txt', text: synthetic(0).text };
		const next = await partsOf(top, ...many(60));
		const changed = next.parts.filter((p) => !first.hashes.has(p.hash));
		expect(changed.some((p) => p.briefs.length > 1)).toBe(true);
		const read = vi.spyOn(db.meta, 'bulkGet');
		await applyContentParts(db, changed, next.hashes);
		const keys = read.mock.calls
			.flatMap(([asked]) => asked as string[])
			.filter((k) => k.startsWith('part:'));
		const replaced = first.parts
			.filter((p) => !next.hashes.has(p.hash))
			.map((p) => `part:${p.hash}`);
		expect(keys.sort()).toEqual(replaced.sort());
		expect(await finishContent(db, next.manifest.version, next.hashes)).toEqual({
			added: 1,
			updated: 0,
			removed: 0
		});
		expect(await storedParts(db)).toEqual(manifestParts(next.manifest));
		expect(await db.briefs.count()).toBe(61);
	});

	it('a first visit reads no brief back; a part after the first reads its own', async () => {
		const db = freshDatabase();
		const { parts } = await partsOf(...many(60));
		const read = vi.spyOn(db.briefs, 'bulkGet');
		await applyContentParts(db, parts.slice(0, 1));
		expect(read).not.toHaveBeenCalled();
		await applyContentParts(db, parts.slice(1, 2));
		expect(read.mock.calls.flatMap(([ids]) => ids)).toEqual(parts[1].briefs.map((b) => b.id));
		expect(await db.briefs.count()).toBe(parts[0].briefs.length + parts[1].briefs.length);
	});

	it('a first visit part-way through has no version yet, so the next sync carries on', async () => {
		const db = freshDatabase();
		const { parts } = await partsOf(...many(60));
		await applyContentParts(db, parts.slice(0, 1));
		expect(await storedContentVersion(db)).toBeUndefined();
		expect(await storedParts(db)).toEqual(new Map([[parts[0].hash, parts[0].briefs.length]]));
		expect(await db.briefs.count()).toBe(parts[0].briefs.length);
	});
});
