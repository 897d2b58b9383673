import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { downloadFile, manifestParts, planDownloads } from '../../src/content/download-plan';
import type { ContentManifest } from '../../src/content/packs';
import { LIBRARY_SIZE, VARIANTS } from './support/build-variants';
import { LIBRARY_CHANGES, libraryHeadlines } from './support/library-seeds';
import { SwappableServer } from './support/static-server';
import { syntheticCorpus } from '../../bench/corpus';
import { expect, test } from './fixtures';

const manifestOf = (dir: string): ContentManifest =>
	JSON.parse(readFileSync(join(dir, 'content/manifest.json'), 'utf8'));

/** The stored version, and every brief's id, headline and body, read beside the app. */
const stored = (page: Page) =>
	page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('briefs');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		// Before the app has made its schema, there is nothing stored yet.
		if (!db.objectStoreNames.contains('meta')) {
			db.close();
			return { version: undefined, briefs: [] };
		}
		const read = <T>(store: string, query: 'all' | string) =>
			new Promise<T>((resolve, reject) => {
				const objects = db.transaction(store).objectStore(store);
				const request = query === 'all' ? objects.getAll() : objects.get(query);
				request.onsuccess = () => resolve(request.result as T);
				request.onerror = () => reject(request.error);
			});
		const briefs = await read<{ id: string; headline: string; body: string[] }[]>('briefs', 'all');
		const version = await read<{ value: { version: string } } | undefined>(
			'meta',
			'contentVersion'
		);
		db.close();
		return {
			version: version?.value.version,
			briefs: briefs.map(({ id, headline, body }) => ({ id, headline, body: body.join(' ') }))
		};
	});

/** The search index syncs of this page load: how each went, and how many briefs were read. */
const searchSynced = (page: Page) =>
	page.evaluate(() =>
		performance
			.getEntriesByName('search-synced')
			.map((m) => (m as PerformanceMark).detail as { source: string; fromText: number })
	);

/**
 * Waits for the sync that brought the search index in line with what was stored ('updated'),
 * and checks that no sync of this page load read a brief's text: later syncs (a warm-up, a
 * check when the page is shown again) find nothing to do.
 */
async function indexedNoneFromText(page: Page, timeout: number) {
	await expect
		.poll(async () => (await searchSynced(page)).map((m) => m.source), { timeout })
		.toContain('updated');
	const synced = await searchSynced(page);
	expect(synced.map((m) => m.fromText)).toEqual(synced.map(() => 0));
	expect(synced.map((m) => m.source)).not.toContain('built');
}

test.use({ expectNetworkFailures: true });

let server: SwappableServer;
test.beforeEach(async () => {
	server = new SwappableServer(VARIANTS.library.outDir);
	await server.start();
});
test.afterEach(async () => server.stop());

test('a library past 2 MiB builds, is downloaded once, stored once, updated for the cost of what changed, and reads offline', async ({
	page,
	context
}) => {
	// Storing a 2,000-brief library on a first visit takes a while on two busy cores.
	test.setTimeout(180_000);
	const before = manifestOf(VARIANTS.library.outDir);
	const after = manifestOf(VARIANTS.libraryNext.outDir);
	await page.goto(server.url + '/');
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
	// The feed's first brief: the library's files sort before seeds/ by path, all undated.
	const feed = page.getByRole('region', { name: 'Latest briefs' });
	const headlines = libraryHeadlines(LIBRARY_SIZE);
	const first = headlines[0];
	await expect(feed.getByRole('link').first()).toHaveText(first, { timeout: 60_000 });

	await expect
		.poll(async () => (await stored(page)).briefs.length, { timeout: 60_000 })
		.toBe(LIBRARY_SIZE + 1);

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
	// …nor ever held it: a copy put in a cache and dropped later is still charged to the reader's
	// storage (20 MB here when the worker kept every pack it fetched).
	const charged = await page.evaluate(async () => {
		const estimate = (await navigator.storage.estimate()) as { usageDetails?: { caches?: number } };
		return estimate.usageDetails?.caches ?? 0;
	});
	expect(charged).toBeLessThan(raw / 4);

	await expect
		.poll(async () => (await stored(page)).version, { timeout: 60_000 })
		.toBe(before.version);

	// The whole library is searchable, and the phone indexed none of it from the text: every
	// part came with the segment the build made of it.
	await indexedNoneFromText(page, 60_000);
	const last = syntheticCorpus(LIBRARY_SIZE).info[LIBRARY_SIZE - 1].surname;
	await page.getByRole('searchbox', { name: 'Search briefs' }).fill(last);
	await expect(
		page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: headlines.at(-1) })
	).toBeVisible();
	await page.goto(server.url + '/');

	const contentSent = (from: number) =>
		server.sent.slice(from).filter(({ path }) => path.startsWith('/content/'));
	const firstVisit = contentSent(0).reduce((n, s) => n + s.bytes, 0);

	// The publisher deploys one brief added, one edited and one removed; the reader's next start
	// is online.
	server.root = VARIANTS.libraryNext.outDir;
	const from = server.sent.length;
	await page.reload();
	await expect(feed.getByRole('link').first()).toHaveText(LIBRARY_CHANGES.added, {
		timeout: 30_000
	});
	await expect
		.poll(async () => (await stored(page)).version, { timeout: 30_000 })
		.toBe(after.version);
	// The update added the new part's segment to the saved index (loaded as the start began):
	// no brief read from its text.
	await indexedNoneFromText(page, 30_000);

	// What changed is there, once each, and what went is gone.
	const { briefs } = await stored(page);
	expect(new Set(briefs.map((b) => b.id)).size).toBe(briefs.length);
	expect(briefs).toHaveLength(LIBRARY_SIZE + 1);
	expect(briefs.some((b) => b.headline === headlines[LIBRARY_CHANGES.removed])).toBe(false);
	const edited = briefs.find((b) => b.headline === headlines[LIBRARY_CHANGES.edited]);
	expect(edited?.body).toContain(LIBRARY_CHANGES.editedText);
	expect(briefs.filter((b) => b.headline === LIBRARY_CHANGES.added)).toHaveLength(1);

	// The bytes: exactly the parts the three changes touched, compressed, each once, and the
	// manifest (asked for again by the connectivity check, which may get a 304).
	const sent = contentSent(from);
	const planned = planDownloads(after, manifestParts(before)).map(downloadFile);
	expect(planned.length).toBeGreaterThan(0);
	expect(planned.length).toBeLessThanOrEqual(3);
	const changed = sent.filter((s) => s.path !== '/content/manifest.json');
	expect(changed.map((s) => s.path).sort()).toEqual(planned.map((file) => `/${file}`).sort());
	const brotli = (path: string) => statSync(join(VARIANTS.libraryNext.outDir, `${path}.br`)).size;
	expect(changed.map((s) => s.bytes)).toEqual(changed.map((s) => brotli(s.path.slice(1))));
	const manifests = sent.filter((s) => s.path === '/content/manifest.json');
	expect(manifests.length).toBeGreaterThan(0);
	for (const m of manifests) expect(m.bytes).toBeLessThanOrEqual(brotli('content/manifest.json'));
	const update = sent.reduce((n, s) => n + s.bytes, 0);
	console.log(
		`content update: ${update} bytes in ${sent.length} requests; first visit ${firstVisit}`
	);
	// A whole library's worth was about a hundred times more.
	expect(update * 50).toBeLessThan(firstVisit);

	await context.setOffline(true);
	await server.stop();
	await page.reload();
	await expect(feed.getByRole('link').first()).toHaveText(LIBRARY_CHANGES.added);
	await expect(page.getByText('Offline — showing saved briefs')).toBeVisible();
});
