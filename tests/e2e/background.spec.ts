import type { Page } from '@playwright/test';
import { serveContent, threeNewOnTop, visitAndStore } from './content-route';
import { expect, SEED_HEADLINE, test } from './fixtures';

/** Stands in for the page going out of sight and back, as when the reader switches apps. */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
	await page.evaluate((state) => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
		document.dispatchEvent(new Event('visibilitychange'));
	}, state);
}

test.describe('coming back to the app', () => {
	// page.route stands for the next deploy; requests a service worker answers never reach it.
	test.use({ serviceWorkers: 'block', expectNetworkFailures: true });
	test.describe.configure({ timeout: 90_000 });

	test('after an hour or more out of sight, coming back checks for new briefs; offline, nothing happens', async ({
		page,
		context
	}) => {
		await page.clock.install();
		await visitAndStore(page);
		await serveContent(page, threeNewOnTop());
		const manifestRequests: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('/content/manifest.json')) manifestRequests.push(r.url());
		});

		// Half an hour away: too soon to ask again.
		await setVisibility(page, 'hidden');
		await page.clock.fastForward('30:00');
		await setVisibility(page, 'visible');
		await page.waitForTimeout(1000);
		expect(manifestRequests).toEqual([]);
		await expect(page.getByRole('link', { name: 'E2E test brief 1' })).toHaveCount(0);

		// Offline after more than an hour: no request, no message.
		await setVisibility(page, 'hidden');
		await context.setOffline(true);
		await page.clock.fastForward('45:00');
		await setVisibility(page, 'visible');
		await page.waitForTimeout(1000);
		expect(manifestRequests).toEqual([]);
		await expect(page.getByRole('alert')).toHaveCount(0);

		await setVisibility(page, 'hidden');
		await context.setOffline(false);
		await setVisibility(page, 'visible');
		await expect(page.getByRole('link', { name: 'E2E test brief 1' })).toBeVisible();
		await expect(page.getByText('New since your last visit (3)')).toBeVisible();
		await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
		expect(manifestRequests).toHaveLength(1);
	});
});

type Recorded = { registered: unknown[]; unregistered: string[] };

/**
 * Periodic Background Sync is granted to installed apps only, and this chromium is never
 * installed: a stand-in for the manager and its permission records what the app asks.
 */
async function standInForPeriodicSync(
	page: Page,
	options: { supported: boolean; permission: PermissionState; saveData?: boolean }
) {
	await page.addInitScript((options) => {
		const recorded: Recorded = { registered: [], unregistered: [] };
		Object.assign(window, { periodicSync: recorded });
		const manager = {
			register: async (tag: string, opts: unknown) =>
				void recorded.registered.push({ tag, ...(opts as object) }),
			unregister: async (tag: string) => void recorded.unregistered.push(tag)
		};
		Object.defineProperty(ServiceWorkerRegistration.prototype, 'periodicSync', {
			configurable: true,
			get: options.supported ? () => manager : undefined
		});
		if (!options.supported)
			delete (ServiceWorkerRegistration.prototype as { periodicSync?: unknown }).periodicSync;
		const query = Permissions.prototype.query;
		Permissions.prototype.query = function (descriptor: PermissionDescriptor) {
			if (descriptor.name === ('periodic-background-sync' as PermissionName))
				return Promise.resolve({ state: options.permission } as PermissionStatus);
			return query.call(this, descriptor);
		};
		if (options.saveData)
			Object.defineProperty(Navigator.prototype, 'connection', {
				configurable: true,
				get: () => ({ saveData: true })
			});
	}, options);
}

const recorded = (page: Page) =>
	page.evaluate(() => (window as unknown as { periodicSync: Recorded }).periodicSync);
const refreshNote = (page: Page) => page.getByTestId('background-refresh');

test.describe('a daily check while the app is closed', () => {
	test('is registered where the browser offers it to the installed app', async ({ page }) => {
		await standInForPeriodicSync(page, { supported: true, permission: 'granted' });
		await page.goto('/settings');
		await expect(refreshNote(page)).toContainText('On: once a day');
		expect((await recorded(page)).registered).toEqual([
			{ tag: 'content-check', minInterval: 24 * 60 * 60 * 1000 }
		]);
	});

	test('is skipped, and Settings says why, where it is not offered', async ({ page }) => {
		await standInForPeriodicSync(page, { supported: true, permission: 'denied' });
		await page.goto('/settings');
		await expect(refreshNote(page)).toContainText('only once Briefs is installed');
		expect((await recorded(page)).registered).toEqual([]);
	});

	test('is skipped where the browser has no periodic sync', async ({ page }) => {
		await standInForPeriodicSync(page, { supported: false, permission: 'granted' });
		await page.goto('/settings');
		await expect(refreshNote(page)).toContainText('Not available in this browser');
		expect((await recorded(page)).registered).toEqual([]);
	});

	test('is taken back when the reader saves data', async ({ page }) => {
		await standInForPeriodicSync(page, { supported: true, permission: 'granted', saveData: true });
		await page.goto('/settings');
		await expect(refreshNote(page)).toContainText('Data Saver is on');
		expect(await recorded(page)).toEqual({ registered: [], unregistered: ['content-check'] });
	});
});
