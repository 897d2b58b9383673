import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../src/content/brief';
import {
	continueFromSaved,
	createIndex,
	loadIndex,
	planWords,
	queryTerms,
	remove,
	runQuery,
	serializeIndex,
	upsert
} from '../../../src/search/index';
import { foldedWords } from '../../../src/content/fold';
import { PART_NAMES, passagesOf } from '../../../src/search/parts';
import { buildTextIndex, decodeTextIndex, encodeTextIndex } from '../../../src/search/text-index';
import { corpusBundle } from '../../support/corpus';

// Made-up words only: these are fixtures, not news.
function brief(id: string, parts: Partial<Brief> = {}): Brief {
	return {
		id,
		slug: id,
		headline: `Synthetic ${id}`,
		dek: 'Synthetic summary.',
		hero: {},
		takeaways: ['Synthetic takeaway.'],
		byline: 'Synthetic Desk',
		section: 'Synthetic Section A',
		publisher: 'Synthetic Publisher',
		body: ['Synthetic body.'],
		contentHash: id.padEnd(64, '0'),
		source: `seeds/${id}.txt`,
		...parts
	};
}

const briefs = [
	brief('b1', { headline: 'Synthetic zorblat harbour', body: ['Quillon vessels dock.'] }),
	brief('b2', { body: ['A zorblat appears once in the body.', 'Quillon quillon quillon.'] }),
	brief('b3', {
		takeaways: ['Zorblats and quillons meet.'],
		section: 'Synthetic Section B',
		dek: 'Díaz‑Canel’s “summary”.'
	})
];
const ids = (index: ReturnType<typeof createIndex>, query: string) =>
	runQuery(index, query).results.map((r) => r.id);

describe('text index', () => {
	it('ranks a headline match above body matches, however often the body repeats the word', () => {
		expect(ids(createIndex(briefs), 'zorblat ')).toEqual(['b1', 'b2']);
		expect(ids(createIndex(briefs), 'zorblat')).toEqual(['b1', 'b3', 'b2']);
		expect(ids(createIndex(briefs), 'quillon ')).toEqual(['b2', 'b1']);
	});

	it('holds exactly the terms foldedWords finds in every part, for the real seed too', async () => {
		const { briefs: corpus } = await corpusBundle();
		const tricky = brief('b9', {
			headline: 'DON’T Panic: Havana’s “RALLY” — Łódź, Straße & 古巴 ÉCOLE',
			body: ["rock'n'roll O'BRIEN's 32nd x''y", 'Mixed CASE MiXeD case']
		});
		for (const b of [...corpus, tricky]) {
			const expected = [
				...new Set(PART_NAMES.flatMap((part) => passagesOf(b, part).flatMap((t) => foldedWords(t))))
			].sort();
			expect(buildTextIndex([b]).terms, b.id).toEqual(expected);
		}
	});

	it('folds accents and U+2011 the same way for text and queries', () => {
		expect(ids(createIndex(briefs), 'diaz canel')).toEqual(['b3']);
	});

	it('answers the same after encoding and decoding, from unaligned bytes too', () => {
		const index = createIndex(briefs);
		const bytes = encodeTextIndex(index.text);
		const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
		unaligned.set(bytes);
		for (const input of [bytes, unaligned]) {
			const loaded = { ...index, text: decodeTextIndex(input) };
			for (const query of ['zorblat', 'quil', 'zorblta', 'diaz canel', 'synthetic'])
				expect(runQuery(loaded, query)).toMatchObject({
					results: runQuery(index, query).results,
					sections: runQuery(index, query).sections
				});
		}
	});

	it('refuses bytes that are not an index', () => {
		const bytes = encodeTextIndex(buildTextIndex(briefs));
		expect(() => decodeTextIndex(new Uint8Array(10))).toThrow(/too short/);
		expect(() => decodeTextIndex(new Uint8Array(64))).toThrow(/not a Briefs index/);
		expect(() => decodeTextIndex(bytes.subarray(0, bytes.length - 3))).toThrow(/wrong length/);
	});

	it('adds, replaces and removes briefs, in memory and after saving', () => {
		const index = createIndex(briefs);
		upsert(index, brief('b4', { body: ['A glimmet and a zorblat.'] }));
		upsert(index, brief('b1', { headline: 'Synthetic plonder harbour' }));
		remove(index, 'b2');
		const check = (current: typeof index) => {
			expect(ids(current, 'glimmet')).toEqual(['b4']);
			expect(ids(current, 'plonder')).toEqual(['b1']);
			// b1's old headline and b2 are gone; b3's takeaway and b4's body remain.
			expect(ids(current, 'zorblat').sort()).toEqual(['b3', 'b4']);
			expect(ids(current, 'glimm')).toEqual(['b4']);
			expect(ids(current, 'glimmat')).toEqual(['b4']);
			expect(runQuery(current, 'synthetic').total).toBe(3);
		};
		check(index);
		const saved = serializeIndex(index);
		check(loadIndex(saved));
		continueFromSaved(index, saved);
		expect(index.text.recent.size).toBe(0);
		expect(index.text.removed.size).toBe(0);
		check(index);
	});

	it('counts sections over every match and filters by one', () => {
		const outcome = runQuery(createIndex(briefs), 'synthetic', { section: 'Synthetic Section B' });
		expect(outcome.results.map((r) => r.id)).toEqual(['b3']);
		expect(outcome.sections).toEqual([
			{ section: 'Synthetic Section A', count: 2 },
			{ section: 'Synthetic Section B', count: 1 }
		]);
	});
});

describe('how each query word may match', () => {
	const { text } = createIndex(briefs);
	const plan = (query: string) => planWords(text, query, queryTerms(query));

	it('expands only the last word, and only while it is being typed', () => {
		expect(plan('zorbl')).toEqual([{ word: 'zorbl', prefix: true, maxEdits: 1 }]);
		expect(plan('zorbl ')).toEqual([{ word: 'zorbl', prefix: false, maxEdits: 1 }]);
		expect(plan('quil zorbl').map((p) => p.prefix)).toEqual([false, true]);
	});

	it('takes a whole word at the end of several as meant, and a known word as spelt right', () => {
		expect(plan('quillon zorblat')).toEqual([
			{ word: 'quillon', prefix: false, maxEdits: 0 },
			{ word: 'zorblat', prefix: false, maxEdits: 0 }
		]);
		expect(plan('zorblat')).toEqual([{ word: 'zorblat', prefix: true, maxEdits: 0 }]);
	});

	it('does not expand words under three letters', () => {
		expect(plan('zo')).toEqual([{ word: 'zo', prefix: false, maxEdits: 0 }]);
	});
});
