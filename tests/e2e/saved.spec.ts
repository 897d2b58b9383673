import { serveContent, withExtraBriefs } from './content-route';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

test('save from the article, see it in Saved, unsave from the feed; it survives a reload', async ({
	page
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { persistCalls: number };
		w.persistCalls = 0;
		navigator.storage.persist = async () => {
			w.persistCalls++;
			return true;
		};
	});
	await page.goto(SEED_PATH);
	const save = page.getByRole('button', { name: 'Save', exact: true });
	await expect(save).toHaveAttribute('aria-pressed', 'false');
	await save.click();
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	expect(
		await page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls)
	).toBe(1);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
	await expect(page).toHaveURL('/saved');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saved');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();

	await page.goto('/');
	const cardSave = page.getByRole('button', { name: `Saved: ${SEED_HEADLINE}` });
	await expect(cardSave).toHaveAttribute('aria-pressed', 'true');
	await cardSave.click();
	await expect(page.getByRole('button', { name: `Save: ${SEED_HEADLINE}` })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await page.goto('/saved');
	await expect(page.getByText('Nothing saved yet.')).toBeVisible();
});

test('Saved lists newest saved first', async ({ page }) => {
	await serveContent(page, (briefs) => [
		...briefs,
		{
			...briefs[0],
			id: '900_e2e_1',
			slug: 'e2e-other',
			headline: 'E2E other brief',
			contentHash: 'e'.repeat(64)
		}
	]);
	await page.goto('/');
	await page.getByRole('button', { name: 'Save: E2E other brief' }).click();
	await expect(page.getByRole('button', { name: 'Saved: E2E other brief' })).toBeVisible();
	await page.getByRole('button', { name: `Save: ${SEED_HEADLINE}` }).click();
	await expect(page.getByRole('button', { name: `Saved: ${SEED_HEADLINE}` })).toBeVisible();
	await page.goto('/saved');
	await expect(page.locator('.feed-list h2')).toHaveText([SEED_HEADLINE, 'E2E other brief']);
});

test('a save keeps pointing at its brief across a content update that renames it', async ({
	page
}) => {
	await page.goto(SEED_PATH);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();

	await serveContent(page, (briefs) => [
		{
			...briefs[0],
			headline: 'Revised headline',
			slug: 'revised-headline',
			contentHash: 'f'.repeat(64)
		}
	]);
	await page.goto('/saved');
	await expect(page.getByRole('link', { name: 'Revised headline' })).toBeVisible();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toHaveCount(0);
	await page.getByRole('link', { name: 'Revised headline' }).click();
	await expect(page).toHaveURL('/article/revised-headline');
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toBeVisible();
});

test('a saved brief the publisher removes stays readable, marked "no longer published"', async ({
	page
}) => {
	await serveContent(page, withExtraBriefs(2));
	await page.goto('/');
	const cards = page.locator('.feed-list > li');
	await expect(cards).toHaveCount(3);
	await page.getByRole('button', { name: 'Save: E2E test brief 1' }).click();
	await expect(page.getByRole('button', { name: 'Saved: E2E test brief 1' })).toBeVisible();

	// The next deploy has neither extra brief: the feed loses both…
	await page.unrouteAll();
	await serveContent(page, (briefs) => briefs);
	await page.reload();
	await expect(cards).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'E2E test brief 1' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();

	// …but the saved one is still in Saved, marked, and opens.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
	const saved = page.getByRole('main').getByRole('article');
	await expect(saved).toHaveCount(1);
	await expect(saved).toContainText('No longer published');
	await saved.getByRole('link', { name: 'E2E test brief 1' }).click();
	await expect(page).toHaveURL('/article/e2e-test-brief-1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E test brief 1');
	await expect(page.getByRole('note')).toContainText('No longer published');
	await expect(page.getByRole('button', { name: 'Saved', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	// A link to it still works on a fresh start (the host has no page for it any more).
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E test brief 1');
});
