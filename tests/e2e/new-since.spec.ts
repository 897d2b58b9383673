import type { Page } from '@playwright/test';
import { serveContent, threeNewOnTop, visitAndStore } from './content-route';
import { expect, SEED_HEADLINE, test } from './fixtures';

// page.route stands for the next deploy; requests a service worker answers never reach it.
test.use({ serviceWorkers: 'block' });
// Several visits each: on two busy cores they take longer than the 30 s default.
test.describe.configure({ timeout: 90_000 });

type BadgeCall = number | 'clear';

/**
 * Linux chromium has no app badge: a stand-in records what the app asks of it, as the icon of an
 * installed app would show it.
 */
async function standInForBadge(page: Page) {
	await page.addInitScript(() => {
		const calls: (number | 'clear')[] = [];
		Object.assign(window, { badgeCalls: calls });
		Object.defineProperty(Navigator.prototype, 'setAppBadge', {
			configurable: true,
			value: (count: number) => (calls.push(count), Promise.resolve())
		});
		Object.defineProperty(Navigator.prototype, 'clearAppBadge', {
			configurable: true,
			value: () => (calls.push('clear'), Promise.resolve())
		});
	});
}

const badgeCalls = (page: Page) =>
	page.evaluate(() => (window as unknown as { badgeCalls: BadgeCall[] }).badgeCalls);

test('briefs from a content update are new since the last visit: divider, badge, skim', async ({
	page
}) => {
	await standInForBadge(page);
	await visitAndStore(page, '/settings');
	await serveContent(page, threeNewOnTop());

	// The update arrives while the reader is elsewhere: the badge counts it, nothing has seen it.
	await page.reload();
	await expect.poll(() => badgeCalls(page)).toContain(3);
	await page.waitForTimeout(500);
	expect((await badgeCalls(page)).at(-1)).toBe(3);

	await page.getByRole('link', { name: 'Briefs, home' }).click();
	const divider = page.getByText('New since your last visit (3)');
	await expect(divider).toBeVisible();
	// Above the first new brief, and only new briefs are marked.
	const cards = page.getByRole('article');
	await expect(cards.nth(0)).toContainText('E2E test brief 1');
	expect(
		await divider.evaluate(
			(d, first) => !!(d.compareDocumentPosition(first!) & Node.DOCUMENT_POSITION_FOLLOWING),
			await cards.nth(0).elementHandle()
		)
	).toBe(true);
	await expect(cards.getByText('New', { exact: true })).toHaveCount(3);
	await expect(
		cards.filter({ hasText: SEED_HEADLINE }).getByText('New', { exact: true })
	).toHaveCount(0);

	// Seen: the badge is cleared, the divider stays for this visit.
	await expect.poll(async () => (await badgeCalls(page)).at(-1)).toBe('clear');
	await expect(divider).toBeVisible();

	// Skim can show just the new ones.
	await page.getByRole('link', { name: 'Skim', exact: true }).click();
	const skimHeadlines = page.locator('.skim-brief h2');
	await expect(skimHeadlines.first()).toBeVisible();
	await expect(skimHeadlines).toHaveCount(4);
	await page.getByRole('checkbox', { name: 'Only new since your last visit (3)' }).check();
	await expect(skimHeadlines).toHaveText([
		'E2E test brief 1',
		'E2E test brief 2',
		'E2E test brief 3'
	]);

	// The next visit: nothing is new any more.
	await page.goto('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await page.waitForTimeout(500);
	await expect(page.getByText(/New since your last visit/)).toHaveCount(0);
	expect((await badgeCalls(page)).at(-1)).toBe('clear');
});

test('a first visit marks nothing new', async ({ page }) => {
	await standInForBadge(page);
	await visitAndStore(page);
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(page.getByText(/New since your last visit/)).toHaveCount(0);
	expect(await badgeCalls(page)).not.toContainEqual(expect.any(Number));
});
