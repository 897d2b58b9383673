import { holdArticleChunk } from './support/late-chunk';
import { serveContent, withExtraBriefs } from './content-route';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

test('j/k move between briefs, s saves the one in focus', async ({ page }) => {
	await serveContent(page, withExtraBriefs(3));
	await page.goto('/');
	await expect(page.locator('.feed-list > li')).toHaveCount(4);
	await page.keyboard.press('j');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeFocused();
	await page.keyboard.press('j');
	await page.keyboard.press('j');
	await expect(page.getByRole('link', { name: 'E2E test brief 2' })).toBeFocused();
	await page.keyboard.press('k');
	await expect(page.getByRole('link', { name: 'E2E test brief 1' })).toBeFocused();
	await page.keyboard.press('s');
	await expect(page.getByRole('button', { name: 'Saved: E2E test brief 1' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.keyboard.press('s');
	await expect(page.getByRole('button', { name: 'Save: E2E test brief 1' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E test brief 1');
});

test('s saves the open article; / focuses the search box', async ({ page }) => {
	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page.keyboard.press('s');
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();

	await page.keyboard.press('/');
	const box = page.getByRole('searchbox', { name: 'Search briefs' });
	await expect(box).toBeFocused();
	// Typing in the box is typing, not shortcuts: this "s" searches, it does not unsave.
	await page.keyboard.type('s');
	await expect(box).toHaveValue('s');
	await page.goto(SEED_PATH);
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
});

test('controls show a visible focus ring', async ({ page }) => {
	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page.keyboard.press('Tab');
	const outline = await page.evaluate(() => {
		const el = document.activeElement as HTMLElement;
		return getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth;
	});
	expect(outline).toBe('solid 3px');
});

test('s typed before the article view has loaded saves the article once it has', async ({
	page
}) => {
	const chunk = await holdArticleChunk(page);
	await page.goto(SEED_PATH, { waitUntil: 'commit' });
	await chunk.asked;
	await page.keyboard.press('s');
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toHaveCount(0);
	chunk.release();
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
});
