import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../temp-dirs';
import { FileCache } from '../../../src/build/file-cache';
import { OutDirWriter } from '../../../src/build/out-dir';
import type { Brief } from '../../../src/content/brief';
import { cachedCards } from '../../../src/prerender/card-cache';

const tempDir = tempDirs('briefs-cards');

/** Synthetic brief fields a card shows (test data, not news). */
const brief = (headline: string) =>
	({
		headline,
		section: 'Synthetic Section',
		byline: 'Synthetic Desk',
		publisher: 'Synthetic Publisher'
	}) as Brief;

describe('cachedCards', () => {
	it('draws a card once, then copies it, until what it shows or how it is drawn changes', async () => {
		const cacheDir = tempDir();
		const out = tempDir();
		const draw = vi.fn(async (b: Brief) => new TextEncoder().encode(`card:${b.headline}`));
		const build = async (salt: string, headline: string) => {
			const writer = new OutDirWriter(out);
			await writer.put(
				'card.png',
				cachedCards(draw, new FileCache(cacheDir, '.png'), salt)(brief(headline))
			);
			await writer.done();
			return readFileSync(join(out, 'card.png'), 'utf8');
		};
		expect(await build('design 1', 'One')).toBe('card:One');
		// A later build, with the same cache folder.
		expect(await build('design 1', 'One')).toBe('card:One');
		expect(draw).toHaveBeenCalledTimes(1);

		expect(await build('design 1', 'Two')).toBe('card:Two');
		expect(draw).toHaveBeenCalledTimes(2);
		await build('design 2', 'One');
		expect(draw).toHaveBeenCalledTimes(3);
	});

	it('draws every card when there is no cache', async () => {
		const draw = vi.fn(async () => new Uint8Array([1]));
		const card = cachedCards(draw, undefined, 'design 1')(brief('One'));
		expect(typeof card === 'object' && 'make' in card && card.cache).toBeUndefined();
	});
});
