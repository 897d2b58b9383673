/** The service worker's cache of content bundles (runtime caching in vite.config.ts). */
export const CONTENT_BUNDLE_CACHE = 'content-bundles';

/**
 * Content lives in one place. The service worker keeps a bundle it fetched so that a library that
 * can only live in memory (no IndexedDB) still opens offline; once IndexedDB holds the content,
 * that copy is dropped. Run after every stored sync, so a copy written late is gone by the next.
 */
export async function dropCachedBundles(): Promise<void> {
	if (!('caches' in globalThis)) return;
	await caches.delete(CONTENT_BUNDLE_CACHE).catch(() => false);
}
