import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../temp-dirs';
import { cachedParse } from '../../../src/build/cached-parse';
import { FileCache } from '../../../src/build/file-cache';
import { buildContent } from '../../../src/content/bundle';
import { BriefParseError } from '../../../src/content/parse-error';
import { parseBrief } from '../../../src/content/parse-brief';

const tempDir = tempDirs('briefs-parsed');

// The real seed, and hostile and dated ones: what JSON must carry through unchanged.
const seeds = ['seeds', 'tests/fixtures/hostile-seeds', 'tests/fixtures/extra-seeds-v1'].flatMap(
	(dir) =>
		readdirSync(dir)
			.filter((name) => name.endsWith('.txt'))
			.map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(dir, name), 'utf8') }))
);

describe('cachedParse', () => {
	it('packs a library from kept briefs into exactly the files parsing makes', async () => {
		const dir = tempDir();
		const parse = vi.fn(parseBrief);
		const fresh = await buildContent(
			seeds,
			undefined,
			cachedParse(parse, new FileCache(dir), 'code')
		);
		const kept = await buildContent(
			seeds,
			undefined,
			cachedParse(parse, new FileCache(dir), 'code')
		);
		expect(parse).toHaveBeenCalledTimes(seeds.length);
		expect([...kept.files]).toEqual([...fresh.files]);
		expect([...(await buildContent(seeds)).files]).toEqual([...fresh.files]);
	});

	it('parses again when the code or the text changed, and never keeps a failure', async () => {
		const dir = tempDir();
		const parse = vi.fn(parseBrief);
		const [seed] = seeds;
		await cachedParse(parse, new FileCache(dir), 'code 1')(seed.text, seed.name);
		await cachedParse(parse, new FileCache(dir), 'code 2')(seed.text, seed.name);
		await cachedParse(parse, new FileCache(dir), 'code 2')(`${seed.text}\nMore.`, seed.name);
		expect(parse).toHaveBeenCalledTimes(3);
		for (let i = 0; i < 2; i++)
			await expect(
				cachedParse(parse, new FileCache(dir), 'code 2')('', 'seeds/empty.txt')
			).rejects.toBeInstanceOf(BriefParseError);
		expect(parse).toHaveBeenCalledTimes(5);
	});
});
