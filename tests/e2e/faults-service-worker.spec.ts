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

async function visitOnline(page: Page, path = '/') {
	await page.goto(server.url + path);
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

const feedLink = (page: Page) =>
	page.locator('ol.feed-list').getByRole('link', { name: SEED_HEADLINE });

test('@fault precache entries gone missing are fetched from the network when online', async ({
	page
}) => {
	await visitOnline(page);
	await expect(feedLink(page)).toBeVisible();
	const removed = await page.evaluate(async () => {
		const name = (await caches.keys()).find((key) => key.includes('precache'));
		const cache = await caches.open(name!);
		const gone: string[] = [];
		for (const request of await cache.keys()) {
			const path = new URL(request.url).pathname;
			// The page itself, its scripts and styles.
			if (/^\/(shell\.html|assets\/.*\.(js|css))$/.test(path)) {
				await cache.delete(request);
				gone.push(path);
			}
		}
		return gone;
	});
	expect(removed).toEqual(expect.arrayContaining(['/shell.html']));
	expect(removed.some((path) => path.endsWith('.js'))).toBe(true);

	await page.goto(server.url + SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page.goto(server.url + '/');
	await expect(feedLink(page)).toBeVisible();
});

test('@fault storage evicted while open is restored and still works offline', async ({
	page,
	context
}) => {
	await visitOnline(page);
	await expect(feedLink(page)).toBeVisible();
	await page.waitForFunction(() => localStorage.getItem('briefs.library-stored') !== null);

	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', {
		origin: server.url,
		storageTypes: 'indexeddb'
	});
	await expect(page.getByTestId('storage-notice')).toContainText('Your library was restored');
	await expect(feedLink(page)).toBeVisible();

	await context.setOffline(true);
	await server.stop();
	await page.reload();
	await expect(feedLink(page)).toBeVisible();
	await page.goto(server.url + SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
});
