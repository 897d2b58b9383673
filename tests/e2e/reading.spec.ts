import { holdArticleChunk } from './support/late-chunk';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

test('feed lists the seed brief and opens its article with every part in order', async ({
	page
}) => {
	await page.goto('/');
	await expect(page).toHaveTitle('Briefs');
	const card = page.getByRole('article').filter({ hasText: SEED_HEADLINE });
	await expect(card.getByRole('heading', { level: 2 })).toHaveText(SEED_HEADLINE);
	await expect(card).toContainText('President Miguel Díaz\u2011Canel presided over a mass rally');
	await expect(card).toContainText('Strategic Insight');
	await expect(card).toContainText('China Daily Brief Editorial');

	await card.getByRole('link', { name: SEED_HEADLINE }).click();
	await expect(page).toHaveURL(SEED_PATH);
	await expect(page).toHaveTitle(`${SEED_HEADLINE} — Briefs`);

	const article = page.getByRole('article');
	await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(article.locator('header .dek')).toHaveText(
		/^President Miguel Díaz\u2011Canel presided .* other global powers\.$/
	);
	await expect(article.locator('figure figcaption')).toHaveText(
		'Vibrant dancer in traditional costume performing at Miami street festival parade.'
	);
	await expect(article.locator('figure img')).toHaveCount(0);

	const takeaways = article.getByRole('region', { name: 'Key Takeaways' }).getByRole('listitem');
	await expect(takeaways).toHaveCount(5);
	await expect(takeaways.first()).toHaveText(
		'Tens of thousands rallied in Havana to mourn 32 Cuban soldiers killed in a U.S. military action in Venezuela.'
	);
	await expect(takeaways.nth(4)).toHaveText(/^Regional stability risks rising/);

	const desk = article.getByRole('complementary', { name: 'Strategic Analysis' });
	await expect(desk).toContainText("Editor's Desk");
	await expect(desk.getByRole('heading')).toHaveText('Strategic Analysis');
	await expect(desk).toContainText('This episode crystallises a wider strategic dilemma');

	await expect(article.locator('.credits')).toHaveText(
		/China Daily Brief Editorial.*Strategic Insight.*China Daily Brief/
	);
	const body = article.locator('.body p');
	await expect(body).toHaveCount(5);
	await expect(body.first()).toContainText('“the door to barbarism, plunder and a new fascism”');
	await expect(body.first()).toContainText('Plaza Anti\u2011Imperialista');
	await expect(article.getByRole('button', { name: 'Share Article' })).toBeVisible();
	await expect(article.getByRole('region', { name: 'Related Articles' })).toContainText(
		'No related articles found'
	);

	// The parts stand in the seed's order on the page.
	const order = await article.evaluate((el) => {
		const marks = [
			'h1',
			'header .dek',
			'figure',
			'.takeaways',
			'.editors-desk',
			'.credits',
			'.body',
			'.share',
			'.related'
		];
		return marks.map((sel) => {
			const node = el.querySelector(sel);
			return node ? Array.from(el.querySelectorAll('*')).indexOf(node) : -1;
		});
	});
	expect(order.every((pos, i) => pos >= 0 && (i === 0 || pos > order[i - 1]))).toBe(true);
});

test('a deep link works on first load and after reload', async ({ page }) => {
	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(page).toHaveTitle(`${SEED_HEADLINE} — Briefs`);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(
		page.getByRole('region', { name: 'Key Takeaways' }).getByRole('listitem')
	).toHaveCount(5);
});

test('the back button returns from an article to the feed', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: SEED_HEADLINE }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page.goBack();
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await page.goForward();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
});

test('an unknown slug shows "Brief not found" with a way home', async ({ page }) => {
	await page.goto('/article/no-such-brief');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brief not found');
	await expect(page).toHaveTitle('Brief not found — Briefs');
	await page.getByRole('link', { name: 'Back to all briefs' }).click();
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
});

test('a malformed address shows "Page not found", not an error', async ({ page }) => {
	await page.goto('/article/..%2F..%2Fetc%2Fpasswd');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.goto('/nothing/here');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('Share Article copies the link where there is no share sheet', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(SEED_PATH);
	expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
	await page.getByRole('button', { name: 'Share Article' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(new URL(SEED_PATH, page.url()).href);
});

test('Share Article pressed before the article view has loaded still copies the link', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const chunk = await holdArticleChunk(page);
	await page.goto(SEED_PATH, { waitUntil: 'commit' });
	await chunk.asked;
	await page.getByRole('button', { name: 'Share Article' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(0);
	chunk.release();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		new URL(SEED_PATH, page.url()).href
	);
});
