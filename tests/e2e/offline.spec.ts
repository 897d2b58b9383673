import type { Page } from '@playwright/test';
import { VARIANTS } from './support/build-variants';
import { staticHost, type StaticHost } from './support/static-host';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test.use({ expectNetworkFailures: true });

let server: StaticHost;
test.beforeEach(async () => {
	server = staticHost(VARIANTS.v1.outDir);
	await server.start();
});
test.afterEach(async () => server.dispose());

/** The first online visit: the worker has installed, precached and taken control of the page. */
async function visitOnline(page: Page, path = '/') {
	await page.goto(server.url + path);
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

const feedLink = (page: Page, headline: string) => page.getByRole('link', { name: headline });

test('after one online visit, the feed and any article open with no network', async ({
	page,
	context
}) => {
	await visitOnline(page);
	await expect(feedLink(page, SEED_HEADLINE)).toBeVisible();

	await context.setOffline(true);
	await server.stop(); // the origin is truly unreachable, not just flagged offline
	await page.reload();
	await expect(feedLink(page, SEED_HEADLINE)).toBeVisible();
	await expect(page.getByText('Offline — showing saved briefs')).toBeVisible();

	// A deep link this tab never visited, in a new tab.
	const tab = await context.newPage();
	await tab.goto(server.url + SEED_PATH);
	await expect(tab.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(
		tab.getByRole('region', { name: 'Key Takeaways' }).getByRole('listitem')
	).toHaveCount(5);
	await tab.goto(server.url + '/article/no-such-brief');
	await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Brief not found');
	await tab.close();

	// Views are loaded on demand, as chunks of their own: offline they come from the precache.
	// A cold start straight into one, then a move to another that this page never loaded.
	const settings = await context.newPage();
	await settings.goto(server.url + '/settings');
	await expect(settings.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await expect(settings.getByRole('radio').first()).toBeVisible();
	await settings.getByRole('link', { name: 'Saved', exact: true }).click();
	await expect(settings.getByRole('heading', { level: 1 })).toHaveText('Saved');
	await settings.close();

	await server.start();
	await context.setOffline(false);
	await expect(page.getByText('Offline — showing saved briefs')).toBeHidden();
});

test('with no IndexedDB, the briefs held in memory open again with no network', async ({
	page,
	context
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('IndexedDB is disabled (test)', 'InvalidStateError');
		};
	});
	await visitOnline(page);
	await expect(feedLink(page, SEED_HEADLINE)).toBeVisible();
	// A start the worker controls: it keeps the manifest; the app keeps the packs it read.
	await page.reload();
	await expect(feedLink(page, SEED_HEADLINE)).toBeVisible();

	await context.setOffline(true);
	await server.stop();
	await page.reload();
	await expect(page.getByTestId('storage-notice')).toContainText("won't let Briefs store");
	await expect(feedLink(page, SEED_HEADLINE)).toBeVisible();
});

test('a new deploy waits for the reader, then reloads once into it with stored data intact', async ({
	page
}) => {
	await visitOnline(page, '/about');
	await expect(page.getByTestId('build-label')).toHaveText('e2e-v1');

	server.root = VARIANTS.v2.outDir;
	await page.goto(server.url + '/');
	await expect(feedLink(page, 'Synthetic Test Brief Alpha')).toBeVisible();
	// Mark this document: a reload by itself would wipe the mark.
	await page.evaluate(() => document.documentElement.setAttribute('data-unreloaded', ''));

	const prompt = page.getByRole('status').filter({ hasText: 'New version available' });
	await expect(prompt).toBeVisible();
	await page.waitForTimeout(1000);
	await expect(page.locator('html[data-unreloaded]')).toHaveCount(1);

	await Promise.all([
		page.waitForEvent('framenavigated'),
		prompt.getByRole('button', { name: 'Reload' }).click()
	]);
	await expect(page.locator('html[data-unreloaded]')).toHaveCount(0);
	await expect(feedLink(page, SEED_HEADLINE)).toBeVisible();
	await expect(feedLink(page, 'Synthetic Test Brief Beta')).toBeVisible();
	await page.getByRole('link', { name: 'About Briefs' }).click();
	await expect(page.getByTestId('build-label')).toHaveText('e2e-v2');
	await expect(page.getByRole('status').filter({ hasText: 'New version available' })).toHaveCount(
		0
	);
});

test('a deploy with one more brief reaches an installed app on its next online start', async ({
	page
}) => {
	await visitOnline(page);
	await feedLink(page, 'Synthetic Test Brief Alpha').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Synthetic Test Brief Alpha');
	await expect(page.getByTestId('updated-badge')).toHaveCount(0);

	// Only the content changes: Alpha is revised and Beta added.
	server.contentRoot = VARIANTS.v2.outDir;
	await page.goto(server.url + '/');
	await expect(feedLink(page, 'Synthetic Test Brief Beta')).toBeVisible();
	const alpha = page.getByRole('article').filter({ hasText: 'Synthetic Test Brief Alpha' });
	await expect(alpha.getByText('Updated')).toBeVisible();
	const seed = page.getByRole('article').filter({ hasText: SEED_HEADLINE });
	await expect(seed).toBeVisible();
	await expect(seed.getByText('Updated')).toHaveCount(0);

	await alpha.getByRole('link').click();
	await expect(page.getByTestId('updated-badge')).toBeVisible();
	await expect(page.getByText('This revision adds one sentence.')).toBeVisible();
});

test('About shows storage usage and quota', async ({ page }) => {
	await visitOnline(page, '/about');
	await expect(page.getByTestId('storage-usage')).toHaveText(/^\d+(\.\d)? (bytes|KB|MB|GB)$/);
	await expect(page.getByTestId('storage-quota')).toHaveText(/^\d+(\.\d)? (KB|MB|GB|TB)$/);
});
