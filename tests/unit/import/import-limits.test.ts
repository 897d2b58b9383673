// @vitest-environment jsdom
// Issue 17, defects 2, 8 and 10: limits that hold across the files of one import, URLs of any
// length, JSON parsed twice, and a Markdown pattern that backtracked.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/import/limits';
import { readImportFile } from '../../../src/import/read-import-file';
import { readImportFiles, type ImportSource } from '../../../src/import/read-import-files';

const NOW = Date.UTC(2026, 10, 30);
const source = (name: string, text: string, size = text.length): ImportSource => ({
	name,
	size,
	text: async () => text
});
const feed = (items: { id: string; title: string }[]) =>
	JSON.stringify({
		version: 'https://jsonfeed.org/version/1.1',
		title: 'Synthetic',
		items: items.map((item) => ({ ...item, content_text: 'Synthetic body.' }))
	});
const manyItems = (prefix: string, n: number) =>
	Array.from({ length: n }, (_, i) => ({
		id: `${prefix}-${i}`,
		title: `Synthetic ${prefix} ${i}`
	}));

afterEach(() => vi.restoreAllMocks());

// The item limit, lowered so the test reads hundreds of items instead of ten thousand.
vi.mock('../../../src/import/limits', async (original) => ({
	...(await original<typeof import('../../../src/import/limits')>()),
	MAX_IMPORT_ITEMS: 100
}));

describe('defect 8: the same item in two files of one import', () => {
	it('is imported once and reported in the second file', async () => {
		const item = { id: 'same-id', title: 'Synthetic shared item' };
		const read = await readImportFiles(
			[source('a.json', feed([item])), source('b.json', feed([item]))],
			NOW
		);
		expect(read.briefs).toHaveLength(1);
		expect(read.skipped).toEqual([
			{
				file: 'b.json',
				label: 'Synthetic shared item',
				reason: 'also in a.json, imported from there'
			}
		]);
	});
});

describe('defect 10: limits across files, URL length, JSON parsed once', () => {
	it('refuses a file that takes the import past the byte limit, naming it', async () => {
		const small = feed([{ id: '1', title: 'Synthetic one' }]);
		const read = await readImportFiles(
			[
				source('first.json', small, MAX_IMPORT_BYTES * 0.6),
				source('second.json', small, MAX_IMPORT_BYTES * 0.6)
			],
			NOW
		);
		expect(read.briefs).toHaveLength(1);
		expect(read.refused).toEqual([
			'second.json: this import already holds 12 of at most 20 MB; import it separately'
		]);
	});

	it('refuses a file that takes the import past the item limit, naming it', async () => {
		const read = await readImportFiles(
			[source('a.json', feed(manyItems('a', 60))), source('b.json', feed(manyItems('b', 60)))],
			NOW
		);
		expect(read.briefs).toHaveLength(60);
		expect(read.refused).toEqual([
			'b.json: would take this import past 100 items; import it separately'
		]);
	});

	it('imports an item with a 5,000,000-character URL without it, and says so', async () => {
		const huge = `https://example.org/${'a'.repeat(5_000_000)}`;
		const text = JSON.stringify({
			version: 'https://jsonfeed.org/version/1.1',
			items: [{ id: '1', title: 'Synthetic long', content_text: 'Body.', url: huge, image: huge }]
		});
		const { briefs, notes } = await readImportFile('long.json', text, NOW);
		expect(briefs[0].url).toBeUndefined();
		expect(briefs[0].hero.imageUrl).toBeUndefined();
		expect(notes.map((n) => n.reason)).toEqual([
			'imported without its image: the URL is longer than 2048 characters',
			'imported without its link: the URL is longer than 2048 characters'
		]);
	});

	it('parses a JSON file once', async () => {
		const parse = vi.spyOn(JSON, 'parse');
		await readImportFile('one.json', feed([{ id: '1', title: 'Synthetic once' }]), NOW);
		expect(parse).toHaveBeenCalledTimes(1);
	});
});

describe('defect 2: Markdown is read in linear time and has a size limit', () => {
	it('reads a megabyte of [ at once', async () => {
		const started = performance.now();
		const text = `---\ntitle: Synthetic brackets\n---\n${'['.repeat(1024 * 1024 - 40)}`;
		const { skipped } = await readImportFile('brackets.md', text, NOW);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(skipped.map((s) => s.label)).toEqual(['Synthetic brackets']);
	});

	it('still turns links into their text', async () => {
		const text =
			'---\ntitle: Synthetic links\n---\nSee [the report](https://example.org/r) and [x]y.';
		const { briefs } = await readImportFile('links.md', text, NOW);
		expect(briefs[0].body).toEqual(['See the report and [x]y.']);
	});

	it('refuses a Markdown file over 1 MB, naming it', async () => {
		const error = await readImportFile('big.md', 'a'.repeat(1024 * 1024 + 1), NOW).catch(
			(e: unknown) => e
		);
		expect((error as Error).message).toBe(
			'big.md: Markdown file of 1048577 bytes; one brief may be at most 1048576'
		);
	});
});
