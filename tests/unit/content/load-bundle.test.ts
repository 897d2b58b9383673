import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { buildContent } from '../../../src/content/bundle';
import {
	ContentFormatError,
	fetchContentFile,
	fetchManifest
} from '../../../src/content/load-bundle';
import { fileHash, partFile, type PackRef } from '../../../src/content/packs';
import { readProjectFile } from '../read-fixture';

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

/** Serves one part holding `briefs`, named by its hash as the build names it. */
let pack: PackRef;
async function serve(briefs: unknown[], body?: string) {
	const text = JSON.stringify({ format: 2, briefs });
	const hash = await fileHash(text);
	pack = { hash, file: partFile(hash), parts: [[hash, briefs.length]] };
	const requested: string[] = [];
	vi.stubGlobal('fetch', async (url: string) => {
		requested.push(url);
		return new Response(body ?? text);
	});
	return requested;
}
const fetchBundle = async () => (await fetchContentFile(pack)).flatMap((part) => part.briefs);

afterEach(() => vi.unstubAllGlobals());

describe('fetchContentFile', () => {
	it('accepts what the build emits', async () => {
		await serve([
			brief,
			{ ...brief, id: '002_b', slug: 'a-brief-2', hero: { imageUrl: 'https://x/y' } }
		]);
		expect(await fetchBundle()).toHaveLength(2);
	});

	it('refuses a file whose bytes do not hash to its name', async () => {
		// A truncated download, or another deploy's file under this name.
		await serve([brief], JSON.stringify({ format: 2, briefs: [{ ...brief, headline: 'Forged' }] }));
		await expect(fetchBundle()).rejects.toThrow(/does not match its hash/);
	});

	it('reads a pack of several parts, or one part of it alone', async () => {
		const seeds = Array.from({ length: 60 }, (_, i) => ({
			name: `seeds/${String(i).padStart(3, '0')}.txt`,
			text: readProjectFile('seeds/000_312a46f2b9923e86.txt').replace('Díaz', `Díaz ${i}`)
		}));
		const { manifest, files } = await buildContent(seeds);
		const big = manifest.packs.find((p) => p.parts.length > 1);
		expect(big).toBeDefined();
		const requested: string[] = [];
		vi.stubGlobal('fetch', async (url: string) => {
			requested.push(url);
			const body = files.get(url.slice(1));
			return body === undefined ? new Response('', { status: 404 }) : new Response(body);
		});
		const whole = await fetchContentFile(big!);
		expect(whole.map((p) => p.hash)).toEqual(big!.parts.map(([hash]) => hash));
		const one = await fetchContentFile(big!, big!.parts[1]);
		expect(one).toEqual([whole[1]]);
		expect(requested).toEqual([`/${big!.file}`, `/${partFile(big!.parts[1][0])}`]);
	});

	it('refuses a manifest that is not one', async () => {
		vi.stubGlobal('fetch', async () => Response.json({ format: 2, version: 'x', packs: [{}] }));
		await expect(fetchManifest()).rejects.toBeInstanceOf(ContentFormatError);
	});

	it.each([
		['a ../ slug', { slug: '../../etc/passwd' }],
		['a %00 slug', { slug: 'a%00b' }],
		['an empty slug', { slug: '' }],
		['a 10,000-character slug', { slug: 'a'.repeat(10_000) }],
		['a javascript: image', { hero: { imageUrl: 'javascript:alert(1)' } }],
		['a data: image', { hero: { imageUrl: 'data:text/html,<script>alert(1)</script>' } }],
		['no hero', { hero: null }]
	])('refuses the whole file for %s', async (_, change) => {
		await serve([brief, { ...brief, id: '002_b', ...change }]);
		await expect(fetchBundle()).rejects.toBeInstanceOf(ContentFormatError);
	});

	it('accepts every seed the build emits', async () => {
		const seeds = readdirSync('seeds')
			.filter((name) => name.endsWith('.txt'))
			.map((name) => ({ name: `seeds/${name}`, text: readProjectFile(`seeds/${name}`) }));
		const { bundle } = await buildContent(seeds);
		await serve(JSON.parse(JSON.stringify(bundle.briefs)));
		expect(await fetchBundle()).toHaveLength(seeds.length);
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
	])('refuses the whole file for %s, naming the brief and the field', async (_, change, why) => {
		await serve([brief, { ...brief, id: '002_b', slug: 'a-brief-2', ...change }]);
		const error = await fetchBundle().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentFormatError);
		expect((error as Error).message).toContain('brief #2 (002_b) is malformed: ');
		expect((error as Error).message).toContain(why);
	});
});
