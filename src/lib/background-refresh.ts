/** The periodic sync tag the service worker answers with a content check (src/sw.ts). */
export const CONTENT_CHECK_TAG = 'content-check';
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/** on: registered. save-data: the reader asked the browser to save data. not-installed: the browser only grants it to installed apps. */
export type BackgroundRefresh = 'on' | 'save-data' | 'not-installed' | 'unsupported';

/** Periodic Background Sync, in Chromium only; not in TypeScript's DOM types yet. */
interface PeriodicSyncManager {
	register(tag: string, options: { minInterval: number }): Promise<void>;
	unregister(tag: string): Promise<void>;
}

export const savesData = () =>
	(navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * Asks for a daily content check while the app is closed, where the browser offers one. Data
 * Saver is a request to stay quiet: the check is then taken back.
 */
export async function scheduleContentCheck(
	registration: ServiceWorkerRegistration
): Promise<BackgroundRefresh> {
	// Registering needs an active worker; on a first visit this one is still installing.
	if (!registration.active) registration = await navigator.serviceWorker.ready;
	const periodicSync = (registration as { periodicSync?: PeriodicSyncManager }).periodicSync;
	if (!periodicSync) return 'unsupported';
	if (savesData()) {
		await periodicSync.unregister(CONTENT_CHECK_TAG).catch(() => {});
		return 'save-data';
	}
	const permission = await navigator.permissions
		.query({ name: 'periodic-background-sync' as PermissionName })
		.catch(() => undefined);
	if (permission?.state !== 'granted') return 'not-installed';
	try {
		await periodicSync.register(CONTENT_CHECK_TAG, { minInterval: ONE_DAY_MS });
		return 'on';
	} catch (error) {
		console.info('Background refresh not registered', error);
		return 'not-installed';
	}
}
