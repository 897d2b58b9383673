import { downloadFile, manifestParts, planDownloads } from '../content/download-plan';
import type { ContentManifest } from '../content/packs';
import type { Strategy } from 'workbox-strategies';

/** Periodic Background Sync's event; not in TypeScript's worker types yet. */
export interface PeriodicSyncEvent extends ExtendableEvent {
	tag: string;
}

const savesData = (sw: ServiceWorkerGlobalScope) =>
	(sw.navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * The daily check while the app is closed: a newer content manifest and the packs (or parts) it
 * adds are fetched into the same caches, through the same strategies, as the app's own requests
 * will be: the app asks for what it lacks, which is what the previous manifest did not list. So
 * the next start, online or not, stores the new briefs at once. The icon's badge counts how many
 * more briefs there are. Failures (offline, a bad deploy) simply wait for the next day.
 */
export async function checkContentInBackground(
	event: ExtendableEvent,
	sw: ServiceWorkerGlobalScope,
	strategies: { manifest: Strategy; packs: Strategy }
): Promise<void> {
	if (savesData(sw)) return;
	const manifestUrl = `${sw.location.origin}/content/manifest.json`;
	try {
		const cached = await caches.match(manifestUrl, { cacheName: 'content-manifest' });
		const before = cached ? ((await cached.json()) as ContentManifest) : undefined;
		const response = await strategies.manifest.handle({ event, request: manifestUrl });
		const manifest = (await response.json()) as ContentManifest;
		if (manifest.version === before?.version) return;
		for (const download of planDownloads(manifest, manifestParts(before))) {
			const response = await strategies.packs.handle({
				event,
				request: `${sw.location.origin}/${downloadFile(download)}`
			});
			if (!response.ok) return;
		}
		const fresh = manifest.count - (before?.count ?? manifest.count);
		if (fresh > 0 && 'setAppBadge' in sw.navigator) await sw.navigator.setAppBadge(fresh);
	} catch (error) {
		console.info('Background content check skipped', error);
	}
}
