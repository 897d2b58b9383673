import { describe, expect, it } from 'vitest';
import { compareRanks } from '../../../src/content/brief';
import { buildContent, type SourceFile } from '../../../src/content/bundle';
import { manifestParts, planDownloads } from '../../../src/content/download-plan';
import {
	cutIntoPacks,
	fileHash,
	PACK_MEAN,
	PART_MEAN,
	stableRanks
} from '../../../src/content/packs';
import { syntheticSeedText } from '../../support/synthetic-briefs';

/** Synthetic seed files (test data, never news), named as a publisher numbers them. */
const library = (count: number, from = 0): SourceFile[] =>
	Array.from({ length: count }, (_, i) => ({
		name: `seeds/${String(from + i).padStart(5, '0')}_synthetic.txt`,
		text: syntheticSeedText({
			n: from + i,
			headline: `Synthetic fixture ${from + i}`,
			section: `Synthetic Section ${(from + i) % 3}`
		})
	}));

const changedFiles = (a: Map<string, string>, b: Map<string, string>) =>
	[...b.keys()].filter((path) => !a.has(path) && path !== 'content/manifest.json');

const LIBRARY = 600;

describe('content packs', () => {
	it('cuts near the mean and never past the bounds, the same way every time', () => {
		const ids = Array.from({ length: 20_000 }, (_, i) => ({ id: `brief-${i}` }));
		const packs = cutIntoPacks(ids);
		expect(cutIntoPacks(ids)).toEqual(packs);
		const parts = packs.flat();
		expect(parts.flat()).toEqual(ids);
		expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(32);
		expect(Math.max(...packs.map((p) => p.flat().length))).toBeLessThanOrEqual(512);
		const meanPart = ids.length / parts.length;
		const meanPack = ids.length / packs.length;
		expect(meanPart).toBeGreaterThan(PART_MEAN / 2);
		expect(meanPart).toBeLessThan(PART_MEAN * 2);
		expect(meanPack).toBeGreaterThan(PACK_MEAN / 2);
		expect(meanPack).toBeLessThan(PACK_MEAN * 2);
	});

	it('an added brief changes one part and one pack; every other file keeps its name', async () => {
		const before = await buildContent(library(LIBRARY));
		expect(before.manifest.packs.length).toBeGreaterThan(2);
		const after = await buildContent(library(LIBRARY + 1));
		const added = changedFiles(before.files, after.files);
		// The part the brief went into, and the pack holding it (unless the pack is that part).
		expect(added.length).toBeGreaterThanOrEqual(1);
		expect(added.length).toBeLessThanOrEqual(2);
		const missing = planDownloads(after.manifest, manifestParts(before.manifest));
		expect(missing).toHaveLength(1);
		expect(missing[0].count).toBeLessThanOrEqual(32);
		expect(after.manifest.count).toBe(LIBRARY + 1);
	});

	it('a brief dated today goes on top and leaves the rest of the library as it was', async () => {
		const files = library(LIBRARY);
		const before = await buildContent(files);
		const today = { ...library(1, 90_000)[0] };
		today.text = `Date: 2026-12-07\n\n${today.text}`;
		const after = await buildContent([...files, today]);
		expect(after.bundle.briefs[0].source).toBe(today.name);
		const ranks = new Map(before.bundle.briefs.map((b) => [b.id, b.rank]));
		expect(after.bundle.briefs.slice(1).every((b) => ranks.get(b.id) === b.rank)).toBe(true);
		expect(planDownloads(after.manifest, manifestParts(before.manifest))).toHaveLength(1);
	});

	it('an edited old brief changes only its own part and pack', async () => {
		const files = library(LIBRARY);
		const before = await buildContent(files);
		const edited = files.map((f, i) =>
			i === 17 ? { ...f, text: f.text.replace('Synthetic body', 'Synthetic edited body') } : f
		);
		const after = await buildContent(edited);
		const changed = changedFiles(before.files, after.files);
		expect(changed.length).toBeGreaterThanOrEqual(1);
		expect(changed.length).toBeLessThanOrEqual(2);
		expect(planDownloads(after.manifest, manifestParts(before.manifest))).toHaveLength(1);
	});

	it('a first visit fetches each pack whole, in feed order', async () => {
		const { manifest, files } = await buildContent(library(LIBRARY));
		const plan = planDownloads(manifest, new Map());
		expect(plan.map((d) => d.pack.file)).toEqual(manifest.packs.map((p) => p.file));
		expect(plan.every((d) => d.only === undefined)).toBe(true);
		expect(plan.reduce((n, d) => n + d.count, 0)).toBe(LIBRARY);
		for (const pack of manifest.packs) {
			expect(await fileHash(files.get(pack.file)!)).toBe(pack.hash);
		}
	});

	it('ranks briefs of one date in file order and keep undated ones after every date', () => {
		const ranks = stableRanks([
			{ date: '2026-12-07', source: 'seeds/003.txt' },
			{ date: '2026-12-07', source: 'seeds/004.txt' },
			{ date: '2026-12-06', source: 'seeds/001.txt' },
			{ source: 'seeds/000.txt' },
			{ source: 'seeds/002.txt' }
		]);
		expect([...ranks].sort(compareRanks)).toEqual(ranks);
		expect(new Set(ranks).size).toBe(5);
		// A brief added on an earlier date, or an undated one, leaves the others' ranks alone.
		const more = stableRanks([
			{ date: '2026-12-07', source: 'seeds/003.txt' },
			{ date: '2026-12-07', source: 'seeds/004.txt' },
			{ date: '2026-12-06', source: 'seeds/001.txt' },
			{ date: '2026-12-05', source: 'seeds/005.txt' },
			{ source: 'seeds/000.txt' },
			{ source: 'seeds/0015.txt' },
			{ source: 'seeds/002.txt' }
		]);
		expect([more[0], more[1], more[2], more[4], more[6]]).toEqual(ranks);
	});
});
