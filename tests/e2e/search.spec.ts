import type { Page } from '@playwright/test';
import { buildContent } from '../../src/content/bundle';
import { corpusFiles } from '../support/corpus';
import { SYNTHETIC_CORPUS } from '../support/synthetic-briefs';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';

const MUST_FIND_SEED = [
	'diaz canel',
	'Diaz-Canel',
	'DÍAZ\u2011CANEL',
	'díaz\u2011canel',
	'Diaz Canel',
	'anti-imperialista',
	'Anti Imperialista',
	'havana rally',
	'barbarism',
	'sovereig',
	'Venezulea',
	'Havanna'
];

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const field = (page: Page) => page.getByRole('searchbox', { name: 'Search briefs' });

for (const query of MUST_FIND_SEED) {
	test(`typing “${query}” finds the seed`, async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
		await page.keyboard.press('/');
		await expect(field(page)).toBeFocused();
		await page.keyboard.type(query);
		const hit = results(page).getByRole('link', { name: SEED_HEADLINE });
		await expect(hit).toBeVisible();
		await expect(page).toHaveURL(`/search?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
		await expect(results(page).locator('mark').first()).toBeVisible();
	});
}

test('/search?q=diaz%20canel works on first load, on reload and with the back button', async ({
	page
}) => {
	await page.goto('/search?q=diaz%20canel');
	await expect(field(page)).toHaveValue('diaz canel');
	const hit = results(page).getByRole('article').first();
	await expect(hit.getByRole('link')).toHaveText(SEED_HEADLINE);
	await expect(hit).toContainText('matched in Headline');
	await expect(hit.locator('h2 mark')).toHaveText(['Díaz', 'Canel']);
	await expect(page).toHaveTitle('“diaz canel” — Search — Briefs');

	await page.reload();
	await expect(results(page).getByRole('link', { name: SEED_HEADLINE })).toBeVisible();

	await hit.getByRole('link').click();
	await expect(page).toHaveURL(SEED_PATH);
	await page.goBack();
	await expect(page).toHaveURL('/search?q=diaz%20canel');
	await expect(field(page)).toHaveValue('diaz canel');
	await expect(results(page).getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
});

test('typing adds one history entry: back returns to where the search started', async ({
	page
}) => {
	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await field(page).click();
	await page.keyboard.type('havana');
	await expect(page).toHaveURL('/search?q=havana');
	await page.goBack();
	await expect(page).toHaveURL(SEED_PATH);
	await expect(field(page)).toHaveValue('');
});

test('a takeaway match opens the article at that takeaway and highlights it', async ({ page }) => {
	await page.goto('/search?q=equal%20terms');
	const hit = results(page).getByRole('article').first();
	await expect(hit).toContainText('matched in Key Takeaways');
	await expect(hit.locator('.snippet mark')).toHaveText(['equal', 'terms']);
	await hit.getByRole('link').click();
	await expect(page).toHaveURL(`${SEED_PATH}#takeaway-2`);
	const takeaway = page.locator('#takeaway-2');
	await expect(takeaway).toHaveClass(/highlight/);
	await expect(takeaway).toBeInViewport();
});

test('no results says so and offers suggestions', async ({ page }) => {
	await page.goto('/');
	await field(page).fill('havxnnq');
	await expect(page.getByText('No results for “havxnnq”')).toBeVisible();
	const suggestion = page.locator('.suggestions a').first();
	await expect(suggestion).toHaveText('havana');
	await suggestion.click();
	await expect(page).toHaveURL('/search?q=havana');
	await expect(results(page).getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
});

test('hostile queries are answered without errors', async ({ page }) => {
	await page.goto('/search?q=__proto__');
	await expect(page.getByText('No results for “__proto__”')).toBeVisible();
	for (const query of ['constructor', '🇨🇺🔥', '古巴 哈瓦那', 'x'.repeat(10_000)]) {
		await field(page).fill(query);
		await expect(page.locator('.no-results')).toBeVisible();
	}
	await field(page).fill('havana');
	await expect(results(page).getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
});

test('the seed alone has no related articles', async ({ page }) => {
	await page.goto(SEED_PATH);
	const related = page.getByRole('region', { name: 'Related Articles' });
	await expect(related).toContainText('No related articles found');
	await expect(related.getByRole('link')).toHaveCount(0);
});

test.describe('with a synthetic corpus', () => {
	// page.route must see the content requests, which a service worker would answer instead.
	test.use({ serviceWorkers: 'block' });

	test.beforeEach(async ({ page }) => {
		const { files } = await buildContent(await corpusFiles());
		await page.route('**/content/**', (route) => {
			const body = files.get(new URL(route.request().url()).pathname.slice(1));
			return body === undefined
				? route.fulfill({ status: 404 })
				: route.fulfill({ body, contentType: 'application/json' });
		});
	});

	test('related briefs appear on the article, best first, without the article itself', async ({
		page
	}) => {
		await page.goto(SEED_PATH);
		const related = page.getByRole('region', { name: 'Related Articles' });
		const links = related.getByRole('link');
		// Headlines sharing the seed's headline and takeaway words: 101 (Havana, rally,
		// sovereignty) and 103 (Cuban, soldiers, Venezuela); 102 and 104 share none.
		await expect(links).toHaveText([SYNTHETIC_CORPUS[0].headline, SYNTHETIC_CORPUS[2].headline]);
		await links.first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SYNTHETIC_CORPUS[0].headline);
		await expect(
			page
				.getByRole('region', { name: 'Related Articles' })
				.getByRole('link', { name: SEED_HEADLINE })
		).toBeVisible();
	});

	test('results can be filtered by section', async ({ page }) => {
		await page.goto('/search?q=synthetic');
		const filter = page.getByRole('navigation', { name: 'Filter by section' });
		await expect(filter.getByRole('link')).toHaveCount(3);
		await filter.getByRole('link', { name: /Synthetic Section B/ }).click();
		await expect(page).toHaveURL('/search?q=synthetic&section=Synthetic+Section+B');
		await expect(results(page).getByRole('article')).toHaveCount(2);
		await expect(results(page)).toContainText(SYNTHETIC_CORPUS[1].headline);
		await expect(results(page)).toContainText(SYNTHETIC_CORPUS[3].headline);
	});
});
