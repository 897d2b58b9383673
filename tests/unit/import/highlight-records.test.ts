import { describe, expect, it } from 'vitest';
import { checkHighlights } from '../../../src/import/highlight-records';

const good = {
	id: 'h-0a1b2c3d',
	briefId: '000_312a46f2b9923e86',
	createdAt: 1_700_000_000_000,
	updatedAt: 1_700_000_100_000,
	note: 'A note',
	anchor: {
		part: 'takeaways',
		paragraph: 1,
		start: 10,
		end: 20,
		quote: 'a passage.',
		prefix: 'before ',
		suffix: ' after'
	}
};

describe('checkHighlights', () => {
	it('keeps a well-formed highlight, with only the known fields', () => {
		const [kept] = checkHighlights([
			{ ...good, extra: '<script>', anchor: { ...good.anchor, x: 1 } }
		]);
		expect(kept).toEqual(good);
	});

	it('drops hostile records: ids, parts, places, lengths, and anything that is not text', () => {
		const hostile = [
			null,
			'h-1',
			{ ...good, id: '"><img src=x onerror=alert(1)>' },
			{ ...good, id: 'h-' + 'a'.repeat(500) },
			{ ...good, id: '__proto__' },
			{ ...good, briefId: { toString: 'x' } },
			{ ...good, briefId: 'b'.repeat(10_000) },
			{ ...good, createdAt: -1 },
			{ ...good, note: ['not', 'text'] },
			{ ...good, anchor: { ...good.anchor, part: 'headline' } },
			{ ...good, anchor: { ...good.anchor, paragraph: 1.5 } },
			{ ...good, anchor: { ...good.anchor, start: 30, end: 20 } },
			{ ...good, anchor: { ...good.anchor, quote: 'q'.repeat(100_000) } },
			{ ...good, anchor: { ...good.anchor, quote: '   ' } },
			{ ...good, anchor: { ...good.anchor, prefix: 'p'.repeat(1000) } },
			{ ...good, anchor: { ...good.anchor, quote: { html: '<b>' } } }
		];
		expect(checkHighlights(hostile)).toEqual([]);
		expect(checkHighlights({ length: 1, 0: good })).toEqual([]);
		expect(checkHighlights(undefined)).toEqual([]);
	});

	it('cuts a 100 KB note to the longest a note can be, and dates an undated change', () => {
		const [kept] = checkHighlights([{ ...good, note: 'n'.repeat(100_000), updatedAt: 'soon' }]);
		expect(kept.note).toHaveLength(2000);
		expect(kept.updatedAt).toBe(good.createdAt);
	});
});
