import { statSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARY_SIZE, VARIANTS } from './support/build-variants';
import { SwappableServer } from './support/static-server';
import { expect, test } from './fixtures';
import { libraryHeadlines } from './support/library-seeds';

test.use({ expectNetworkFailures: true });

let server: SwappableServer;
test.beforeEach(async () => {
	server = new SwappableServer(VARIANTS.library.outDir);
	await server.start();
});
test.afterEach(async () => server.stop());

test('a library past 2 MiB builds, is downloaded once, stored once, and reads offline', async ({
	page,
	context
}) => {
	// Storing a 2,000-brief library on a first visit takes a while on two busy cores.
	test.setTimeout(120_000);
	await page.goto(server.url + '/');
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
	// The feed's first brief: the library's files sort before seeds/ by path, all undated.
	const feed = page.getByRole('region', { name: 'Latest briefs' });
	const first = libraryHeadlines(LIBRARY_SIZE)[0];
	await expect(feed.getByRole('link').first()).toHaveText(first, { timeout: 60_000 });

	const storedBriefs = () =>
		page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('briefs');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const count = await new Promise<number>((resolve, reject) => {
				const request = db.transaction('briefs').objectStore('briefs').count();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			db.close();
			return count;
		});
	await expect.poll(storedBriefs, { timeout: 60_000 }).toBe(LIBRARY_SIZE + 1);

	// The library in packs, each sent once and compressed: the service worker fetched none a
	// second time, and the packs together are far past what one precached file may be.
	const packs = server.sent.filter(({ path }) => path.startsWith('/content/pa'));
	expect(packs.length).toBeGreaterThan(1);
	expect(new Set(packs.map((p) => p.path)).size).toBe(packs.length);
	expect(packs.every((p) => p.encoding === 'br')).toBe(true);
	const raw = packs.reduce((n, p) => n + statSync(join(VARIANTS.library.outDir, p.path)).size, 0);
	expect(raw).toBeGreaterThan(2 * 1024 * 1024);

	// IndexedDB is the only copy: no cache of the service worker's holds content.
	const cachedContent = () =>
		page.evaluate(async () => {
			const found: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys()) {
					const path = new URL(request.url).pathname;
					if (path.startsWith('/content/pa')) found.push(`${name}: ${path}`);
				}
			}
			return found;
		});
	await expect.poll(cachedContent).toEqual([]);

	await context.setOffline(true);
	await server.stop();
	await page.reload();
	await expect(feed.getByRole('link').first()).toHaveText(first);
	await expect(page.getByText('Offline — showing saved briefs')).toBeVisible();
});
