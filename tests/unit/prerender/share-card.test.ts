import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredBrief } from '../../../src/content/brief';
import { SHARE_CARD, shareCard } from '../../../src/prerender/share-card';
import { readProjectFile } from '../read-fixture';
import { seedAndHostileBriefs } from './hostile-seeds';

const logo = readProjectFile('public/favicon.svg');
let briefs: StoredBrief[];
beforeAll(async () => {
	briefs = await seedAndHostileBriefs();
});

/** How much of a region is ink rather than paper: the share of dark pixels. */
async function inkIn(
	png: Buffer,
	region: { left: number; top: number; width: number; height: number }
) {
	const { data, info } = await sharp(png)
		.extract(region)
		.greyscale()
		.raw()
		.toBuffer({ resolveWithObject: true });
	let dark = 0;
	for (const value of data) if (value < 128) dark++;
	return dark / (info.width * info.height);
}

describe('share cards', () => {
	it('are 1200×630 PNGs with the headline drawn, for hostile text too', async () => {
		for (const brief of briefs) {
			const png = await shareCard(brief, logo);
			const meta = await sharp(png).metadata();
			expect(meta.format).toBe('png');
			expect([meta.width, meta.height]).toEqual([SHARE_CARD.width, SHARE_CARD.height]);
			// The headline's place is well inked; the margin beside it is paper.
			expect(await inkIn(png, { left: 80, top: 200, width: 1040, height: 200 })).toBeGreaterThan(
				0.05
			);
			expect(await inkIn(png, { left: 0, top: 200, width: 60, height: 300 })).toBe(0);
		}
	});

	it('fit a headline far longer than any seed’s on the card', async () => {
		const long = { ...briefs[0], headline: 'Synthetic overlong headline '.repeat(20) };
		const png = await shareCard(long, logo);
		const meta = await sharp(png).metadata();
		expect([meta.width, meta.height]).toEqual([SHARE_CARD.width, SHARE_CARD.height]);
		// The credits line below the headline stays clear of it.
		expect(await inkIn(png, { left: 80, top: 495, width: 1040, height: 12 })).toBe(0);
	});
});
