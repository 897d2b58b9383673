import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../temp-dirs';
import { cacheKey, FileCache } from '../../../src/build/file-cache';

const tempDir = tempDirs('briefs-cache');
const DAY = 24 * 60 * 60 * 1000;

describe('cacheKey', () => {
	it('tells inputs apart however they are split', () => {
		expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
		expect(cacheKey('ab', 'c')).toBe(cacheKey('ab', 'c'));
		expect(cacheKey(new TextEncoder().encode('ab'))).toBe(cacheKey('ab'));
	});
});

describe('FileCache', () => {
	it('reads back what was written, across builds, and nothing else', () => {
		const dir = tempDir();
		const key = cacheKey('one');
		new FileCache(dir, '.png').write(key, 'made');
		const later = new FileCache(dir, '.png');
		expect(later.read(key)?.toString()).toBe('made');
		expect(later.read(cacheKey('two'))).toBeUndefined();
		expect(later.path(key)).toBe(join(dir, key.slice(0, 2), `${key}.png`));
		expect(later.stats).toEqual({ made: 0, kept: 1 });
	});

	it('sweeps entries the build did not use once they are a day old, and keeps the rest', () => {
		const dir = tempDir();
		const [used, fresh, stale] = ['used', 'fresh', 'stale'].map((name) => cacheKey(name));
		const earlier = new FileCache(dir);
		for (const key of [used, fresh, stale]) earlier.write(key, key);
		const old = new Date(Date.now() - 2 * DAY);
		for (const key of [used, stale]) utimesSync(earlier.path(key), old, old);

		const build = new FileCache(dir);
		expect(build.read(used)).toBeDefined();
		expect(build.sweep()).toBe(1);
		expect(existsSync(build.path(stale))).toBe(false);
		expect(existsSync(build.path(used))).toBe(true);
		expect(existsSync(build.path(fresh))).toBe(true);
		expect(readdirSync(dir).length).toBeGreaterThan(0);
	});

	it('sweeps nothing from a folder that does not exist', () => {
		expect(new FileCache(join(tempDir(), 'none')).sweep()).toBe(0);
	});
});
