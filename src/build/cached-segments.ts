import type { SegmentMaker } from '../content/packs.ts';
import { cacheKey, type FileCache } from './file-cache.ts';

/**
 * Search segments kept from earlier builds, by the part's briefs and the code that indexes them:
 * indexing is half of packing a library (3 s at 10,000 briefs), and a deploy changes a few parts.
 * A kept entry that no longer parses is made again.
 */
export function cachedSegments(make: SegmentMaker, cache: FileCache, code: string): SegmentMaker {
	return (briefs) => {
		const key = cacheKey(code, JSON.stringify(briefs));
		const kept = cache.readJson(key) as object | undefined;
		if (kept) return kept;
		const segment = make(briefs);
		cache.write(key, JSON.stringify(segment));
		return segment;
	};
}
