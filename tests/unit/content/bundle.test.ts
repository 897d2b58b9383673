import { compareRanks } from '../../../src/content/brief';
import { describe, expect, it } from 'vitest';
import { buildContent, ContentBuildError } from '../../../src/content/bundle';
import { fileHash } from '../../../src/content/packs';
import { readProjectFile, SEED_NAME, seedText } from '../read-fixture';
import { makeSegment } from '../../../src/search/segment';

const seed = () => ({ name: SEED_NAME, text: seedText() });
const dated = () => ({
	name: 'tests/fixtures/seeds/dated.txt',
	text: readProjectFile('tests/fixtures/seeds/dated.txt')
});

describe('buildContent', () => {
	it('builds a manifest that names each pack by its hash, and the files it names', async () => {
		const { manifest, bundle, files } = await buildContent([seed()], makeSegment);
		expect(manifest).toMatchObject({ format: 2, count: 1 });
		const [pack] = manifest.packs;
		expect(pack.file).toBe(`content/parts/${pack.hash}.json`);
		expect(pack.parts).toEqual([[pack.hash, 1]]);
		expect(await fileHash(files.get(pack.file)!)).toBe(pack.hash);
		expect(JSON.parse(files.get(pack.file)!)).toEqual({
			format: 2,
			briefs: bundle.briefs,
			index: makeSegment(bundle.briefs)
		});
		expect(JSON.parse(files.get('content/manifest.json')!)).toEqual(manifest);
		expect(bundle.version).toBe(manifest.version);
	});

	it('is deterministic, and its version moves when a brief changes', async () => {
		const a = await buildContent([seed()]);
		const b = await buildContent([seed()]);
		const c = await buildContent([{ ...seed(), text: seedText().replace('mourn', 'honour') }]);
		expect(b.manifest.version).toBe(a.manifest.version);
		expect(c.manifest.version).not.toBe(a.manifest.version);
	});

	it('puts dated briefs first, newest first, then undated in file order', async () => {
		const later = {
			name: 'seeds/002_later.txt',
			text: 'Date: 2026-03-01\n\n' + seedText().replace('Díaz', 'Later Díaz')
		};
		const undated = {
			name: 'seeds/001_undated.txt',
			text: seedText().replace('Díaz', 'Other Díaz')
		};
		const { bundle } = await buildContent([seed(), undated, dated(), later]);
		expect(bundle.briefs.map((b) => b.source)).toEqual([
			'seeds/002_later.txt',
			'tests/fixtures/seeds/dated.txt',
			SEED_NAME,
			'seeds/001_undated.txt'
		]);
		const ranks = bundle.briefs.map((b) => b.rank);
		expect([...ranks].sort(compareRanks)).toEqual(ranks);
	});

	it('gives colliding slugs a suffix, settled in file order', async () => {
		const copy = { name: 'seeds/001_copy.txt', text: seedText() };
		const { bundle } = await buildContent([copy, seed()]);
		const bySource = Object.fromEntries(bundle.briefs.map((b) => [b.source, b.slug]));
		expect(bySource[SEED_NAME]).toBe(
			'diaz-canel-rejects-u-s-pressure-after-deaths-of-cuban-soldiers-in-venezuela'
		);
		expect(bySource['seeds/001_copy.txt']).toBe(`${bySource[SEED_NAME]}-2`);
	});

	it('reports every bad seed with file and line', async () => {
		const error = await buildContent([
			seed(),
			{ name: 'seeds/bad1.txt', text: '' },
			{ name: 'seeds/bad2.txt', text: 'Headline\n\nDek\n\nKey Takeaways\n' }
		]).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentBuildError);
		expect((error as Error).message).toContain('seeds/bad1.txt:1: no headline');
		expect((error as Error).message).toContain('seeds/bad2.txt:5: "Key Takeaways" has no items');
	});
});
