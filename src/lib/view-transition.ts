import { tick } from 'svelte';

/**
 * Runs a route change inside a same-document View Transition where the browser has them, so the
 * page cross-fades instead of jumping; at once where it has none or the reader asked for reduced
 * motion. A transition the browser skips (another one started, the tab hidden) rejects its
 * promises: expected, so they are caught.
 */
export function withViewTransition(update: () => void) {
	if (
		typeof document.startViewTransition !== 'function' ||
		matchMedia('(prefers-reduced-motion: reduce)').matches
	) {
		update();
		return;
	}
	const transition = document.startViewTransition(async () => {
		update();
		// The new view is in the DOM before the browser takes its picture.
		await tick();
	});
	const skipped = () => {};
	transition.ready.catch(skipped);
	transition.finished.catch(skipped);
	transition.updateCallbackDone.catch(skipped);
}
