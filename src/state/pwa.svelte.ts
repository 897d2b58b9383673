import { registerSW } from 'virtual:pwa-register';
import { scheduleContentCheck, type BackgroundRefresh } from '../lib/background-refresh';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The service worker's life as the reader sees it: a new version waits until the reader chooses
 * to reload; nothing reloads by itself while someone reads.
 */
export class PwaState {
	updateWaiting = $state(false);
	offlineReady = $state(false);
	/** Whether a daily content check runs while the app is closed; unknown until registered. */
	backgroundRefresh = $state<BackgroundRefresh>();
	#applyUpdate?: (reloadPage?: boolean) => Promise<void>;
	#reloading = false;

	register() {
		if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
		this.#applyUpdate = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.updateWaiting = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisteredSW: (_url, registration) => {
				if (!registration) return;
				setInterval(() => checkForUpdate(registration), UPDATE_CHECK_INTERVAL_MS);
				void scheduleContentCheck(registration).then((state) => (this.backgroundRefresh = state));
			},
			onRegisterError: (error: unknown) => console.warn('Service worker registration failed', error)
		});
	}

	/** Activates the waiting worker, which reloads the page once it has taken control. */
	async reload() {
		if (this.#reloading || !this.#applyUpdate) return;
		this.#reloading = true;
		await this.#applyUpdate(true);
	}

	dismiss() {
		this.updateWaiting = false;
	}
}

/** Offline, update() rejects: expected, and the next interval tries again. */
function checkForUpdate(registration: ServiceWorkerRegistration) {
	if (!navigator.onLine || registration.installing) return;
	registration.update().catch((error: unknown) => console.info('Update check skipped', error));
}

export const pwa = new PwaState();
