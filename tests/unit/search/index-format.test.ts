import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/content/brief';
import { createIndex, serializeIndex } from '../../../src/search/brief-index';
import { INDEX_ENCODING, indexFormat, SEARCH_INDEX_FORMAT } from '../../../src/search/index-format';
import { PARTS, type IndexedPart } from '../../../src/search/parts';

const table: readonly IndexedPart[] = PARTS;
const format = (parts: readonly IndexedPart[]) => indexFormat(parts, INDEX_ENCODING);
const changed = (name: string, change: Partial<IndexedPart>) =>
	table.map((part) => (part.name === name ? { ...part, ...change } : part));

describe('the saved index format', () => {
	it('is derived from the parts table and the encoding version', () => {
		expect(SEARCH_INDEX_FORMAT).toBe(format(table));
		expect(format(table.map((part) => ({ ...part })))).toBe(SEARCH_INDEX_FORMAT);
		expect(Number.isInteger(SEARCH_INDEX_FORMAT)).toBe(true);
	});

	it('never equals a format number kept by hand before it was derived', () => {
		expect(SEARCH_INDEX_FORMAT).toBeGreaterThan(2);
	});

	it.each<[string, readonly IndexedPart[]]>([
		['a weight', changed('body', { weight: 1.25 })],
		['a length', changed('takeaways', { length: 601 })],
		['a rank', changed('section', { rank: 0 })],
		['a name', changed('dek', { name: 'summary' })],
		['the order', [table[1], table[0], ...table.slice(2)]],
		['a part removed', table.filter((part) => part.name !== 'byline')],
		['a part added', [...table, { ...table[0], name: 'publisher', weight: 0.5 }]]
	])('changes when the table changes %s', (_, parts) => {
		expect(format(parts)).not.toBe(SEARCH_INDEX_FORMAT);
	});

	it('changes when the encoding version changes', () => {
		expect(indexFormat(table, INDEX_ENCODING + 1)).not.toBe(SEARCH_INDEX_FORMAT);
	});

	it('does not change for a label, which the index does not hold', () => {
		expect(format(changed('takeaways', { label: 'Takeaways' }))).toBe(SEARCH_INDEX_FORMAT);
	});
});

// Made-up words only: these are fixtures, not news. Every part, accents and odd punctuation.
const fixture = (id: string, n: number): Brief => ({
	id,
	slug: id,
	headline: `Synthetic zorblat ${n}: Díaz‑Canel’s “quillon” harbour`,
	dek: `Synthetic summary ${n} of ÉCOLE Straße and 古巴.`,
	hero: {},
	takeaways: [`Takeaway ${n} about zorblats.`, "rock'n'roll O'BRIEN's 32nd"],
	editorsDesk: { label: 'Synthetic Desk Note', title: `Note ${n}`, text: ['Quillons meet.'] },
	byline: `Synthetic Writer ${n}`,
	section: `Synthetic Section ${n % 3}`,
	publisher: 'Synthetic Publisher',
	body: [`Body ${n} with zorblat words.`, 'Mixed CASE MiXeD case, repeated repeated.'],
	contentHash: id.padEnd(64, '0'),
	source: `seeds/${id}.txt`
});

/**
 * The format and the saved bytes of a fixed index, as last recorded. Anything that changes what a
 * saved index holds changes these bytes; the format must change with them, or a reader's old
 * saved index would be loaded as if it were of the new kind.
 */
const RECORDED = {
	format: 456062657,
	bytes: 'd7dab557f4360222c500a8eba11360d9b0c670565fbe8fa2b048fc3f8171a31d'
};

describe('a change to what is saved', () => {
	it('comes with a new format', () => {
		const saved = serializeIndex(
			createIndex(Array.from({ length: 12 }, (_, n) => fixture(`f${n}`, n)))
		);
		const bytes = createHash('sha256')
			.update(saved.text)
			.update(typeof saved.headlines === 'string' ? saved.headlines : '')
			.digest('hex');
		const now = { format: SEARCH_INDEX_FORMAT, bytes };
		if (bytes !== RECORDED.bytes && now.format === RECORDED.format)
			expect.fail('The saved index changed: bump INDEX_ENCODING in src/search/index-format.ts');
		expect(now, 'Record the new format and bytes in RECORDED').toEqual(RECORDED);
	});
});
