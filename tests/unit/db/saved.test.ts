import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveBrief, unsaveBrief, watchSaved, watchSavedIds } from '../../../src/db/saved';
import { firstValue, freshDatabase, seeded, synthetic } from './fresh-database';

describe('saveBrief / unsaveBrief', () => {
	it('saves by id, newest saved first, and a repeat save keeps its place', async () => {
		const db = freshDatabase();
		const bundle = await seeded(db, synthetic(1), synthetic(2), synthetic(3));
		const [a, b, c] = bundle.briefs.map((x) => x.id);
		await saveBrief(db, a, 100);
		await saveBrief(db, c, 300);
		await saveBrief(db, b, 200);
		await saveBrief(db, a, 999);
		const saved = await firstValue(watchSaved(db));
		expect(saved.map((s) => s.brief.id)).toEqual([c, b, a]);
		expect(saved[2].savedAt).toBe(100);
		expect(await firstValue(watchSavedIds(db))).toEqual(new Set([a, b, c]));
	});

	it('unsaves, and unsaving something not saved is harmless', async () => {
		const db = freshDatabase();
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		const [a, b] = bundle.briefs.map((x) => x.id);
		await saveBrief(db, a);
		await saveBrief(db, b);
		await unsaveBrief(db, a);
		await unsaveBrief(db, 'never-saved');
		expect((await firstValue(watchSaved(db))).map((s) => s.brief.id)).toEqual([b]);
	});

	it('says which save was the first, where asking to keep storage makes sense', async () => {
		const db = freshDatabase();
		const bundle = await seeded(db, synthetic(1), synthetic(2));
		const [a, b] = bundle.briefs.map((x) => x.id);
		expect(await saveBrief(db, a)).toBe(true);
		expect(await saveBrief(db, a)).toBe(false);
		expect(await saveBrief(db, b)).toBe(false);
		await unsaveBrief(db, a);
		await unsaveBrief(db, b);
		expect(await saveBrief(db, b)).toBe(true);
		expect(await db.saved.count()).toBe(1);
	});

	it('keeps a save across a content update that renames the brief', async () => {
		const db = freshDatabase();
		const first = await seeded(db, synthetic(1), synthetic(2));
		await saveBrief(db, first.briefs[0].id);
		await seeded(db, synthetic(1, ' (revised)'), synthetic(2));
		const saved = await firstValue(watchSaved(db));
		expect(saved.map((s) => s.brief.headline)).toEqual(['Synthetic test brief number 1 (revised)']);
	});

	it('keeps a saved brief the publisher removed, marked as no longer published', async () => {
		const db = freshDatabase();
		const first = await seeded(db, synthetic(1), synthetic(2));
		await saveBrief(db, first.briefs[0].id);
		await seeded(db, synthetic(2));
		const saved = await firstValue(watchSaved(db));
		expect(saved.map((s) => s.brief.id)).toEqual([first.briefs[0].id]);
		expect(saved[0].brief.unpublishedAt).toBeGreaterThan(0);
	});

	it('hides a saved mark whose brief is gone (an import the reader removed)', async () => {
		const db = freshDatabase();
		const first = await seeded(db, synthetic(1), synthetic(2));
		await saveBrief(db, first.briefs[0].id);
		await db.briefs.delete(first.briefs[0].id);
		expect(await firstValue(watchSaved(db))).toEqual([]);
	});
});
