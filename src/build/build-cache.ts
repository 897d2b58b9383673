import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheKey, FileCache } from './file-cache.ts';

/**
 * The build's cache folder, kept in node_modules/.cache where build tools keep theirs (and CI
 * caches usually look); BRIEFS_BUILD_CACHE=<folder> moves it, `off` builds everything afresh.
 */
export function buildCacheDir(root: string): string | undefined {
	const chosen = process.env.BRIEFS_BUILD_CACHE;
	if (chosen === 'off') return undefined;
	return chosen || join(root, 'node_modules/.cache/briefs');
}

/** One kind of kept output ("cards", "pages", …), or none when caching is off. */
export function buildCache(root: string, kind: string, extension?: string): FileCache | undefined {
	const dir = buildCacheDir(root);
	return dir === undefined ? undefined : new FileCache(join(dir, kind), extension);
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * A key for everything the app's code makes of content: every file of src/ and the locked
 * dependencies. Pages and search segments are made by that code, so any change to it makes them
 * again; narrower keys would have to know which files each one depends on, and be kept right.
 */
export function codeKey(root: string): string {
	const parts: (string | Uint8Array)[] = [];
	const lock = join(root, 'package-lock.json');
	for (const path of [...filesUnder(join(root, 'src')), ...(existsSync(lock) ? [lock] : [])]) {
		parts.push(path.slice(root.length), readFileSync(path));
	}
	return cacheKey(...parts);
}
