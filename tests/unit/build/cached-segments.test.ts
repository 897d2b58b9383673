import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDirs } from '../temp-dirs';
import { cachedSegments } from '../../../src/build/cached-segments';
import { FileCache } from '../../../src/build/file-cache';
import type { StoredBrief } from '../../../src/content/brief';

const tempDir = tempDirs('briefs-segments');

// Synthetic parts (test data, not news): only their identity matters to the cache.
const part = (id: string) => [{ id, headline: `Synthetic ${id}` }] as unknown as StoredBrief[];

describe('cachedSegments', () => {
	it('indexes a part once per code, and gives back exactly what was made', () => {
		const dir = tempDir();
		const make = vi.fn((briefs: readonly StoredBrief[]) => ({
			terms: briefs.map((b) => b.id),
			n: 0.1
		}));
		const first = cachedSegments(make, new FileCache(dir), 'code 1')(part('a'));
		const again = cachedSegments(make, new FileCache(dir), 'code 1')(part('a'));
		expect(JSON.stringify(again)).toBe(JSON.stringify(first));
		expect(make).toHaveBeenCalledTimes(1);

		cachedSegments(make, new FileCache(dir), 'code 1')(part('b'));
		cachedSegments(make, new FileCache(dir), 'code 2')(part('a'));
		expect(make).toHaveBeenCalledTimes(3);
	});

	it('makes a segment again when its kept entry is damaged', () => {
		const dir = tempDir();
		const make = vi.fn(() => ({ terms: ['x'] }));
		cachedSegments(make, new FileCache(dir), 'code')(part('a'));
		const [shard] = readdirSync(dir);
		const [entry] = readdirSync(join(dir, shard));
		writeFileSync(join(dir, shard, entry), '{"terms":');
		expect(cachedSegments(make, new FileCache(dir), 'code')(part('a'))).toEqual({ terms: ['x'] });
		expect(make).toHaveBeenCalledTimes(2);
	});
});
