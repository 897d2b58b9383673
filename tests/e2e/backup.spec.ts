import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

/** What a reader sees of their library: feed order, saved list, history list, theme. */
async function library(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	const feed = await page.locator('.feed-list h2').allInnerTexts();
	const links = page.locator('main li a[href^="/article/"]');
	await page.goto('/saved');
	await expect(links.first()).toBeVisible();
	const saved = await links.allInnerTexts();
	await page.goto('/history');
	await expect(links.first()).toBeVisible();
	const history = await links.allInnerTexts();
	const theme = await page.evaluate(() => document.documentElement.dataset.theme);
	return { feed, saved, history, theme };
}

test('a backup restored on a fresh profile reproduces the library', async ({ page, browser }) => {
	// Two profiles, each walked through every view.
	test.setTimeout(90_000);
	// Build up a library: imports, a saved brief, reading history, a setting.
	await page.goto('/import');
	await page.getByLabel('Choose files').setInputFiles([
		{
			name: 'feed.rss',
			mimeType: 'application/rss+xml',
			buffer: readFileSync('tests/fixtures/import/feed.rss')
		},
		{
			name: 'article.md',
			mimeType: 'text/markdown',
			buffer: readFileSync('tests/fixtures/import/article.md')
		}
	]);
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText('2 imported');
	await page.goto(SEED_PATH);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
	await page.goto('/');
	await page.getByRole('link', { name: 'Synthetic RSS item' }).click();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	// The page turns dark once the setting is stored; leaving sooner may abort the write.
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const before = await library(page);
	expect(before.saved).toHaveLength(2);
	expect(before.history.length).toBeGreaterThanOrEqual(2);
	expect(before.theme).toBe('dark');

	await page.goto('/import');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download backup' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^briefs-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const backup = readFileSync(await download.path());
	expect(JSON.parse(backup.toString())).toMatchObject({ format: 'briefs-backup', version: 1 });

	// A new browser profile: nothing stored.
	const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin });
	const other = await fresh.newPage();
	await other.goto('/import');
	await other
		.getByLabel('Choose files')
		.setInputFiles([{ name: 'briefs-backup.json', mimeType: 'application/json', buffer: backup }]);
	await expect(other.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		/^2 imported, restored 2 saved briefs and \d+ history entries, and settings$/
	);
	expect(await library(other)).toEqual(before);
	await fresh.close();
});

test('saved briefs export as a JSON Feed that Briefs can import again', async ({ page }) => {
	await page.goto(SEED_PATH);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
	await page.goto('/import');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export saved as JSON Feed' }).click()
	]);
	const feed = JSON.parse(readFileSync(await download.path()).toString());
	expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
	expect(feed.items).toHaveLength(1);
	expect(feed.items[0].title).toBe(SEED_HEADLINE);
	expect(feed.items[0].url).toMatch(/\/article\/diaz-canel-rejects-/);
});
