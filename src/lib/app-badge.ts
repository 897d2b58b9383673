/**
 * The app icon's badge (Badging API: installed apps on desktop Chromium, iOS 16.4+ home-screen
 * apps). Elsewhere nothing happens. A refusal (not installed, no permission) is expected and kept
 * quiet: the divider in the feed says the same thing.
 */
export function showAppBadge(count: number) {
	if (!('setAppBadge' in navigator)) return;
	const done = count > 0 ? navigator.setAppBadge(count) : navigator.clearAppBadge();
	done.catch((error: unknown) => console.info('App badge not shown', error));
}
