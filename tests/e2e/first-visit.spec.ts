import { serveContent, withExtraBriefs } from './content-route';
import { expect, SEED_HEADLINE, test } from './fixtures';

// page.route must see the content requests, which a service worker would answer instead.
test.use({ serviceWorkers: 'block' });

test('with Data Saver on, a first visit downloads the newest briefs and asks before the rest', async ({
	page
}) => {
	await page.addInitScript(() =>
		Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) })
	);
	const { files } = await serveContent(page, withExtraBriefs(600));
	const asked: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (/^\/content\/pa(rt|ck)s\//.test(path)) asked.push(path);
	});
	await page.goto('/');
	const button = page.getByRole('button', { name: 'Download all 601 briefs' });
	await expect(button).toBeVisible();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(
		page.getByText(/^Data Saver is on, so only the newest \d+ of 601 briefs/)
	).toBeVisible();
	// One file: the newest pack.
	const packFiles = [...files.keys()].filter((path) => /^content\/pa(rt|ck)s\//.test(path));
	expect(packFiles.length).toBeGreaterThan(1);
	expect(asked).toHaveLength(1);

	await button.click();
	await expect(button).toHaveCount(0);
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('briefs.full-library')))
		.toBe('1');
	const storedCount = () =>
		page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					const open = indexedDB.open('briefs');
					open.onsuccess = () => {
						const count = open.result.transaction('briefs').objectStore('briefs').count();
						count.onsuccess = () => resolve((open.result.close(), count.result));
					};
				})
		);
	await expect.poll(storedCount, { timeout: 30_000 }).toBe(601);
	expect(asked.length).toBeGreaterThan(1);
	await expect(page.getByText(/Data Saver is on/)).toHaveCount(0);
});
