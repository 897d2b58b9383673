import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentManifest } from '../../../src/content/bundle';
import { readdirSync } from 'node:fs';
import { buildContent } from '../../../src/content/bundle';
import { ContentFormatError, fetchBundle } from '../../../src/content/load-bundle';
import { readProjectFile } from '../read-fixture';

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

	it('accepts every seed the build emits', async () => {
		const seeds = readdirSync('seeds')
			.filter((name) => name.endsWith('.txt'))
			.map((name) => ({ name: `seeds/${name}`, text: readProjectFile(`seeds/${name}`) }));
		const { bundle } = await buildContent(seeds);
		serve(JSON.parse(JSON.stringify(bundle.briefs)));
		expect((await fetchBundle(manifest)).briefs).toHaveLength(seeds.length);
	});

	// Issue 17, defect 7: each of these was stored, and the search worker then failed every query.
	it.each([
		['a null takeaway', { takeaways: [null] }, '"takeaways" is not a list of text'],
		['a numeric body', { body: 42 }, '"body" is not a list of text'],
		['a javascript: url', { url: 'javascript:alert(1)' }, 'link URL must start with https://'],
		[
			'a malformed editorsDesk',
			{ editorsDesk: { label: 'x', title: 7 } },
			'"editorsDesk" is malformed'
		],
		['a 5 MB link', { url: `https://x.example/${'a'.repeat(5_000_000)}` }, 'longer than 2048'],
		['a numeric headline', { headline: 1 }, '"headline" is not text']
	])('refuses the whole bundle for %s, naming the brief and the field', async (_, change, why) => {
		serve([brief, { ...brief, id: '002_b', slug: 'a-brief-2', ...change }]);
		const error = await fetchBundle(manifest).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentFormatError);
		expect((error as Error).message).toContain('brief #2 (002_b) is malformed: ');
		expect((error as Error).message).toContain(why);
	});
});
