import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { anchorAt } from '../../../src/content/highlight-anchor';
import type { HighlightRecord } from '../../../src/db/database';
import {
	addHighlight,
	mergeHighlights,
	removeHighlight,
	updateHighlightNote,
	watchHighlights
} from '../../../src/db/highlights';
import { firstValue, freshDatabase, seeded, seedFile, synthetic } from './fresh-database';

const highlight = (id: string, briefId: string, createdAt: number, note = ''): HighlightRecord => ({
	id,
	briefId,
	createdAt,
	updatedAt: createdAt,
	note,
	anchor: anchorAt(
		{ takeaways: ['A takeaway to quote.'], body: [] },
		{ part: 'takeaways', paragraph: 0, start: 2, end: 10 }
	)!
});

describe('highlights', () => {
	it('lists every highlight newest first with its brief, and keeps one whose brief is gone', async () => {
		const db = freshDatabase();
		const bundle = await seeded(db, seedFile(), synthetic(1));
		const [a, b] = bundle.briefs.map((x) => x.id);
		await addHighlight(db, highlight('h-1', a, 1));
		await addHighlight(db, highlight('h-2', b, 2));
		await addHighlight(db, highlight('h-3', 'gone', 3));
		await updateHighlightNote(db, 'h-1', 'A note', 10);
		const all = await firstValue(watchHighlights(db));
		expect(all.map((h) => [h.id, h.brief?.id])).toEqual([
			['h-3', undefined],
			['h-2', b],
			['h-1', a]
		]);
		expect(all[2]).toMatchObject({ note: 'A note', updatedAt: 10 });
		await removeHighlight(db, 'h-2');
		expect((await firstValue(watchHighlights(db))).map((h) => h.id)).toEqual(['h-3', 'h-1']);
	});

	it('merges restored highlights by id, keeping the later change', async () => {
		const db = freshDatabase();
		await addHighlight(db, { ...highlight('h-1', 'x', 1, 'kept'), updatedAt: 50 });
		await addHighlight(db, highlight('h-2', 'x', 2, 'old'));
		const changed = await mergeHighlights(db, [
			{ ...highlight('h-1', 'x', 1, 'older copy'), updatedAt: 20 },
			{ ...highlight('h-2', 'x', 2, 'newer copy'), updatedAt: 30 },
			highlight('h-3', 'x', 3, 'new')
		]);
		expect(changed).toBe(2);
		const notes = Object.fromEntries((await db.highlights.toArray()).map((h) => [h.id, h.note]));
		expect(notes).toEqual({ 'h-1': 'kept', 'h-2': 'newer copy', 'h-3': 'new' });
	});
});
