import type { Attachment } from 'svelte/attachments';

/**
 * Calls `seen` once the element is on screen while the page is visible: a badge count is for the
 * reader's eyes, and a background tab or a divider scrolled out of view has not been looked at.
 */
export function seenOnScreen(seen: () => void): Attachment<HTMLElement> {
	return (element) => {
		let onScreen = false;
		const check = () => {
			if (onScreen && document.visibilityState === 'visible') seen();
		};
		const observer = new IntersectionObserver(([entry]) => {
			onScreen = entry.isIntersecting;
			check();
		});
		observer.observe(element);
		document.addEventListener('visibilitychange', check);
		return () => {
			observer.disconnect();
			document.removeEventListener('visibilitychange', check);
		};
	};
}
