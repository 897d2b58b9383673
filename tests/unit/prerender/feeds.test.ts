// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredBrief } from '../../../src/content/brief';
import { readImportFile } from '../../../src/import/read-import-file';
import { FEED_ITEMS, jsonFeed, rfc822Date, rssFeed, sitemap } from '../../../src/prerender/feeds';
import { seedAndHostileBriefs } from './hostile-seeds';

const SITE = 'https://briefs.example';
const NOW = Date.UTC(2026, 11, 1);
let briefs: StoredBrief[];
beforeAll(async () => {
	briefs = await seedAndHostileBriefs();
});
const xml = (text: string) => {
	const doc = new DOMParser().parseFromString(text, 'application/xml');
	expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
	return doc;
};

describe('JSON Feed 1.1', () => {
	it('has what the spec requires, absolute links and the full brief as HTML', () => {
		const feed = JSON.parse(jsonFeed(briefs, SITE));
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.title).toBe('Briefs');
		expect(feed.home_page_url).toBe(`${SITE}/`);
		expect(feed.feed_url).toBe(`${SITE}/feed.json`);
		expect(feed.items.map((i: { title: string }) => i.title)).toEqual(
			briefs.map((b) => b.headline)
		);
		for (const item of feed.items) {
			expect(typeof item.id).toBe('string');
			expect(item.url).toMatch(new RegExp(`^${SITE}/article/[a-z0-9-]+$`));
			expect(typeof item.content_html).toBe('string');
			for (const [, href] of item.content_html.matchAll(/href="([^"]*)"/g))
				expect(href).toMatch(/^https:\/\//);
		}
		const seed = feed.items.find((i: { title: string }) => i.title.startsWith('Díaz'));
		const html = new DOMParser().parseFromString(seed.content_html, 'text/html');
		const takeaways = [...html.querySelectorAll('ol li a')];
		expect(takeaways.map((a) => a.textContent)).toEqual(
			briefs.find((b) => b.headline.startsWith('Díaz'))!.takeaways
		);
		expect(takeaways[0].getAttribute('href')).toBe(`${seed.url}#takeaway-1`);
		expect(seed.date_published).toBeUndefined();
		const dated = feed.items.find((i: { title: string }) => i.title.startsWith('Synthetic <b>'));
		expect(dated.date_published).toBe('2026-03-04T00:00:00Z');
	});

	it('carries the newest 50 briefs', () => {
		const many = Array.from({ length: 60 }, (_, i) => ({
			...briefs[0],
			id: `b${i}`,
			slug: `b-${i}`
		}));
		const feed = JSON.parse(jsonFeed(many, SITE));
		expect(feed.items).toHaveLength(FEED_ITEMS);
		expect(feed.items[0].id).toBe('b0');
	});
});

describe('RSS 2.0 and the sitemap', () => {
	it('RSS parses as XML with channel and items, hostile text as text', () => {
		const doc = xml(rssFeed(briefs, SITE));
		const channel = doc.querySelector('rss > channel')!;
		expect(channel.querySelector('title')?.textContent).toBe('Briefs');
		expect(channel.querySelector('link')?.textContent).toBe(`${SITE}/`);
		expect(channel.querySelector('description')?.textContent).toBeTruthy();
		const items = [...channel.querySelectorAll('item')];
		expect(items.map((i) => i.querySelector('title')?.textContent)).toEqual(
			briefs.map((b) => b.headline)
		);
		const hostile = items[0];
		expect(hostile.getElementsByTagName('dc:creator')[0].textContent).toBe('Test <Author> & "Co"');
		expect(hostile.querySelector('pubDate')?.textContent).toBe('Wed, 04 Mar 2026 00:00:00 GMT');
		expect(items[1].querySelector('pubDate')).toBeNull();
	});

	it('dates are RFC 822', () => {
		expect(rfc822Date('2026-01-16')).toBe('Fri, 16 Jan 2026 00:00:00 GMT');
	});

	it('the sitemap lists the home page and every article, by absolute address', () => {
		const doc = xml(sitemap(briefs, SITE));
		expect(doc.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
		const locs = [...doc.getElementsByTagName('loc')].map((l) => l.textContent);
		expect(locs).toEqual([`${SITE}/`, ...briefs.map((b) => `${SITE}/article/${b.slug}`)]);
		expect(doc.getElementsByTagName('lastmod')[0].textContent).toBe('2026-03-04');
	});
});

describe('Briefs imports its own feeds', () => {
	for (const [name, write] of [
		['feed.json', jsonFeed],
		['rss.xml', rssFeed]
	] as const) {
		it(`${name}: every brief comes back with its text`, async () => {
			const { briefs: imported, skipped } = await readImportFile(name, write(briefs, SITE), NOW);
			expect(skipped).toEqual([]);
			expect(imported).toHaveLength(briefs.length);
			// The importer makes every run of white space one space (U+2028 in the hostile headline).
			const same = (text: string) => text.replace(/\s+/g, ' ');
			for (const [i, brief] of briefs.entries()) {
				const back = imported[i];
				expect(back.headline).toBe(same(brief.headline));
				expect(back.dek).toBe(same(brief.dek));
				expect(back.byline).toBe(brief.byline);
				expect(back.section).toBe(brief.section);
				expect(back.url).toBe(`${SITE}/article/${brief.slug}`);
				expect(back.date).toBe(brief.date);
				const body = back.body.map(same).join('\n');
				for (const text of [...brief.takeaways, ...brief.body]) expect(body).toContain(same(text));
				expect(back.bodyHtml).not.toMatch(/<script|onerror/i);
			}
		});
	}
});
