/// <reference lib="webworker" />
// The service worker (vite-plugin-pwa injectManifest). It does exactly what the generateSW
// configuration did before — precache the app shell, answer navigations with shell.html, the same
// three runtime routes, wait for the reader's "Reload" — plus what
// configuration cannot: files shared from other apps (Share Target level 2) and the daily
// background content check (Periodic Background Sync).
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { checkContentInBackground, type PeriodicSyncEvent } from './sw/content-check';
import { receiveShare } from './sw/receive-share';
import { CONTENT_CHECK_TAG } from './lib/background-refresh';
import { CONTENT_BUNDLE_CACHE } from './lib/content-cache';
import { CONTENT_FILE_PATTERN } from './content/packs';

type PrecacheEntries = Parameters<typeof precacheAndRoute>[0];

const sw = self as unknown as ServiceWorkerGlobalScope;

// registerType 'prompt': a new version waits until the page asks it to take over (Reload).
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});
// The first install takes control at once, so a first visit is already offline-ready.
clientsClaim();

// The app shell only (globPatterns in vite.config.ts): content lives in IndexedDB. The content
// manifest is left out on purpose: a precached copy would hide every later deploy's content.
// Written as `self.__WB_MANIFEST` on purpose: the build looks for that text to inject the list.
precacheAndRoute((self as unknown as { __WB_MANIFEST: PrecacheEntries }).__WB_MANIFEST);
cleanupOutdatedCaches();
// Every navigation, `/` and the prerendered articles included, gets the empty app shell, and the
// app renders from IndexedDB. A precached page would be as old as the worker's install, while
// IndexedDB follows the content manifest (network first) on every start: showing the page would
// show older text than the library holds. Prerendered pages are for first visits, crawlers, link
// previews and readers without JavaScript; none of them has this worker yet.
registerRoute(
	new NavigationRoute(createHandlerBoundToURL('shell.html'), {
		// Files a reader may open by address (a feed, the sitemap, a share card) are files, never
		// the app.
		denylist: [
			/^\/content\//,
			/^\/sw\.js$/,
			/^\/cards\//,
			/^\/(feed\.json|rss\.xml|sitemap\.xml|robots\.txt|_headers)$/
		]
	})
);

/** The bare URL only: '?reachability' must reach the network (src/lib/reachability.ts). */
const contentManifest = new NetworkFirst({
	cacheName: 'content-manifest',
	networkTimeoutSeconds: 3,
	plugins: [new ExpirationPlugin({ maxEntries: 1 })]
});
registerRoute(
	({ url, sameOrigin }) => sameOrigin && url.pathname === '/content/manifest.json' && !url.search,
	contentManifest
);

/**
 * Packs and parts are named by their content's hash, so a cached one never goes stale. Only the
 * daily check keeps them here (through this strategy), for the next start to store. The app's
 * own requests read a kept copy but never add one: every pack of a first visit went into this
 * cache as well as into IndexedDB, 100 MB of copies at 10,000 briefs written beside the library
 * while it was stored. A library that can only live in memory keeps its packs itself
 * (src/lib/content-cache.ts).
 */
const contentPacks = new CacheFirst({
	cacheName: CONTENT_BUNDLE_CACHE,
	plugins: [new ExpirationPlugin({ maxAgeSeconds: 60 * 60 * 24 * 60, purgeOnQuotaError: true })]
});
registerRoute(
	({ url, sameOrigin }) => sameOrigin && CONTENT_FILE_PATTERN.test(url.pathname.slice(1)),
	async ({ request }) =>
		(await caches.match(request, { cacheName: CONTENT_BUNDLE_CACHE })) ?? fetch(request)
);

registerRoute(
	({ request }) => request.destination === 'image',
	new CacheFirst({
		cacheName: 'images',
		plugins: [
			// 200 only: an opaque cross-origin response (status 0) can't be checked, may be an error
			// page, and Chromium charges each against quota as about 7 MB of padding, so 200 of them
			// for 30 days crowded out the reader's own data. Workbox's own guidance: don't keep opaque
			// responses with CacheFirst. An <img> from another host is always opaque, so imported
			// briefs' images are not kept offline (the placeholder shows); the app's own images are.
			new CacheableResponsePlugin({ statuses: [200] }),
			new ExpirationPlugin({
				maxEntries: 200,
				maxAgeSeconds: 60 * 60 * 24 * 30,
				purgeOnQuotaError: true
			})
		]
	})
);

// Files (and links) shared from another app: the manifest's share_target posts them here.
registerRoute(
	({ url, sameOrigin }) => sameOrigin && url.pathname === '/share',
	({ request }) => receiveShare(request, sw.location.origin),
	'POST'
);

sw.addEventListener('periodicsync', (event) => {
	const sync = event as PeriodicSyncEvent;
	if (sync.tag !== CONTENT_CHECK_TAG) return;
	sync.waitUntil(
		checkContentInBackground(sync, sw, { manifest: contentManifest, packs: contentPacks })
	);
});
