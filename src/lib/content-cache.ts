/** The service worker's cache of content packs (src/sw.ts). */
export const CONTENT_BUNDLE_CACHE = 'content-packs';

/**
 * A content file a library held in memory (no IndexedDB) was made from, kept so that the next
 * start opens offline: the service worker answers the file from here. Best effort: without room
 * the library still works while online.
 */
export async function keepContentFile(url: string, bytes: ArrayBuffer): Promise<void> {
	if (!('caches' in globalThis)) return;
	try {
		const response = new Response(bytes, { headers: { 'content-type': 'application/json' } });
		await (await caches.open(CONTENT_BUNDLE_CACHE)).put(url, response);
	} catch (error) {
		console.warn('A content file could not be kept for offline use', error);
	}
}

/**
 * Content lives in one place. The daily check keeps the packs of a new deploy in the service
 * worker's cache for the next start; once IndexedDB holds the content, those copies are dropped.
 * Run after every stored sync, so a copy written late is gone by the next.
 */
export async function dropCachedBundles(): Promise<void> {
	if (!('caches' in globalThis)) return;
	// 'content-bundles': where whole bundles were kept before packs.
	for (const name of [CONTENT_BUNDLE_CACHE, 'content-bundles']) {
		await caches.delete(name).catch(() => false);
	}
}
