const RELOADED_AT_KEY = 'briefs:stale-chunk-reload';
const LOOP_WINDOW_MS = 30_000;

/**
 * A tab opened before a deploy asks for chunks that no longer exist. Reload once to get the new
 * build; if that happens again within the window the problem is elsewhere, so don't loop.
 */
export function reloadOnStaleChunk(): void {
	addEventListener('vite:preloadError', (event) => {
		const last = Number(sessionStorage.getItem(RELOADED_AT_KEY) ?? 0);
		if (Date.now() - last < LOOP_WINDOW_MS) return;
		sessionStorage.setItem(RELOADED_AT_KEY, String(Date.now()));
		event.preventDefault();
		location.reload();
	});
}
