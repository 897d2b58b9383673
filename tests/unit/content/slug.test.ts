import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify, uniqueSlugs } from '../../../src/content/slug';

describe('slugify', () => {
	it('folds accents, non-breaking hyphens and punctuation to ASCII', () => {
		expect(slugify('Díaz\u2011Canel Rejects U.S. Pressure')).toBe(
			'diaz-canel-rejects-u-s-pressure'
		);
		expect(slugify('Łódź’s “Straße” — Ørsted')).toBe('lodzs-strasse-orsted');
	});

	it('cuts long headlines on a word boundary', () => {
		const slug = slugify('word '.repeat(40));
		expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		expect(slug.endsWith('-')).toBe(false);
		expect(slug).toMatch(SLUG_PATTERN);
	});

	it('always yields a valid slug', () => {
		for (const headline of ['', '!!!', '北京新闻', '🙂', 'x'.repeat(200)]) {
			expect(slugify(headline)).toMatch(SLUG_PATTERN);
		}
	});
});

describe('uniqueSlugs', () => {
	it('suffixes collisions in order', () => {
		expect(uniqueSlugs(['a', 'b', 'a', 'a', 'a-2'])).toEqual(['a', 'b', 'a-2', 'a-3', 'a-2-2']);
	});
});
