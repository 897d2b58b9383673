import type { Page } from '@playwright/test';

/**
 * The article view's chunk comes late, as on a slow connection: the build's page is on screen and
 * the app's entry is running, but the article view has no handlers yet. Resolves once the chunk is
 * asked for; `release` lets it through.
 */
export async function holdArticleChunk(
	page: Page
): Promise<{ asked: Promise<void>; release: () => void }> {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	let asked!: () => void;
	const held = new Promise<void>((resolve) => (asked = resolve));
	await page.route(/\/assets\/Article-[^/]+\.js$/, async (route) => {
		asked();
		await released;
		await route.continue();
	});
	return { asked: held, release };
}
