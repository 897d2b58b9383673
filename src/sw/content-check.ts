import type { ContentManifest } from '../content/bundle';
import type { Strategy } from 'workbox-strategies';

/** Periodic Background Sync's event; not in TypeScript's worker types yet. */
export interface PeriodicSyncEvent extends ExtendableEvent {
	tag: string;
}

const savesData = (sw: ServiceWorkerGlobalScope) =>
	(sw.navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * The daily check while the app is closed: a newer content manifest and its bundle are fetched
 * into the same caches, through the same strategies, as the app's own requests — so the next
 * start, online or not, stores the new briefs at once. The icon's badge counts briefs the
 * previous manifest did not have. Failures (offline, a bad deploy) simply wait for the next day.
 */
export async function checkContentInBackground(
	event: ExtendableEvent,
	sw: ServiceWorkerGlobalScope,
	strategies: { manifest: Strategy; bundles: Strategy }
): Promise<void> {
	if (savesData(sw)) return;
	const manifestUrl = `${sw.location.origin}/content/manifest.json`;
	try {
		const cached = await caches.match(manifestUrl, { cacheName: 'content-manifest' });
		const before = cached ? ((await cached.json()) as ContentManifest) : undefined;
		const response = await strategies.manifest.handle({ event, request: manifestUrl });
		const manifest = (await response.json()) as ContentManifest;
		if (manifest.version === before?.version) return;
		const bundle = await strategies.bundles.handle({
			event,
			request: `${sw.location.origin}/${manifest.bundle}`
		});
		if (!bundle.ok) return;
		const known = new Set(before?.briefs.map((b) => b.id));
		const fresh = manifest.briefs.filter((b) => !known.has(b.id)).length;
		if (before && fresh && 'setAppBadge' in sw.navigator) await sw.navigator.setAppBadge(fresh);
	} catch (error) {
		console.info('Background content check skipped', error);
	}
}
