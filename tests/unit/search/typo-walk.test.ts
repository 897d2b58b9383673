import { describe, expect, it } from 'vitest';
import { termsNear } from '../../../src/search/typo-walk';

/** Optimal string alignment distance, the slow way: what the walk must agree with. */
function distance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	return d[a.length][b.length];
}

const near = (terms: string[], word: string, max: number) =>
	termsNear(terms, word, max)
		.map((n) => `${terms[n.position]}:${n.edits}`)
		.sort();

describe('typo walk over sorted terms', () => {
	const terms = [
		'havana',
		'havanas',
		'venezuela',
		'venezuelan',
		'sovereignty',
		'rally',
		'ral',
		'a'
	].sort();

	it('counts a swap of neighbouring letters as one edit', () => {
		expect(near(terms, 'venezulea', 1)).toEqual(['venezuela:1']);
		expect(near(terms, 'venezulea', 2)).toEqual(['venezuela:1', 'venezuelan:2']);
	});

	it('finds insertions, deletions and substitutions', () => {
		expect(near(terms, 'havanna', 1)).toEqual(['havana:1']);
		expect(near(terms, 'havanna', 2)).toEqual(['havana:1', 'havanas:2']);
		expect(near(terms, 'hvana', 1)).toEqual(['havana:1']);
		expect(near(terms, 'raly', 1)).toEqual(['ral:1', 'rally:1']);
		expect(near(terms, 'sovereignly', 2)).toEqual(['sovereignty:1']);
	});

	it('finds nothing beyond the limit, and handles empty input', () => {
		expect(near(terms, 'zzzzzz', 2)).toEqual([]);
		expect(termsNear([], 'havana', 2)).toEqual([]);
		expect(near(terms, '', 1)).toEqual(['a:1']);
	});

	it('agrees with the edit distance computed directly, on random words', () => {
		let state = 7;
		const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
		const word = () =>
			Array.from(
				{ length: 1 + Math.floor(random() * 7) },
				() => 'abcde'[Math.floor(random() * 5)]
			).join('');
		const dictionary = [...new Set(Array.from({ length: 400 }, word))].sort();
		for (let k = 0; k < 200; k++) {
			const query = word();
			const max = 1 + (k % 2);
			const expected = dictionary
				.filter((t) => distance(query, t) <= max)
				.map((t) => `${t}:${distance(query, t)}`)
				.sort();
			expect(near(dictionary, query, max), query).toEqual(expected);
		}
	});
});
