import { expect, test } from './fixtures';

const rootStyle = (page: import('@playwright/test').Page) =>
	page.evaluate(() => {
		const style = getComputedStyle(document.documentElement);
		return { background: style.backgroundColor, fontSize: style.fontSize };
	});

test('theme, text size and line width apply at once and persist', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/settings');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	const light = await rootStyle(page);

	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect((await rootStyle(page)).background).not.toBe(light.background);

	await page.getByRole('radio', { name: 'Largest' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-text-size', '4');
	expect(parseFloat((await rootStyle(page)).fontSize)).toBeGreaterThan(parseFloat(light.fontSize));
	// The largest text still fits the screen: the header wraps instead of overflowing.
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);

	const mainWidth = () => page.locator('main').evaluate((m) => getComputedStyle(m).maxWidth);
	const medium = await mainWidth();
	await page.getByRole('radio', { name: 'Narrow' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-line-width', 'narrow');
	expect(await mainWidth()).not.toBe(medium);

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Largest' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'Narrow' })).toBeChecked();

	await page.getByRole('radio', { name: 'System' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
	expect((await rootStyle(page)).background).toBe(light.background);
});

test('the chosen theme is on the page before the app runs: no flash', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Dark' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

	// Record the theme at the moment <body> is parsed: module scripts (the app) have not run yet.
	await page.addInitScript(() => {
		const record = () => {
			if (!document.body) return false;
			(window as unknown as { themeAtBody: string | undefined }).themeAtBody =
				document.documentElement.dataset.theme;
			return true;
		};
		const observer = new MutationObserver(() => {
			if (record()) observer.disconnect();
		});
		observer.observe(document, { childList: true, subtree: true });
	});
	await page.goto('/');
	expect(
		await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)
	).toBe('dark');
});

test('light overrides a dark system theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/settings');
	const dark = await rootStyle(page);
	await page.getByRole('radio', { name: 'Light' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect((await rootStyle(page)).background).not.toBe(dark.background);
});
