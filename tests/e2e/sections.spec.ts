import { serveContent, threeNewOnTop, visitAndStore } from './content-route';
import { expect, SEED_HEADLINE, test } from './fixtures';

test.use({ serviceWorkers: 'block' });
// Several visits: on two busy cores they take longer than the 30 s default.
test.describe.configure({ timeout: 90_000 });

test('following and muting sections apply to the feed and the new-count at once, and persist', async ({
	page
}) => {
	await visitAndStore(page);
	await serveContent(page, threeNewOnTop(['Test Desk A', 'Test Desk A', 'Test Desk B']));
	await page.goto('/settings');
	const section = (name: string) => page.getByRole('group', { name, exact: true });
	await expect(section('Test Desk A')).toBeVisible();

	await section('Test Desk A').getByRole('radio', { name: 'Muted' }).check();
	await page.getByRole('link', { name: 'Briefs, home' }).click();
	await expect(page.getByText('New since your last visit (1)')).toBeVisible();
	await expect(page.getByRole('link', { name: 'E2E test brief 3' })).toBeVisible();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(page.getByRole('link', { name: /^E2E test brief [12]$/ })).toHaveCount(0);

	// Muted is not gone: search still finds it.
	await page.getByRole('searchbox', { name: 'Search briefs' }).fill('E2E test brief 1');
	await expect(
		page
			.getByRole('list', { name: 'Search results' })
			.getByRole('link', { name: 'E2E test brief 1' })
	).toBeVisible();

	await page.goto('/settings');
	await section('Test Desk B').getByRole('radio', { name: 'Followed' }).check();
	await page.getByRole('checkbox', { name: 'Feed shows followed sections only' }).check();
	await page.getByRole('link', { name: 'Briefs, home' }).click();
	await expect(page.getByText('Showing the sections you follow.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'E2E test brief 3' })).toBeVisible();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toHaveCount(0);

	// Kept: a new visit starts with the same choices, the first page included.
	await page.reload();
	await expect(page.getByRole('link', { name: 'E2E test brief 3' })).toBeVisible();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toHaveCount(0);
	await page.goto('/settings');
	await expect(section('Test Desk A').getByRole('radio', { name: 'Muted' })).toBeChecked();
	await expect(section('Test Desk B').getByRole('radio', { name: 'Followed' })).toBeChecked();

	await page.getByRole('checkbox', { name: 'Feed shows followed sections only' }).uncheck();
	await section('Test Desk A').getByRole('radio', { name: 'Shown' }).check();
	await page.getByRole('link', { name: 'Briefs, home' }).click();
	await expect(page.getByRole('link', { name: 'E2E test brief 1' })).toBeVisible();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
});
