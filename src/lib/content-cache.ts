/** The service worker's cache of content packs (src/sw.ts). */
export const CONTENT_BUNDLE_CACHE = 'content-packs';

/**
 * Content lives in one place. The service worker keeps packs it fetched so that a library that
 * can only live in memory (no IndexedDB) still opens offline; once IndexedDB holds the content,
 * that copy is dropped. Run after every stored sync, so a copy written late is gone by the next.
 */
export async function dropCachedBundles(): Promise<void> {
	if (!('caches' in globalThis)) return;
	// 'content-bundles': where whole bundles were kept before packs.
	for (const name of [CONTENT_BUNDLE_CACHE, 'content-bundles']) {
		await caches.delete(name).catch(() => false);
	}
}
