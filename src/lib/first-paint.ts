/**
 * Resolves once the first view has shown what the reader came for (the feed's first page, or any
 * other view's first frame). Work that can wait, like starting the search worker, waits for it:
 * on a two-core phone the worker loading a large saved index competes with the page for both the
 * CPU and IndexedDB, and the feed came later for it.
 */
let settle: () => void;
export const firstPaint = new Promise<void>((resolve) => (settle = resolve));

/** Called by the view that paints first; later calls do nothing. */
export function markFirstPaint(): void {
	settle();
}
