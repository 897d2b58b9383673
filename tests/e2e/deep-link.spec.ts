import type { Page } from '@playwright/test';
import { VARIANT_SITE_URL, VARIANTS } from './support/build-variants';
import { NginxServer } from './support/nginx-server';
import { onNginx } from './support/static-host';
import { expect, SEED_HEADLINE, SEED_PATH, SEED_SLUG, test } from './fixtures';

// A shared link, opened by someone who has never run Briefs: under `vite preview` (dist/, built
// by the test command for its default address), and in the nginx project from nginx with the
// README's server block and no single-page fallback (a build for VARIANT_SITE_URL).
let nginx: NginxServer | undefined;
test.beforeAll(async () => {
	if (!onNginx()) return;
	nginx = new NginxServer(VARIANTS.v1.outDir);
	await nginx.start();
});
test.afterAll(async () => nginx?.dispose());

const at = (path: string) => (nginx ? nginx.url + path : path);
const site = () =>
	onNginx() ? VARIANT_SITE_URL : (process.env.BRIEFS_SITE_URL ?? 'http://localhost:4173');

const TAKEAWAY_1 =
	'Tens of thousands rallied in Havana to mourn 32 Cuban soldiers killed in a U.S. military action in Venezuela.';
const DEK = /^President Miguel Díaz\u2011Canel presided .* other global powers\.$/;

async function expectWholeBriefOnce(page: Page) {
	const article = page.getByRole('article');
	await expect(article).toHaveCount(1);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await expect(article.locator('header .dek')).toHaveText(DEK);
	await expect(article.locator('figure figcaption')).toHaveText(
		'Vibrant dancer in traditional costume performing at Miami street festival parade.'
	);
	const takeaways = article.getByRole('region', { name: 'Key Takeaways' }).getByRole('listitem');
	await expect(takeaways).toHaveCount(5);
	await expect(takeaways.first()).toHaveText(TAKEAWAY_1);
	await expect(page.locator('#takeaway-5')).toHaveText(/^Regional stability risks rising/);
	const desk = article.getByRole('complementary', { name: 'Strategic Analysis' });
	await expect(desk).toHaveCount(1);
	await expect(desk).toContainText('This episode crystallises a wider strategic dilemma');
	await expect(article.locator('.credits')).toHaveText(
		/China Daily Brief Editorial\s*Strategic Insight\s*China Daily Brief/
	);
	await expect(article.locator('.body p')).toHaveCount(5);
	await expect(article.locator('.body p').first()).toHaveText(
		/^Tens of thousands of Cubans gathered/
	);
	await expect(page.getByText(TAKEAWAY_1, { exact: true })).toHaveCount(1);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a shared article link answers 200 with the whole brief, and no controls that need the app', async ({
		page
	}) => {
		const response = await page.goto(at(SEED_PATH));
		expect(response?.status()).toBe(200);
		await expectWholeBriefOnce(page);
		await expect(page.getByRole('button', { name: 'Save' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Share Article' })).toBeHidden();
		await expect(page.getByText('Looking for related briefs')).toBeHidden();
	});

	test('the head carries the brief’s title, description, canonical, preview tags, JSON-LD and feeds', async ({
		page
	}) => {
		await page.goto(at(SEED_PATH));
		const url = `${site()}${SEED_PATH}`;
		const card = `${site()}/cards/${SEED_SLUG}.png`;
		const meta = (key: string) =>
			page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
		await expect(page).toHaveTitle(`${SEED_HEADLINE} — Briefs`);
		expect(await meta('description')).toMatch(DEK);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
		expect(await meta('og:type')).toBe('article');
		expect(await meta('og:title')).toBe(SEED_HEADLINE);
		expect(await meta('og:description')).toMatch(DEK);
		expect(await meta('og:url')).toBe(url);
		expect(await meta('og:site_name')).toBe('Briefs');
		expect(await meta('og:image')).toBe(card);
		expect(await meta('article:section')).toBe('Strategic Insight');
		expect(await meta('article:author')).toBe('China Daily Brief Editorial');
		await expect(page.locator('meta[property="article:published_time"]')).toHaveCount(0);
		expect(await meta('twitter:card')).toBe('summary_large_image');
		const ld = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? ''
		);
		expect(ld).toMatchObject({
			'@type': 'NewsArticle',
			headline: SEED_HEADLINE,
			articleSection: 'Strategic Insight',
			mainEntityOfPage: { '@id': url },
			image: [card],
			author: [{ name: 'China Daily Brief Editorial' }],
			publisher: { name: 'China Daily Brief' }
		});
		expect(
			await page
				.locator('link[rel="alternate"]')
				.evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).getAttribute('href')))
		).toEqual([`${site()}/feed.json`, `${site()}/rss.xml`]);
		// The card it names is there, 1200×630.
		const png = await page.request.get(at(`/cards/${SEED_SLUG}.png`));
		expect(png.headers()['content-type']).toBe('image/png');
		const bytes = await png.body();
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('the home page lists the feed’s first page', async ({ page }) => {
		await page.goto(at('/'));
		await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	});
});

test('with JavaScript the app takes the page over where it stands: each part once, nothing replaced, and it works', async ({
	page
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning' && /hydrat/i.test(m.text())) warnings.push(m.text());
	});
	// Records whether the server's headline element was ever taken out of the page.
	await page.addInitScript(() => {
		const w = window as unknown as { headlineRemoved: boolean };
		w.headlineRemoved = false;
		new MutationObserver((records) => {
			for (const record of records)
				for (const node of record.removedNodes)
					if (
						node instanceof Element &&
						(node.id === 'headline' || node.querySelector('#headline'))
					)
						w.headlineRemoved = true;
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto(at(SEED_PATH));
	// Listen appears only once the app runs (the server cannot know about speech synthesis).
	await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
	await expectWholeBriefOnce(page);
	expect(
		await page.evaluate(() => (window as unknown as { headlineRemoved: boolean }).headlineRemoved)
	).toBe(false);
	expect(warnings).toEqual([]);

	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText('No related articles found')).toBeVisible();
	await page.getByRole('link', { name: 'Briefs, home' }).click();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toHaveCount(1);
	await page.getByRole('link', { name: SEED_HEADLINE }).click();
	await expectWholeBriefOnce(page);
});

test.describe('on a host with no single-page fallback', () => {
	test.use({ allowedConsoleErrors: /status of 404/ });

	test('an unknown address is the app’s not-found page, with status 404', async ({ page }) => {
		test.skip(!onNginx(), '`vite preview` answers unknown addresses with the app shell');
		const response = await page.goto(at('/no/such/page'));
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page).toHaveTitle('Page not found — Briefs');
		await page.goto(at('/article/no-such-brief'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brief not found');
	});

	test('app-only views, the feeds and the sitemap answer 200, with the headers the README asks for', async ({
		page
	}) => {
		test.skip(!onNginx(), 'headers are the host’s: checked against nginx');
		for (const path of ['/settings', '/saved', '/highlights', '/continue', '/search?q=havana']) {
			const response = await page.goto(at(path));
			expect(response?.status(), path).toBe(200);
		}
		await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();

		const get = (path: string) => page.request.get(at(path));
		const feed = await (await get('/feed.json')).json();
		expect(feed.items.map((item: { url: string }) => item.url)).toContain(
			`${VARIANT_SITE_URL}/article/synthetic-test-brief-alpha`
		);
		expect(await (await get('/rss.xml')).text()).toContain('<rss version="2.0"');
		expect(await (await get('/sitemap.xml')).text()).toContain(
			`<loc>${VARIANT_SITE_URL}${SEED_PATH}</loc>`
		);
		expect(await (await get('/robots.txt')).text()).toContain(
			`Sitemap: ${VARIANT_SITE_URL}/sitemap.xml`
		);

		const article = await get(SEED_PATH);
		const headers = article.headers();
		expect(headers['cache-control']).toBe('no-cache');
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).toContain("script-src 'self'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		for (const path of ['/sw.js', '/manifest.webmanifest', '/content/manifest.json', '/'])
			expect((await get(path)).headers()['cache-control'], path).toBe('no-cache');
		expect((await get('/manifest.webmanifest')).headers()['content-type']).toBe(
			'application/manifest+json'
		);
		const script = /src="(\/assets\/[^"]+\.js)"/.exec(await article.text())![1];
		expect((await get(script)).headers()['cache-control']).toBe(
			'public, max-age=31536000, immutable'
		);
		const manifest = await (await get('/content/manifest.json')).json();
		const pack = (await get(`/${manifest.packs[0].file}`)).headers();
		expect(pack['cache-control']).toBe('public, max-age=31536000, immutable');
		// gzip_static: the build's own .gz sibling, compressed once at build time.
		expect(pack['content-encoding']).toBe('gzip');
	});
});

test.describe('with the service worker installed', () => {
	// Chromium's own JSON and XML viewers style themselves inline, which the host's policy header
	// (nginx) refuses: the browser's violation, not the app's.
	test.use({ allowedCspViolations: /style-src|Applying inline style/ });

	test('the feeds, the sitemap and the share cards open as files', async ({ page }) => {
		await page.goto(at('/'));
		await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
		await page.goto(at('/feed.json'));
		expect(JSON.parse((await page.locator('body').textContent()) ?? '').version).toBe(
			'https://jsonfeed.org/version/1.1'
		);
		await page.goto(at('/sitemap.xml'));
		await expect(page.locator('#app')).toHaveCount(0);
		const card = await page.goto(at(`/cards/${SEED_SLUG}.png`));
		expect(card?.headers()['content-type']).toBe('image/png');
	});
});
