import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, SEED_HEADLINE, test } from './fixtures';
import { readDatabase } from './support/db-fixtures';
import { XSS_VECTORS } from './support/xss-corpus';

const fixture = (name: string) => ({
	name,
	mimeType: 'application/octet-stream',
	buffer: readFileSync(`tests/fixtures/import/${name}`)
});

async function importFiles(
	page: Page,
	...files: { name: string; mimeType: string; buffer: Buffer }[]
) {
	await page.goto('/import');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import briefs');
	await page.getByLabel('Choose files').setInputFiles(files);
}

const jsonFeed = (items: object[]) => ({
	name: 'synthetic.json',
	mimeType: 'application/feed+json',
	buffer: Buffer.from(
		JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Synthetic', items })
	)
});

test('a JSON Feed is imported, reported, readable and removable', async ({ page }) => {
	await importFiles(page, fixture('feed.json'));
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		'2 imported, 1 skipped: no headline'
	);
	await expect(page.getByText('feed.json — “item 3”: no headline')).toBeVisible();

	await page.getByRole('link', { name: 'Briefs, home' }).click();
	const item = page.getByRole('link', { name: 'Synthetic feed item <b>one</b>' });
	await expect(item).toBeVisible();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();

	await item.click();
	const body = page.locator('.imported-body');
	await expect(body.locator('strong')).toHaveText('bold');
	await expect(body.getByRole('listitem')).toHaveText('Listed point');
	const link = body.getByRole('link', { name: 'link' });
	await expect(link).toHaveAttribute('href', 'https://example.org/more');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(page.getByText('Imported from feed.json')).toBeVisible();

	await page.getByRole('button', { name: 'Remove from library' }).click();
	await expect(page).toHaveURL('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Synthetic feed item <b>one</b>' })).toHaveCount(0);
});

test('a Markdown file keeps its list, quote, link and emphasis, and snake_case words whole', async ({
	page
}) => {
	await importFiles(page, fixture('formatted.md'));
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText('1 imported');

	await page.getByRole('link', { name: 'Briefs, home' }).click();
	await page.getByRole('link', { name: 'Synthetic formatted Markdown: lists and quotes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Synthetic formatted Markdown: lists and quotes'
	);
	const body = page.locator('.imported-body');
	await expect(body.getByRole('listitem')).toHaveText([
		'First listed point',
		'Second listed point'
	]);
	await expect(body.getByRole('blockquote')).toHaveText('A quoted line from the synthetic_source.');
	const link = body.getByRole('link', { name: 'the report' });
	await expect(link).toHaveAttribute('href', 'https://example.org/annual_report_2026');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(body.locator('em')).toHaveText('not');
	await expect(body.locator('code')).toHaveText('max_retry_count');
	await expect(body.getByText(/raising the_retry_limit, as the report says/)).toBeVisible();
});

test('re-importing the same file updates instead of duplicating', async ({ page }) => {
	await importFiles(page, fixture('feed.rss'), fixture('feed.atom'), fixture('article.md'));
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText('4 imported');
	await page.getByLabel('Choose files').setInputFiles([fixture('feed.rss')]);
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		'0 imported, 1 already up to date'
	);
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Synthetic RSS item' })).toHaveCount(1);
});

test('bad files are refused with a clear message and the library is untouched', async ({
	page
}) => {
	await importFiles(page, fixture('billion-laughs.xml'), fixture('malformed.json'));
	const problems = page.locator('.import-problems');
	await expect(problems).toContainText(
		'billion-laughs.xml: XML with a DOCTYPE or ENTITY declaration is not accepted'
	);
	await expect(problems).toContainText('malformed.json: malformed JSON');
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		'0 imported, 2 files refused'
	);

	// Refused by its size before it is read. The 21 MB file is made in the page: sending it through
	// the test driver would take longer than the check it exercises.
	await page.getByLabel('Choose files').evaluate((input: HTMLInputElement) => {
		const files = new DataTransfer();
		files.items.add(new File([new Uint8Array(21 * 1024 * 1024)], 'huge.json'));
		input.files = files.files;
		input.dispatchEvent(new Event('change', { bubbles: true }));
	});
	await expect(problems).toHaveText('huge.json: larger than 20 MB', { timeout: 1_000 });

	await page.goto('/');
	await expect(page.getByRole('listitem').filter({ hasText: SEED_HEADLINE })).toHaveCount(1);
});

test('no imported markup runs: an XSS corpus renders as harmless text', async ({ page }) => {
	// Every vector is opened as its own article and inspected.
	test.setTimeout(120_000);
	const items = XSS_VECTORS.map((vector, i) => ({
		id: `xss-${i}`,
		title: `Synthetic XSS ${i} ${vector}`,
		summary: vector,
		content_html: `<p>Vector ${i}:</p>${vector}<p>after</p>`,
		url: 'javascript:window.__xss=1',
		image: 'javascript:window.__xss=1',
		authors: [{ name: vector, url: 'javascript:window.__xss=1' }]
	}));
	await importFiles(page, jsonFeed(items));
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText(
		`${XSS_VECTORS.length} imported`
	);

	await page.goto('/');
	for (let i = 0; i < XSS_VECTORS.length; i++) {
		await page.getByRole('link', { name: new RegExp(`^Synthetic XSS ${i} `) }).click();
		await expect(page.locator('.imported-body')).toContainText(`Vector ${i}:`);
		const dangerous = await page.locator('main').evaluate((main) => {
			const found: string[] = [];
			const tags =
				/^(script|iframe|object|embed|form|meta|base|link|style|svg|math|img|video|input)$/i;
			for (const el of main.querySelector('.imported-body')?.querySelectorAll('*') ?? []) {
				if (tags.test(el.localName)) found.push(`<${el.localName}>`);
			}
			for (const el of main.querySelectorAll('*')) {
				for (const attr of el.attributes) {
					if (/^on/i.test(attr.name) || attr.name === 'srcdoc') {
						found.push(`${el.localName}[${attr.name}]`);
					}
					if (/^\s*(javascript|data):/i.test(attr.value)) {
						found.push(`${el.localName}[${attr.name}=${attr.value}]`);
					}
				}
			}
			return found;
		});
		expect(dangerous, `vector ${i}: ${XSS_VECTORS[i]}`).toEqual([]);
		await page.goBack();
	}
	expect(
		await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
	).toBeUndefined();
	// The vector shown in a title is text on the page, not markup.
	await expect(
		page.getByRole('link', { name: /^Synthetic XSS 0 <img src=x onerror/ })
	).toBeVisible();
});

test('an import that runs out of storage midway stores nothing and says so', async ({ page }) => {
	// The disk "fills up" on the 50th record written: IndexedDB's put throws QuotaExceededError.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		let writes = 0;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			const limit = (window as unknown as { __failWritesAfter?: number }).__failWritesAfter;
			if (limit !== undefined && ++writes > limit) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await page.goto('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await page.evaluate(
		() => ((window as unknown as { __failWritesAfter: number }).__failWritesAfter = 50)
	);

	const items = Array.from({ length: 400 }, (_, i) => ({
		id: `quota-${i}`,
		title: `Synthetic quota item ${i}`,
		content_text: 'Synthetic filler text for a storage test.'
	}));
	await page.getByRole('link', { name: 'Import briefs' }).click();
	await page.getByLabel('Choose files').setInputFiles([jsonFeed(items)]);
	await expect(page.getByRole('alert')).toHaveText(
		'Not enough storage space on this device: nothing was imported, your library is unchanged.'
	);
	await page.evaluate(
		() => delete (window as unknown as { __failWritesAfter?: number }).__failWritesAfter
	);
	await page.getByRole('link', { name: 'Briefs, home' }).click();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(page.getByRole('link', { name: /Synthetic quota item/ })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(page.getByRole('link', { name: /Synthetic quota item/ })).toHaveCount(0);
});

test.describe('malformed XML', () => {
	// Chromium builds its XML error report as an element with an inline style, which the CSP
	// blocks and reports. That report comes from the browser's own error page, not from the feed.
	test.use({ allowedCspViolations: /style-src-attr|Applying inline style/ });

	test("is refused with the parser's position", async ({ page }) => {
		await importFiles(page, fixture('malformed.xml'));
		await expect(page.locator('.import-problems')).toHaveText(
			/^malformed\.xml: malformed XML \(line \d+ at column \d+: .+\)\s*$/
		);
	});
});

test('imported briefs are found by search, and leave it when removed', async ({ page }) => {
	await importFiles(page, fixture('feed.rss'));
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText('1 imported');
	await page.goto('/search?q=synthetic%20rss');
	await expect(page.getByRole('link', { name: 'Synthetic RSS item' })).toBeVisible();
	await page.getByRole('link', { name: 'Synthetic RSS item' }).click();
	await page.getByRole('button', { name: 'Remove from library' }).click();
	await expect(page).toHaveURL('/');
	await page.goto('/search?q=synthetic%20rss');
	await expect(page.getByText(/No results for/)).toBeVisible();
});

test.describe('share target', () => {
	test('a shared Briefs link opens its article', async ({ page, baseURL }) => {
		const shared = new URLSearchParams({
			title: 'Look',
			text: `Worth reading ${baseURL}/article/diaz-canel-rejects-u-s-pressure-after-deaths-of-cuban-soldiers-in-venezuela#takeaway-2`
		});
		await page.goto(`/share?${shared}`);
		await expect(page).toHaveURL(/\/article\/diaz-canel-rejects-.*#takeaway-2$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
		await page.goBack();
		await expect(page).not.toHaveURL(/\/share/);
	});

	test('anything else is explained, with a way to import', async ({ page }) => {
		await page.goto('/share?url=https%3A%2F%2Fexample.org%2Fstory&title=%3Cb%3Ex%3C%2Fb%3E');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared to Briefs');
		await expect(
			page.getByText('“<b>x</b> — https://example.org/story” is not a Briefs article.')
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'import it' })).toHaveAttribute('href', '/import');
	});
});

test.describe('hero images', () => {
	// The image host is cut off on purpose; the browser logs the failed request.
	test.use({ expectNetworkFailures: true, serviceWorkers: 'block' });

	test('an image that cannot load shows the placeholder, not a broken image', async ({ page }) => {
		await page.route('https://images.example.org/**', (route) => route.abort());
		const markdown = [
			'---',
			'title: Synthetic brief with a missing image',
			'image: https://images.example.org/missing.jpg',
			'caption: Synthetic caption for a missing image',
			'---',
			'Body of a synthetic test brief.'
		].join('\n');
		await importFiles(page, {
			name: 'image.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(markdown)
		});
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText('1 imported');
		await page.goto('/');
		await page.getByRole('link', { name: 'Synthetic brief with a missing image' }).click();
		const figure = page.locator('figure.hero');
		await expect(figure.locator('figcaption')).toHaveText('Synthetic caption for a missing image');
		await expect(figure.locator('.hero-placeholder')).toBeVisible();
		await expect(figure.locator('img')).toHaveCount(0);
	});

	// Issue 17: an imported brief's image host learns who reads what; it waits for the reader.
	test('an imported image loads only once the reader allows its host', async ({ page }) => {
		const requested: string[] = [];
		const png = Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
			'base64'
		);
		await page.route('https://tracker.example.org/**', (route) => {
			requested.push(route.request().url());
			return route.fulfill({ contentType: 'image/png', body: png });
		});
		const markdown = [
			'---',
			'title: Synthetic brief with a tracked image',
			'image: https://tracker.example.org/pixel.png',
			'---',
			'Body of a synthetic test brief.'
		].join('\n');
		await importFiles(page, {
			name: 'tracked.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from(markdown)
		});
		await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText('1 imported');
		await page.goto('/');
		await page.getByRole('link', { name: 'Synthetic brief with a tracked image' }).click();
		const figure = page.locator('figure.hero');
		await expect(figure.locator('.hero-placeholder')).toBeVisible();
		await expect(figure.locator('img')).toHaveCount(0);
		expect(requested).toEqual([]);

		await figure.getByRole('button', { name: 'Show images from tracker.example.org' }).click();
		await expect(figure.locator('img')).toHaveAttribute(
			'src',
			'https://tracker.example.org/pixel.png'
		);
		await expect.poll(() => requested).toEqual(['https://tracker.example.org/pixel.png']);

		// Allowed once per host: the next visit loads it at once.
		await page.reload();
		await expect(page.locator('figure.hero img')).toBeVisible();
	});
});

test('markup with event handlers in any spelling reaches no parser: JSON Feed, RSS, Atom, Markdown', async ({
	page
}) => {
	// Quoted, unquoted, mixed case, slash-separated, glued to a quoted value, after a newline; on
	// HTML, SVG and MathML elements. The page's fixture fails the test on any policy violation.
	const spellings = [
		'<img src=x onerror=window.__xss=1>',
		'<img src="x" onerror="window.__xss=1">',
		"<img src='x' OnErRoR='window.__xss=1'>",
		'<img/src=x/onerror=window.__xss=1>',
		'<img/src="x"/onerror=window.__xss=1>',
		'<img src="x"onerror="window.__xss=1">',
		'<img src=x\nonerror=window.__xss=1>',
		'<svg/onload=window.__xss=1>',
		'<math><mi onclick=window.__xss=1>m</mi></math>',
		'<p ONMOUSEOVER="window.__xss=1" style="color:red">styled</p><style>p{}</style>'
	];
	const html = `<p>Handlers:</p>${spellings.join('')}<p>after the handlers</p>`;
	const escaped = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
	const xhtml =
		'<div xmlns="http://www.w3.org/1999/xhtml"><p onclick="window.__xss=1" ' +
		'style="color:red">XHTML handler</p><img src="x" onerror="window.__xss=1"/>' +
		'<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"/><p>after the handlers</p></div>';
	const file = (name: string, mimeType: string, text: string) => ({
		name,
		mimeType,
		buffer: Buffer.from(text)
	});
	await importFiles(
		page,
		file(
			'handlers.json',
			'application/feed+json',
			JSON.stringify({
				version: 'https://jsonfeed.org/version/1.1',
				title: 'Synthetic',
				items: [
					{
						id: 'h-json',
						title: 'Synthetic handlers JSON',
						summary: spellings[0],
						content_html: html
					}
				]
			})
		),
		file(
			'handlers.rss',
			'application/rss+xml',
			`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>S</title>` +
				`<item><guid>h-rss-1</guid><title>Synthetic handlers RSS escaped</title><description>${escaped(html)}</description></item>` +
				`<item><guid>h-rss-2</guid><title>Synthetic handlers RSS CDATA</title><description>${escaped(spellings[1])}</description>` +
				`<content:encoded><![CDATA[${html}]]></content:encoded></item></channel></rss>`
		),
		file(
			'handlers.atom',
			'application/atom+xml',
			`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>S</title>` +
				`<entry><id>h-atom-1</id><title>Synthetic handlers Atom html</title><content type="html">${escaped(html)}</content></entry>` +
				`<entry><id>h-atom-2</id><title>Synthetic handlers Atom xhtml</title><summary type="html">${escaped(spellings[2])}</summary>` +
				`<content type="xhtml">${xhtml}</content></entry></feed>`
		),
		file(
			'handlers.md',
			'text/markdown',
			`---\ntitle: Synthetic handlers Markdown\n---\n\nHandlers: ${spellings.join(' ')}\n\nafter the handlers\n`
		)
	);
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toHaveText('6 imported');

	const { tables } = (await readDatabase(page))!;
	const imported = (
		tables.briefs as { headline: string; bodyHtml?: string; body: string[] }[]
	).filter((b) => b.headline.startsWith('Synthetic handlers'));
	expect(imported.map((b) => b.headline).sort()).toEqual([
		'Synthetic handlers Atom html',
		'Synthetic handlers Atom xhtml',
		'Synthetic handlers JSON',
		'Synthetic handlers Markdown',
		'Synthetic handlers RSS CDATA',
		'Synthetic handlers RSS escaped'
	]);
	// A description-only RSS item and Markdown are stored as text; the others keep sanitised markup.
	const withMarkup = imported.filter((b) => b.bodyHtml !== undefined).map((b) => b.headline);
	expect(withMarkup.sort()).toEqual([
		'Synthetic handlers Atom html',
		'Synthetic handlers Atom xhtml',
		'Synthetic handlers JSON',
		'Synthetic handlers RSS CDATA'
	]);
	for (const brief of imported) {
		expect(brief.body.join(' '), brief.headline).toContain('after the handlers');
		if (brief.bodyHtml === undefined) continue;
		expect(brief.bodyHtml, brief.headline).toContain('after the handlers');
		expect(brief.bodyHtml, brief.headline).not.toMatch(/<[^>]*[\s/"'](on[a-z]+|style)\s*=/i);
	}

	for (const brief of imported) {
		await page.goto('/');
		await page.getByRole('link', { name: brief.headline }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(brief.headline);
		await expect(page.locator('main')).toContainText('after the handlers');
		const live = await page.locator('main').evaluate((main) =>
			Array.from(main.querySelectorAll('*')).flatMap((el) =>
				Array.from(el.attributes)
					.filter((a) => /^on/i.test(a.name) || a.name === 'style')
					.map((a) => `${el.localName}[${a.name}]`)
			)
		);
		expect(live, brief.headline).toEqual([]);
		if (brief.headline.endsWith('Markdown')) {
			// Markdown shows the HTML that was typed as text, not as markup.
			await expect(page.locator('main')).toContainText('Handlers: <img src=x onerror=window.');
		}
	}
	expect(
		await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
	).toBeUndefined();
});
