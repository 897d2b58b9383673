import type { Page } from '@playwright/test';
import { serveContent } from './content-route';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test('Share Article uses the share sheet where there is one', async ({ page }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { shared: ShareData[] };
		w.shared = [];
		Object.defineProperty(navigator, 'share', {
			value: async (data: ShareData) => void w.shared.push(data),
			configurable: true
		});
	});
	await page.goto(SEED_PATH);
	await page.getByRole('button', { name: 'Share Article' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Shared' })).toBeVisible();
	const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
	expect(shared).toHaveLength(1);
	expect(shared[0].title).toBe(SEED_HEADLINE);
	expect(shared[0].text).toMatch(/^President Miguel Díaz\u2011Canel presided/);
	expect(shared[0].url).toBe(new URL(SEED_PATH, page.url()).href);
});

test('each takeaway copies its own deep link', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(SEED_PATH);
	expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
	await page.getByRole('button', { name: 'Copy link to takeaway 3' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Link to takeaway 3 copied' })
	).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(new URL(`${SEED_PATH}#takeaway-3`, page.url()).href);
});

test.describe('takeaway deep link', () => {
	test.use({ serviceWorkers: 'block' });

	async function expectTakeawayScrolledUpAndHighlighted(page: Page) {
		const takeaway = page.locator('#takeaway-4');
		await expect(takeaway).toHaveClass(/highlight/);
		await expect(takeaway).toBeFocused();
		await expect
			.poll(async () => {
				const box = await takeaway.boundingBox();
				const header = await page.locator('.site-header').boundingBox();
				const viewport = page.viewportSize()!;
				// Below the sticky header, in the upper third of the viewport.
				return !!box && !!header && box.y >= header.height && box.y < viewport.height / 3;
			})
			.toBe(true);
		await expect(page.locator('.takeaways li.highlight')).toHaveCount(1);
	}

	test('in the app shell (what an installed app gets), after IndexedDB answers late, scrolls the takeaway up and highlights it', async ({
		page
	}) => {
		// The service worker answers every navigation with the shell: the article only appears
		// once the bundle (a second late) is stored, long after the browser's own anchor scroll.
		await page.route(`**${SEED_PATH}`, (route) => route.fulfill({ path: 'dist/shell.html' }));
		await serveContent(page, (briefs) => briefs, { delayMs: 1000 });
		await page.goto(`${SEED_PATH}#takeaway-4`);
		await expect(page.getByRole('status').filter({ hasText: 'Loading brief…' })).toBeVisible();
		await expectTakeawayScrolledUpAndHighlighted(page);
	});

	test('on a first visit to the prerendered page, highlights the takeaway without waiting for IndexedDB', async ({
		page
	}) => {
		await serveContent(page, (briefs) => briefs, { delayMs: 5000 });
		await page.goto(`${SEED_PATH}#takeaway-4`);
		await expectTakeawayScrolledUpAndHighlighted(page);
		await expect(page.getByText('Loading brief…')).toHaveCount(0);
	});
});

test('Skim lists every brief with takeaways that link to their place', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Skim' }).click();
	await expect(page).toHaveURL('/skim');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skim');
	const brief = page.getByRole('article', { name: SEED_HEADLINE });
	await expect(brief.getByRole('listitem')).toHaveCount(5);
	await brief.getByRole('link', { name: /^Regional stability risks rising/ }).click();
	await expect(page).toHaveURL(`${SEED_PATH}#takeaway-5`);
	await expect(page.locator('#takeaway-5')).toHaveClass(/highlight/);
	await expect(page.locator('#takeaway-5')).toBeInViewport();
});
