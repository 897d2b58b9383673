import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FileCache } from '../../../src/build/file-cache';
import type { StoredBrief } from '../../../src/content/brief';
import { renderPage } from '../../../src/prerender/render-page';
import { sitePages } from '../../../src/prerender/site-pages';
import { seedAndHostileBriefs } from './hostile-seeds';

// Node, not the jsdom environment: pages are rendered as the build renders them, with no window.
// jsdom (untyped here) only parses what was rendered.
const JSDOM_MODULE = 'jsdom';
const { JSDOM } = (await import(/* @vite-ignore */ JSDOM_MODULE)) as {
	JSDOM: new (html: string) => { window: Window };
};

const SITE = 'https://briefs.example';
// What vite build makes of index.html, reduced to what pages are built from.
const TEMPLATE = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="UTF-8" />
		<meta name="description" content="News briefs you can read, search and save offline." />
		<title>Briefs</title>
		<script type="module" crossorigin src="/assets/index-x.js"></script>
	</head>
	<body>
		<div id="app"></div>
		<noscript>Briefs needs JavaScript to show your briefs.</noscript>
	</body>
</html>
`;
const CARD = new Uint8Array([137, 80, 78, 71]);

let briefs: StoredBrief[];
let files: Map<string, string | Uint8Array>;
const page = (name: string) => {
	const html = files.get(name);
	if (typeof html !== 'string') throw new Error(`no page ${name}`);
	return new JSDOM(html).window.document;
};
const metaContent = (doc: Document, key: string) =>
	doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const byHeadline = (start: string) => briefs.find((b) => b.headline.startsWith(start))!;
const articleFile = (brief: StoredBrief) => `article/${brief.slug}/index.html`;

beforeAll(async () => {
	briefs = await seedAndHostileBriefs();
	files = await build(briefs);
});

/** The files sitePages makes of `list`, made as the build's writer would make them. */
async function build(
	list: StoredBrief[],
	options: Partial<Parameters<typeof sitePages>[0]> = {}
): Promise<Map<string, string | Uint8Array>> {
	const files = new Map<string, string | Uint8Array>();
	await sitePages(
		{ template: TEMPLATE, briefs: list, site: SITE, renderPage, card: () => CARD, ...options },
		async (name, file) => {
			if (typeof file === 'string' || file instanceof Uint8Array) return void files.set(name, file);
			// As the writer does (src/build/out-dir.ts): the kept entry, or made and kept.
			const kept = file.cache?.store.read(file.cache.key)?.toString('utf8');
			const made = kept ?? (await file.make());
			if (kept === undefined) file.cache?.store.write(file.cache.key, made);
			files.set(name, made);
		}
	);
	return files;
}

describe('article pages', () => {
	it('show the whole brief without JavaScript, each part once', () => {
		const seed = byHeadline('Díaz');
		const doc = page(articleFile(seed));
		const app = doc.getElementById('app')!;
		expect(app.querySelectorAll('h1')).toHaveLength(1);
		expect(app.querySelector('h1')?.textContent).toBe(seed.headline);
		expect(app.querySelector('.dek')?.textContent).toBe(seed.dek);
		expect(app.querySelector('figcaption')?.textContent).toBe(seed.hero.caption);
		const takeaways = [...app.querySelectorAll('.takeaways li')];
		expect(takeaways.map((li) => li.id)).toEqual([1, 2, 3, 4, 5].map((n) => `takeaway-${n}`));
		expect(takeaways.map((li) => li.textContent)).toEqual(seed.takeaways);
		expect(app.querySelector('.editors-desk h2')?.textContent).toBe(seed.editorsDesk!.title);
		expect(app.querySelector('.byline')?.textContent).toBe(seed.byline);
		expect(app.querySelector('.section')?.textContent).toBe(seed.section);
		expect(app.querySelector('.publisher')?.textContent).toBe(seed.publisher);
		expect([...app.querySelectorAll('.body p')].map((p) => p.textContent)).toEqual(seed.body);
		expect(doc.querySelector('noscript')?.innerHTML).toContain('/noscript.css');
	});

	it('carry the head a link preview and a search engine read', () => {
		const seed = byHeadline('Díaz');
		const doc = page(articleFile(seed));
		const url = `${SITE}/article/${seed.slug}`;
		expect(doc.title).toBe(`${seed.headline} — Briefs`);
		expect(doc.querySelectorAll('title')).toHaveLength(1);
		expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
		expect(metaContent(doc, 'description')).toBe(seed.dek);
		expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
		expect(metaContent(doc, 'og:type')).toBe('article');
		expect(metaContent(doc, 'og:title')).toBe(seed.headline);
		expect(metaContent(doc, 'og:description')).toBe(seed.dek);
		expect(metaContent(doc, 'og:url')).toBe(url);
		expect(metaContent(doc, 'og:site_name')).toBe('Briefs');
		expect(metaContent(doc, 'article:section')).toBe(seed.section);
		expect(metaContent(doc, 'article:author')).toBe(seed.byline);
		// The seed has no image and no date: a share card, and no empty or made-up date.
		expect(metaContent(doc, 'og:image')).toBe(`${SITE}/cards/${seed.slug}.png`);
		expect(metaContent(doc, 'og:image:width')).toBe('1200');
		expect(metaContent(doc, 'og:image:height')).toBe('630');
		expect(files.get(`cards/${seed.slug}.png`)).toBe(CARD);
		expect(metaContent(doc, 'twitter:card')).toBe('summary_large_image');
		expect(metaContent(doc, 'article:published_time')).toBeUndefined();
		const feeds = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => [
			l.getAttribute('type'),
			l.getAttribute('href')
		]);
		expect(feeds).toEqual([
			['application/feed+json', `${SITE}/feed.json`],
			['application/rss+xml', `${SITE}/rss.xml`]
		]);
		const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
		expect(ld).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: seed.headline,
			description: seed.dek,
			url,
			mainEntityOfPage: { '@type': 'WebPage', '@id': url },
			image: [`${SITE}/cards/${seed.slug}.png`],
			author: [{ '@type': 'Person', name: seed.byline }],
			publisher: { '@type': 'Organization', name: seed.publisher },
			articleSection: seed.section
		});
	});

	it('use the hero image when there is one, and state the date when the brief has one', () => {
		const withImage = byHeadline('Synthetic Test Brief With An Image');
		const doc = page(articleFile(withImage));
		expect(metaContent(doc, 'og:image')).toBe('https://example.org/synthetic-hero.jpg?a=1&b=2');
		expect(metaContent(doc, 'og:image:width')).toBeUndefined();
		expect(files.has(`cards/${withImage.slug}.png`)).toBe(false);
		expect(metaContent(doc, 'article:published_time')).toBeUndefined();

		const dated = byHeadline('Synthetic <b>');
		const datedDoc = page(articleFile(dated));
		expect(metaContent(datedDoc, 'article:published_time')).toBe('2026-03-04');
		const ld = JSON.parse(
			datedDoc.querySelector('script[type="application/ld+json"]')!.textContent!
		);
		expect(ld.datePublished).toBe('2026-03-04');
	});

	it('never have an empty tag value', () => {
		for (const [name, html] of files) {
			if (!name.endsWith('.html') || typeof html !== 'string') continue;
			expect(html, name).not.toMatch(/(content|href|src)=""/);
		}
	});

	it('keep hostile text as text: in the body, in attributes, in JSON-LD and in the page data', () => {
		const hostile = byHeadline('Synthetic <b>');
		const html = files.get(articleFile(hostile)) as string;
		const doc = page(articleFile(hostile));
		// Only the app's own scripts and the two data blocks: nothing the text could have opened.
		expect([...doc.querySelectorAll('script')].map((s) => s.type || 'classic')).toEqual([
			'application/ld+json',
			'module',
			'application/json'
		]);
		expect(
			doc.querySelectorAll('#app article img, #app i, #app b, #app script, h1 h1, p h1')
		).toHaveLength(0);
		expect(doc.querySelector('#app h1')?.textContent).toBe(hostile.headline);
		expect(doc.querySelector('#app .dek')?.textContent).toBe(hostile.dek);
		expect(doc.querySelector('#app .byline')?.textContent).toBe(hostile.byline);
		expect([...doc.querySelectorAll('#app .takeaways li')].map((li) => li.textContent)).toEqual(
			hostile.takeaways
		);
		expect(doc.querySelector('#app .body p')?.textContent).toBe(hostile.body[0]);
		expect(doc.title).toBe(`${hostile.headline} — Briefs`);
		expect(metaContent(doc, 'og:title')).toBe(hostile.headline);
		expect(metaContent(doc, 'description')).toBe(hostile.dek);
		expect(metaContent(doc, 'article:author')).toBe(hostile.byline);
		expect(metaContent(doc, 'article:section')).toBe(hostile.section);
		const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
		expect(ld.headline).toBe(hostile.headline);
		expect(ld.author[0].name).toBe(hostile.byline);
		const data = JSON.parse(doc.getElementById('prerendered-page')!.textContent!);
		expect(data.briefs[0]).toEqual(hostile);
		// Inside the data blocks no markup survives unescaped, so no text can end them early.
		for (const block of html.match(
			/<script type="application\/(ld\+)?json"[^>]*>[\s\S]*?<\/script>/g
		)!)
			expect(block.slice(block.indexOf('>') + 1, -'</script>'.length)).not.toMatch(/[<>]/);
	});
});

describe('the other pages', () => {
	it('put the feed’s first page into index.html, with the site’s own preview tags', () => {
		const doc = page('index.html');
		const cards = [...doc.querySelectorAll('#app .brief-card h2')].map((h) => h.textContent);
		expect(cards).toEqual(briefs.map((b) => b.headline));
		expect(doc.title).toBe('Briefs');
		expect(metaContent(doc, 'og:type')).toBe('website');
		expect(metaContent(doc, 'og:url')).toBe(`${SITE}/`);
		expect(metaContent(doc, 'twitter:card')).toBe('summary');
		expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/`);
	});

	it('make 404.html the app’s not-found page and shell.html an empty app', () => {
		const notFound = page('404.html');
		expect(notFound.querySelector('#app h1')?.textContent).toBe('Page not found');
		expect(notFound.title).toBe('Page not found — Briefs');
		expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
		const shell = page('shell.html');
		expect(shell.getElementById('app')?.childNodes).toHaveLength(0);
		expect(shell.getElementById('prerendered-page')).toBeNull();
		expect(shell.querySelector('noscript')?.textContent).toContain('needs JavaScript');
		expect(files.get('settings/index.html')).toBe(files.get('shell.html'));
	});

	it('name the sitemap in robots.txt', () => {
		expect(files.get('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
	});
});

describe('a deploy', () => {
	it('leaves the pages of briefs it did not change as they were, byte for byte', async () => {
		const [first, ...rest] = briefs;
		const before = await build(rest);
		const after = await build(briefs);
		expect(after.get(articleFile(first))).toBeDefined();
		for (const brief of rest)
			expect(after.get(articleFile(brief)), brief.slug).toBe(before.get(articleFile(brief)));
		expect(after.get('index.html')).not.toBe(before.get('index.html'));
	});

	it('renders an unchanged article page once, then takes it from the cache', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'briefs-pages-'));
		try {
			const render = vi.fn(renderPage);
			const pages = () => ({ store: new FileCache(dir), code: 'code 1' });
			const made = await build(briefs, { renderPage: render, pages: pages() });
			const renders = render.mock.calls.length;
			expect(renders).toBe(briefs.length + 2);
			const kept = await build(briefs, { renderPage: render, pages: pages() });
			// Only the feed's page and the not-found page, which depend on the whole library.
			expect(render.mock.calls.length - renders).toBe(2);
			for (const brief of briefs)
				expect(kept.get(articleFile(brief))).toBe(made.get(articleFile(brief)));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
