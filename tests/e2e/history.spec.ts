import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test('opening a brief marks it read and Continue reading returns to the exact position', async ({
	page
}) => {
	await page.goto('/');
	const card = page.getByRole('article').filter({ hasText: SEED_HEADLINE });
	await expect(card.getByRole('heading', { level: 2 })).toBeVisible();
	await expect(card.getByText('Read', { exact: true })).toHaveCount(0);

	await card.getByRole('link', { name: SEED_HEADLINE }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page.evaluate(() => scrollTo(0, 1000));
	// The position is written half a second after scrolling stops.
	await page.waitForTimeout(900);

	await page.goto('/');
	await expect(card.getByText('Read', { exact: true })).toBeVisible();
	const resume = page.getByRole('region', { name: 'Continue reading' });
	await expect(resume).toContainText('% read');
	await resume.getByRole('link', { name: SEED_HEADLINE }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(1000);
	await expect(page).toHaveURL(SEED_PATH);

	// And again after a reload: position and read mark come from IndexedDB.
	await page.reload();
	await page.goto('/');
	await expect(card.getByText('Read', { exact: true })).toBeVisible();
	await page.getByRole('region', { name: 'Continue reading' }).getByRole('link').click();
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(1000);
});

test('History lists what was read and can be cleared', async ({ page }) => {
	await page.goto('/history');
	await expect(page.getByText('No history yet.')).toBeVisible();
	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'History' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('History');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await page.getByRole('button', { name: 'Clear history' }).click();
	await expect(page.getByText('No history yet.')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE }).first()).toBeVisible();
	await expect(page.getByText('Read', { exact: true })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0);
});
