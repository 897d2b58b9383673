import type { ScrollPosition } from '../content/reading-history';

export function currentScrollPosition(): ScrollPosition {
	const scrollable = document.documentElement.scrollHeight - innerHeight;
	return {
		progress: scrollable > 0 ? scrollY / scrollable : 1,
		scrollY: Math.round(scrollY),
		layoutWidth: document.documentElement.clientWidth
	};
}

/** The exact offset on the same layout; on another width (or text size) the same share of the way. */
export function restoreScrollPosition(position: ScrollPosition) {
	const sameLayout = position.layoutWidth === document.documentElement.clientWidth;
	const scrollable = document.documentElement.scrollHeight - innerHeight;
	scrollTo(0, sameLayout ? position.scrollY : Math.round(position.progress * scrollable));
}
