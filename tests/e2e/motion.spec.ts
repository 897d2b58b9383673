import type { Page } from '@playwright/test';
import { expect, SEED_HEADLINE, test } from './fixtures';

/** Counts the view transitions the page starts, and still runs them. */
async function countViewTransitions(page: Page) {
	await page.addInitScript(() => {
		const start = Document.prototype.startViewTransition;
		let count = 0;
		Object.assign(window, { viewTransitions: () => count });
		Document.prototype.startViewTransition = function (this: Document, ...args) {
			count++;
			return start.apply(this, args as Parameters<typeof start>);
		} as typeof start;
	});
}
const transitions = (page: Page) =>
	page.evaluate(() => (window as unknown as { viewTransitions: () => number }).viewTransitions());

test('feed and article move into each other with a view transition; other pages do not', async ({
	page
}) => {
	await countViewTransitions(page);
	await page.goto('/');
	await page.getByRole('link', { name: SEED_HEADLINE }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	expect(await transitions(page)).toBe(1);
	await page.goBack();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	expect(await transitions(page)).toBe(2);
	await page.getByRole('link', { name: 'Settings', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	expect(await transitions(page)).toBe(2);
});

test('with reduced motion, nothing moves', async ({ page }) => {
	await countViewTransitions(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await page.getByRole('link', { name: SEED_HEADLINE }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page.goBack();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	expect(await transitions(page)).toBe(0);
});
