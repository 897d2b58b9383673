/** How long the app may have been out of sight before coming back checks for new content. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Push and background sync are unreliable (Guardian Editions fetch the day's content whenever the
 * app starts, guardian/editions#362): a phone app is mostly resumed, not started, so coming back
 * into view after an hour or more checks too. Offline, nothing is asked and nothing is shown.
 */
export function refreshWhenVisible(lastCheckedAt: () => number, refresh: () => void) {
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState !== 'visible' || !navigator.onLine) return;
		if (Date.now() - lastCheckedAt() >= STALE_AFTER_MS) refresh();
	});
}
