import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Brief } from '../../../src/content/brief';
import { cachedCards } from '../../../src/prerender/card-cache';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const cacheDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'briefs-cards-'));
	dirs.push(dir);
	return dir;
};

/** Synthetic brief fields a card shows (test data, not news). */
const brief = (headline: string) =>
	({
		headline,
		section: 'Synthetic Section',
		byline: 'Synthetic Desk',
		publisher: 'Synthetic Publisher'
	}) as Brief;

describe('cachedCards', () => {
	it('draws a card once, then reads it back, until what it shows or how it is drawn changes', async () => {
		const dir = cacheDir();
		const draw = vi.fn(async (b: Brief) => new TextEncoder().encode(`card:${b.headline}`));
		const cards = cachedCards(draw, dir, 'design 1');
		expect(new TextDecoder().decode(await cards(brief('One')))).toBe('card:One');
		expect(new TextDecoder().decode(await cards(brief('One')))).toBe('card:One');
		expect(draw).toHaveBeenCalledTimes(1);
		// A later build, with the same cache folder.
		await cachedCards(draw, dir, 'design 1')(brief('One'));
		expect(draw).toHaveBeenCalledTimes(1);

		await cards(brief('Two'));
		expect(draw).toHaveBeenCalledTimes(2);
		await cachedCards(draw, dir, 'design 2')(brief('One'));
		expect(draw).toHaveBeenCalledTimes(3);
	});
});
