import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	fold,
	foldedWords,
	foldedWordsByPattern,
	foldWord,
	wordSpans
} from '../../../src/content/fold';

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

describe('the fast word scanner agrees with the Unicode word pattern', () => {
	it('on the real seed', () => {
		const seed = readFileSync('seeds/000_312a46f2b9923e86.txt', 'utf8');
		expect(foldedWords(seed)).toEqual(foldedWordsByPattern(seed));
		expect(foldedWords(seed).length).toBeGreaterThan(500);
	});

	it('on ten thousand random strings of words, apostrophes, accents and punctuation', () => {
		const pieces = [
			'a',
			'Z',
			'9',
			"'",
			'’',
			'‘',
			'ʼ',
			"'s",
			' ',
			'-',
			'\u2011',
			'.',
			',',
			'"',
			'“',
			'é',
			'Ł',
			'ß',
			'ı',
			'古',
			'Ж',
			'\u0301',
			'🔥',
			'\u00ad',
			'don',
			'S',
			'\n',
			'_',
			'$'
		];
		let state = 12345;
		const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let n = 0; n < 10_000; n++) {
			let text = '';
			const length = Math.floor(random() * 12);
			for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
			expect(foldedWords(text), JSON.stringify(text)).toEqual(foldedWordsByPattern(text));
		}
	});
});
