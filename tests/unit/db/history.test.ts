import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	clearHistory,
	markRead,
	recordProgress,
	watchContinueReading,
	watchHistory,
	watchReadIds
} from '../../../src/db/history';
import { firstValue, freshDatabase, seeded, synthetic } from './fresh-database';

const at = (progress: number, scrollY = 1000 * progress) => ({
	progress,
	scrollY,
	layoutWidth: 390
});

describe('markRead / recordProgress / clearHistory', () => {
	it('marks briefs read, most recent first', async () => {
		const db = freshDatabase();
		const [a, b] = (await seeded(db, synthetic(1), synthetic(2))).briefs.map((x) => x.id);
		await markRead(db, a, 1);
		await markRead(db, b, 2);
		expect((await firstValue(watchHistory(db))).map((h) => h.brief.id)).toEqual([b, a]);
		expect(await firstValue(watchReadIds(db))).toEqual(new Set([a, b]));
		await markRead(db, a, 3);
		expect((await firstValue(watchHistory(db))).map((h) => h.brief.id)).toEqual([a, b]);
	});

	it('records the exact position, and reopening keeps it', async () => {
		const db = freshDatabase();
		const [a] = (await seeded(db, synthetic(1))).briefs.map((x) => x.id);
		await markRead(db, a, 1);
		await recordProgress(db, a, at(0.4, 1234), 2);
		await markRead(db, a, 3);
		expect(await db.history.get(a)).toEqual({
			briefId: a,
			readAt: 3,
			progress: 0.4,
			scrollY: 1234,
			layoutWidth: 390
		});
		await recordProgress(db, a, at(7), 4);
		expect((await db.history.get(a))?.progress).toBe(1);
	});

	it('offers the latest unfinished brief to continue', async () => {
		const db = freshDatabase();
		const [a, b, c] = (await seeded(db, synthetic(1), synthetic(2), synthetic(3))).briefs.map(
			(x) => x.id
		);
		await recordProgress(db, a, at(0.5), 1);
		await recordProgress(db, b, at(0.99), 2); // finished
		await markRead(db, c, 3); // barely opened
		expect((await firstValue(watchContinueReading(db)))?.brief.id).toBe(a);
	});

	it('clears history', async () => {
		const db = freshDatabase();
		const [a] = (await seeded(db, synthetic(1))).briefs.map((x) => x.id);
		await recordProgress(db, a, at(0.5));
		await clearHistory(db);
		expect(await firstValue(watchHistory(db))).toEqual([]);
		expect(await firstValue(watchContinueReading(db))).toBeUndefined();
		expect(await firstValue(watchReadIds(db))).toEqual(new Set());
	});
});
