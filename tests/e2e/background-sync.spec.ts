import { readFileSync } from 'node:fs';
import { downloadFile, manifestParts, planDownloads } from '../../src/content/download-plan';
import type { ContentManifest } from '../../src/content/packs';
import { VARIANTS } from './support/build-variants';
import { SwappableServer } from './support/static-server';
import { expect, SEED_HEADLINE, test } from './fixtures';

test.use({ expectNetworkFailures: true });

let server: SwappableServer;
test.beforeEach(async () => {
	server = new SwappableServer(VARIANTS.v1.outDir);
	await server.start();
});
test.afterEach(async () => server.stop());

/** What the app will ask for once it holds `before` and `after` is deployed. */
const filesNewIn = (after: ContentManifest, before: ContentManifest) => {
	const files = planDownloads(after, manifestParts(before)).map(downloadFile);
	// Something new, or the test would pass without the worker doing anything.
	if (!files.length) throw new Error('the two deploys have the same content');
	return files;
};

test('the daily background check downloads a new deploy, which then opens with no network', async ({
	page,
	context
}) => {
	await page.goto(server.url + '/');
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
	await expect(page.getByRole('link', { name: 'Synthetic Test Brief Alpha' })).toBeVisible();

	// The morning's deploy, while the app is closed; the browser fires the periodic sync (DevTools'
	// own way of firing it: this chromium never grants the permission to an uninstalled app).
	server.contentRoot = VARIANTS.v2.outDir;
	const cdp = await context.newCDPSession(page);
	const registration = new Promise<string>((resolve) =>
		cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
			const found = registrations.find((r) => r.scopeURL === `${server.url}/` && !r.isDeleted);
			if (found) resolve(found.registrationId);
		})
	);
	await cdp.send('ServiceWorker.enable');
	await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
		origin: server.url,
		registrationId: await registration,
		tag: 'content-check'
	});
	const manifestOf = (dir: string): ContentManifest =>
		JSON.parse(readFileSync(`${dir}/content/manifest.json`, 'utf8'));
	const [v1, v2] = [manifestOf(VARIANTS.v1.outDir), manifestOf(VARIANTS.v2.outDir)];
	await expect
		.poll(() =>
			page.evaluate(
				async (expected) => {
					const cached = await (await caches.open('content-packs')).keys();
					const paths = new Set(cached.map((r) => new URL(r.url).pathname.slice(1)));
					return expected.every((path) => paths.has(path));
				},
				filesNewIn(v2, v1)
			)
		)
		.toBe(true);

	// No network at all when the reader opens the app: the new briefs are there anyway.
	await server.stop();
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('link', { name: 'Synthetic Test Brief Beta' })).toBeVisible();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(page.getByText('New since your last visit (1)')).toBeVisible();
});
