import { describe, expect, it } from 'vitest';
import type { HighlightRecord } from '../../../src/db/database';
import { matchHighlights } from '../../../src/search/highlight-search';

const h = (id: string, quote: string, note: string, createdAt: number): HighlightRecord => ({
	id,
	briefId: 'b',
	createdAt,
	updatedAt: createdAt,
	note,
	anchor: { part: 'body', paragraph: 0, start: 0, end: quote.length, quote, prefix: '', suffix: '' }
});

describe('matchHighlights', () => {
	const list = [
		h('h-1', 'Díaz‑Canel spoke in Havana', 'Follow the talks', 1),
		h('h-2', 'The rally in Havana', '', 2),
		h('h-3', 'Something else', 'unrelated', 3)
	];

	it('finds every word, folded and as a word start, in the quote or the note, newest first', () => {
		expect(matchHighlights(list, 'havana').map((m) => m.highlight.id)).toEqual(['h-2', 'h-1']);
		expect(matchHighlights(list, 'DIAZ canel follow').map((m) => m.highlight.id)).toEqual(['h-1']);
		expect(matchHighlights(list, 'havana unrelated')).toEqual([]);
		expect(matchHighlights(list, ' ')).toEqual([]);
	});

	it('marks the matched words, in the note when only the note matched', () => {
		const [quote] = matchHighlights(list, 'rally');
		expect(quote.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['rally']);
		const [note] = matchHighlights(list, 'talks');
		expect(note.snippet.map((s) => s.text).join('')).toBe('Follow the talks');
	});
});
