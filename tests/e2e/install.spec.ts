import type { Page } from '@playwright/test';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

interface Manifest {
	id: string;
	start_url: string;
	description: string;
	screenshots: { src: string; sizes: string; type: string; form_factor?: string; label: string }[];
	shortcuts: { name: string; url: string; icons: { src: string; sizes: string }[] }[];
}

async function readManifest(page: Page): Promise<Manifest> {
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await page.request.get(new URL(href!, page.url()).href);
	expect(response.ok()).toBe(true);
	return response.json();
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;

test('the manifest has real screenshots, four shortcuts with icons, and the same id and start_url', async ({
	page
}) => {
	await page.goto('/');
	const manifest = await readManifest(page);
	// Installs that already exist are keyed by these: they must never change.
	expect(manifest.id).toBe('/');
	expect(manifest.start_url).toBe('/');
	expect(manifest.description.length).toBeGreaterThan(100);

	expect(manifest.screenshots.map((s) => s.form_factor)).toEqual(
		expect.arrayContaining(['narrow', 'wide'])
	);
	for (const shot of manifest.screenshots) {
		const response = await page.request.get(shot.src);
		expect(response.ok(), shot.src).toBe(true);
		expect(response.headers()['content-type']).toContain('image/png');
		expect(pngSize(await response.body()), shot.src).toBe(shot.sizes);
		expect(shot.label).not.toBe('');
	}

	expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
		['Continue reading', '/continue'],
		['Saved', '/saved'],
		['Skim', '/skim'],
		['Search', '/search']
	]);
	for (const icon of manifest.shortcuts.flatMap((s) => s.icons)) {
		const response = await page.request.get(icon.src);
		expect(response.ok(), icon.src).toBe(true);
		expect(pngSize(await response.body())).toBe(icon.sizes);
	}
});

test('each shortcut opens its view; Continue reading goes back into the last brief read', async ({
	page
}) => {
	await page.goto('/continue');
	await expect(page.getByText('Nothing to continue yet.')).toBeVisible();
	for (const [url, heading] of [
		['/saved', 'Saved'],
		['/skim', 'Skim'],
		['/search', 'Search']
	]) {
		await page.goto(url);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}

	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page.mouse.wheel(0, 900);
	// The place is stored a moment after scrolling stops: wait for it, not for a fixed time (800 ms
	// was too short on a loaded CI machine).
	await expect.poll(() => storedScroll(page), { timeout: 10_000 }).toBeGreaterThan(300);
	await page.goto('/continue');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(page).toHaveURL(new RegExp(`${SEED_PATH}`));
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300);
});

/** Where the reading history says the reader left the brief they read last; 0 for none. */
const storedScroll = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('briefs');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction('history').objectStore('history').getAll();
					request.onsuccess = () => {
						db.close();
						const records = request.result as { readAt: number; scrollY: number }[];
						records.sort((a, b) => b.readAt - a.readAt);
						resolve(records[0]?.scrollY ?? 0);
					};
					request.onerror = () => reject(request.error);
				};
			})
	);

/** Chromium fires the offer only for an engaged, installable origin: a stand-in fires it here. */
async function fireInstallOffer(page: Page, outcome: 'accepted' | 'dismissed') {
	await page.evaluate((outcome) => {
		const event = new Event('beforeinstallprompt', { cancelable: true });
		const prompted: string[] = ((window as unknown as { prompted?: string[] }).prompted ??= []);
		Object.assign(event, {
			prompt: async () => void prompted.push('prompt'),
			userChoice: Promise.resolve({ outcome })
		});
		dispatchEvent(event);
	}, outcome);
}

test('"Install Briefs" appears with the browser\'s offer, prompts, and never shows once installed', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	const button = page.getByRole('button', { name: 'Install Briefs' });
	await expect(button).toHaveCount(0);

	await fireInstallOffer(page, 'dismissed');
	await button.click();
	expect(await page.evaluate(() => (window as unknown as { prompted: string[] }).prompted)).toEqual(
		['prompt']
	);
	// A dismissed offer is used up; the browser's next one brings the button back.
	await expect(button).toHaveCount(0);
	await fireInstallOffer(page, 'accepted');
	await button.click();
	await expect(button).toHaveCount(0);

	// Installed: even another offer (a browser tab of the same origin) shows nothing.
	await page.reload();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await fireInstallOffer(page, 'accepted');
	await page.waitForTimeout(300);
	await expect(button).toHaveCount(0);
});

test.describe('on iOS Safari', () => {
	test.use({
		userAgent:
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
	});

	test('where no offer ever fires, short Add to Home Screen instructions show instead', async ({
		page
	}) => {
		await page.goto('/');
		await expect(
			page.getByText('To install Briefs, tap Share, then Add to Home Screen.')
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Install Briefs' })).toHaveCount(0);
	});
});
