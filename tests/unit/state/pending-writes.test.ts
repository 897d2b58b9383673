// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { heldWrites, holdWrite } from '../../../src/state/pending-writes';
import type { HighlightRecord } from '../../../src/content/highlight-record';

afterEach(() => {
	vi.restoreAllMocks();
	localStorage.clear();
});

const record: HighlightRecord = {
	id: 'h-abc123',
	briefId: '000_312a46f2b9923e86',
	createdAt: 1,
	updatedAt: 1,
	note: 'a note',
	anchor: {
		part: 'body',
		paragraph: 0,
		start: 0,
		end: 5,
		quote: 'Havana',
		prefix: '',
		suffix: ' is'
	}
};

describe('pending writes', () => {
	it('holds a write in localStorage until it is let go', () => {
		const release = holdWrite({ kind: 'save', briefId: 'b1', at: 5 });
		expect(heldWrites().map((held) => held.write)).toEqual([
			{ kind: 'save', briefId: 'b1', at: 5 }
		]);
		release();
		expect(heldWrites()).toEqual([]);
		expect(localStorage.length).toBe(0);
	});

	it('gives back the writes left over in the order they were made', () => {
		holdWrite({ kind: 'highlight', record });
		holdWrite({ kind: 'unsave', briefId: 'b1' });
		holdWrite({ kind: 'unhighlight', id: record.id });
		expect(heldWrites().map((held) => held.write.kind)).toEqual([
			'highlight',
			'unsave',
			'unhighlight'
		]);
		expect(heldWrites()[0].write).toEqual({ kind: 'highlight', record });
	});

	it('drops what is not a write, and leaves other keys alone', () => {
		localStorage.setItem('briefs.pending-write:0-bad-json', '{');
		localStorage.setItem('briefs.pending-write:1-unknown', JSON.stringify({ kind: 'wipe' }));
		localStorage.setItem(
			'briefs.pending-write:2-forged',
			JSON.stringify({ kind: 'highlight', record: { ...record, id: '<script>' } })
		);
		localStorage.setItem('briefs.settings', '{}');
		expect(heldWrites()).toEqual([]);
		expect(Object.keys(localStorage)).toEqual(['briefs.settings']);
	});

	it('without localStorage, holding and reading do not throw', () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const release = holdWrite({ kind: 'save', briefId: 'b1', at: 5 });
		expect(() => release()).not.toThrow();
		expect(heldWrites()).toEqual([]);
	});

	it('storage that refuses to forget a write never stops the start', () => {
		localStorage.setItem('briefs.pending-write:0-bad', '{');
		holdWrite({ kind: 'unsave', briefId: 'b1' });
		vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
			throw new DOMException('gone', 'InvalidStateError');
		});
		const held = heldWrites();
		expect(held.map((h) => h.write)).toEqual([{ kind: 'unsave', briefId: 'b1' }]);
		expect(() => held[0].release()).not.toThrow();
	});
});
