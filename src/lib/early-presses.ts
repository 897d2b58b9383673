/**
 * Presses on the build's page made before the app has taken it over. A prerendered button has no
 * handler until hydration, so a reader who taps "Share Article" while the article's chunk is still
 * on its way would see nothing happen (CI's reader did). Hydration adopts the page's own nodes, so
 * a press held here can be made again on the very element that was pressed, once it has its
 * handler: React and Angular replay events that arrive during hydration for the same reason.
 */
export interface EarlyPresses {
	/** After hydration: each pressed button is pressed again, once, if it is still there. */
	replay(): void;
	/** The page was replaced, not adopted: the buttons that were pressed are gone. */
	drop(): void;
}

export function holdEarlyPresses(root: HTMLElement): EarlyPresses {
	const pressed: HTMLButtonElement[] = [];
	const hold = (event: MouseEvent) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (!button || !root.contains(button)) return;
		// A button in a form would submit it, which the app never means: it handles the press.
		event.preventDefault();
		// A second tap while nothing seemed to happen is impatience, not a second request.
		if (!pressed.includes(button)) pressed.push(button);
	};
	root.addEventListener('click', hold, { capture: true });
	const stop = () => root.removeEventListener('click', hold, { capture: true });
	return {
		replay() {
			stop();
			for (const button of pressed.splice(0)) {
				if (button.isConnected && !button.disabled) button.click();
			}
		},
		drop() {
			stop();
			pressed.length = 0;
		}
	};
}
