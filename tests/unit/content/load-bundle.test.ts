import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentManifest } from '../../../src/content/bundle';
import { ContentFormatError, fetchBundle } from '../../../src/content/load-bundle';

const manifest: ContentManifest = {
	format: 1,
	version: 'abc123',
	bundle: 'content/briefs.abc123.json',
	briefs: []
};

const brief = {
	id: '001_a',
	slug: 'a-brief',
	headline: 'A brief',
	dek: 'Dek',
	byline: 'By',
	section: 'Section',
	publisher: 'Publisher',
	hero: {},
	takeaways: ['One'],
	body: ['Body'],
	rank: 0,
	contentHash: 'f'.repeat(64),
	source: 'seeds/001_a.txt'
};

function serve(briefs: unknown[]) {
	vi.stubGlobal('fetch', async () =>
		Response.json({ format: 1, version: manifest.version, briefs })
	);
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchBundle', () => {
	it('accepts what the build emits', async () => {
		serve([brief, { ...brief, id: '002_b', slug: 'a-brief-2', hero: { imageUrl: 'https://x/y' } }]);
		expect((await fetchBundle(manifest)).briefs).toHaveLength(2);
	});

	it.each([
		['a ../ slug', { slug: '../../etc/passwd' }],
		['a %00 slug', { slug: 'a%00b' }],
		['an empty slug', { slug: '' }],
		['a 10,000-character slug', { slug: 'a'.repeat(10_000) }],
		['a javascript: image', { hero: { imageUrl: 'javascript:alert(1)' } }],
		['a data: image', { hero: { imageUrl: 'data:text/html,<script>alert(1)</script>' } }],
		['no hero', { hero: null }]
	])('refuses the whole bundle for %s', async (_, change) => {
		serve([brief, { ...brief, id: '002_b', ...change }]);
		await expect(fetchBundle(manifest)).rejects.toBeInstanceOf(ContentFormatError);
	});
});
