import { describe, expect, it } from 'vitest';
import { fold, foldedWords, foldWord, wordSpans } from '../../../src/content/fold';

describe('fold', () => {
	it.each([
		['Díaz\u2011Canel', 'diaz-canel'],
		['DÍAZ\u2013CANEL', 'diaz-canel'],
		['Havana’s “rally”', 'havana\'s "rally"'],
		['Łódź', 'lodz'],
		['Đoković', 'dokovic'],
		['Strauß', 'strauss'],
		['Işık', 'isik'],
		['minus\u2212sign', 'minus-sign']
	])('%s → %s', (input, expected) => {
		expect(fold(input)).toBe(expected);
	});
});

describe('words for search', () => {
	const text =
		'Díaz\u2011Canel’s “coercive policy” — Plaza Anti\u2011Imperialista, Łódź; Straße 32 don’t ÉCOLE';
	it('folds each word and drops possessives and apostrophes', () => {
		expect(foldedWords(text)).toEqual([
			'diaz',
			'canel',
			'coercive',
			'policy',
			'plaza',
			'anti',
			'imperialista',
			'lodz',
			'strasse',
			'32',
			'dont',
			'ecole'
		]);
	});

	it('gives the same terms whether the text is folded whole or word by word', () => {
		expect(wordSpans(text).map((s) => s.term)).toEqual(foldedWords(text));
		for (const span of wordSpans(text))
			expect(foldWord(text.slice(span.start, span.end))).toBe(span.term);
	});

	it('finds nothing in emoji, punctuation or an empty string', () => {
		expect(foldedWords('🇨🇺🔥 — … ‑ ❤️')).toEqual([]);
		expect(foldedWords('')).toEqual([]);
	});
});
