/**
 * Presses on the build's page made before the app has taken it over. A prerendered button has no
 * handler until hydration, so a reader who taps "Share Article" while the article's chunk is still
 * on its way would see nothing happen (CI's reader did). Hydration adopts the page's own nodes, so
 * a press held here can be made again on the very element that was pressed, once it has its
 * handler: React and Angular replay events that arrive during hydration for the same reason.
 * Shortcut keys are held the same way (the app listens for them on the window).
 */
export interface EarlyPresses {
	/** After hydration: each pressed button is pressed again, once, if it is still there. */
	replay(): void;
	/** The page was replaced, not adopted: the buttons that were pressed are gone. */
	drop(): void;
}

/** Keys the app has shortcuts for (s, j, k, /, ?…); never space or arrows, which scroll the page. */
const SHORTCUT_KEY = /^[a-z0-9/?]$/i;

export function holdEarlyPresses(root: HTMLElement): EarlyPresses {
	const pressed: HTMLButtonElement[] = [];
	// Shortcuts typed before the app listens: "s" on an article saves it once the app can.
	const keys: KeyboardEventInit[] = [];
	const holdKey = (event: KeyboardEvent) => {
		if (event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return;
		if (!SHORTCUT_KEY.test(event.key)) return;
		const target = event.target instanceof Element ? event.target : null;
		if (target?.closest('input, textarea, select, [contenteditable]')) return;
		keys.push({ key: event.key, code: event.code, shiftKey: event.shiftKey });
	};
	const hold = (event: MouseEvent) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (!button || !root.contains(button)) return;
		// A button in a form would submit it, which the app never means: it handles the press.
		event.preventDefault();
		// A second tap while nothing seemed to happen is impatience, not a second request.
		if (!pressed.includes(button)) pressed.push(button);
	};
	root.addEventListener('click', hold, { capture: true });
	window.addEventListener('keydown', holdKey, { capture: true });
	const stop = () => {
		root.removeEventListener('click', hold, { capture: true });
		window.removeEventListener('keydown', holdKey, { capture: true });
	};
	return {
		replay() {
			stop();
			for (const button of pressed.splice(0)) {
				if (button.isConnected && !button.disabled) button.click();
			}
			for (const key of keys.splice(0)) {
				const init = { ...key, bubbles: true, cancelable: true };
				document.body.dispatchEvent(new KeyboardEvent('keydown', init));
			}
		},
		drop() {
			stop();
			pressed.length = 0;
			keys.length = 0;
		}
	};
}
