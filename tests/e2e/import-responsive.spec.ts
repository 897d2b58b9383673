import { expect, test } from './fixtures';
import { importMade } from './support/import-responsiveness';

// Issue 17: hostile and large files through the real /import page: a clear report at the end, and
// a page that keeps answering. Before issue 17 these files held the page for 14 s (Markdown), 78 s
// (RSS) and 87 s (JSON Feed). The budget, no task over 200 ms, is measured by `npm run bench`
// (bench/import.ts) on a machine at rest: on CI two browsers share two cores, and a task can pass
// 200 ms for reasons that are not the page's. These bounds catch the page freezing again.
const HOSTILE_TASK_MS = 2000;
// RSS is still parsed in one DOMParser call (1.8 s at rest, README: Faults).
const LARGE_FEED_TASK_MS = 5000;

test.describe('the import page keeps answering', () => {
	test.setTimeout(180_000);

	test('a DOCTYPE split by <style> with a 450 KB entity bomb is refused at once', async ({
		page
	}) => {
		const measured = await importMade(page, 'bomb');
		console.log('bomb', measured);
		await expect(page.locator('.import-problems')).toHaveText(
			'bomb.rss: XML with a DOCTYPE or ENTITY declaration is not accepted'
		);
		expect(measured.longest).toBeLessThan(HOSTILE_TASK_MS);
	});

	test('a megabyte of [ in Markdown is read at once', async ({ page }) => {
		const measured = await importMade(page, 'brackets');
		console.log('brackets', measured);
		await expect(page.locator('.import-problems')).toContainText(
			'brackets.md — “Synthetic brackets”'
		);
		expect(measured.longest).toBeLessThan(HOSTILE_TASK_MS);
	});

	test('a 10,000-item JSON Feed imports in slices', async ({ page }) => {
		const measured = await importMade(page, 'json', 10_000);
		console.log('json', measured);
		await expect(page.getByRole('status')).toHaveText('10000 imported', { timeout: 120_000 });
		expect(measured.longest).toBeLessThan(LARGE_FEED_TASK_MS);
	});

	test('a 10,000-item RSS feed imports in slices', async ({ page }) => {
		const measured = await importMade(page, 'rss', 10_000);
		console.log('rss', measured);
		await expect(page.getByRole('status')).toHaveText('10000 imported', { timeout: 120_000 });
		expect(measured.longest).toBeLessThan(LARGE_FEED_TASK_MS);
	});
});
