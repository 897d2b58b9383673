import type { Brief } from '../content/brief.ts';
import { articlePath } from '../state/routes.ts';
import { briefHtml } from './brief-html.ts';
import { escapeHtml } from './escape.ts';
import { JSON_FEED_PATH, RSS_PATH, SITE_DESCRIPTION, SITE_NAME } from './page-head.ts';
import { absoluteUrl } from './site-url.ts';

/** How many of the newest briefs the feeds carry. */
export const FEED_ITEMS = 50;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), newest first. */
export function jsonFeed(briefs: Brief[], site: string): string {
	const feed = {
		version: 'https://jsonfeed.org/version/1.1',
		title: SITE_NAME,
		home_page_url: absoluteUrl(site, '/'),
		feed_url: absoluteUrl(site, JSON_FEED_PATH),
		description: SITE_DESCRIPTION,
		language: 'en',
		items: briefs.slice(0, FEED_ITEMS).map((brief) => ({
			id: brief.id,
			url: absoluteUrl(site, articlePath(brief.slug)),
			title: brief.headline,
			summary: brief.dek,
			content_html: briefHtml(brief, site),
			...(brief.hero.imageUrl ? { image: brief.hero.imageUrl } : {}),
			...(brief.date ? { date_published: `${brief.date}T00:00:00Z` } : {}),
			authors: [{ name: brief.byline }],
			tags: [brief.section]
		}))
	};
	return JSON.stringify(feed, null, '\t');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-01-16" → "Fri, 16 Jan 2026 00:00:00 GMT" (RFC 822, as RSS 2.0 asks). */
export function rfc822Date(isoDay: string): string {
	const [y, m, d] = isoDay.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	const day = String(d).padStart(2, '0');
	return `${DAYS[date.getUTCDay()]}, ${day} ${MONTHS[m - 1]} ${y} 00:00:00 GMT`;
}

const element = (name: string, text: string | undefined) =>
	text ? `<${name}>${escapeHtml(text)}</${name}>` : '';

/** RSS 2.0 with the full content in content:encoded, newest first. */
export function rssFeed(briefs: Brief[], site: string): string {
	const items = briefs.slice(0, FEED_ITEMS).map((brief) =>
		[
			'\t\t<item>',
			element('title', brief.headline),
			element('link', absoluteUrl(site, articlePath(brief.slug))),
			`<guid isPermaLink="false">${escapeHtml(brief.id)}</guid>`,
			// RSS readers take description as HTML: the dek is text, so it is escaped as HTML first.
			element('description', escapeHtml(brief.dek)),
			element('content:encoded', briefHtml(brief, site)),
			element('dc:creator', brief.byline),
			element('category', brief.section),
			brief.date ? element('pubDate', rfc822Date(brief.date)) : '',
			'</item>'
		]
			.filter(Boolean)
			.join('\n\t\t\t')
			.replace(/\n\t\t\t<\/item>$/, '\n\t\t</item>')
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
		'\t<channel>',
		`\t\t${element('title', SITE_NAME)}`,
		`\t\t${element('link', absoluteUrl(site, '/'))}`,
		`\t\t${element('description', SITE_DESCRIPTION)}`,
		'\t\t<language>en</language>',
		`\t\t<atom:link href="${escapeHtml(absoluteUrl(site, RSS_PATH))}" rel="self" type="application/rss+xml" />`,
		...items,
		'\t</channel>',
		'</rss>',
		''
	].join('\n');
}

/** Every article and the home page, for search engines. */
export function sitemap(briefs: Brief[], site: string): string {
	const url = (path: string, date?: string) =>
		`\t<url><loc>${escapeHtml(absoluteUrl(site, path))}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</url>`;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		url('/'),
		...briefs.map((brief) => url(articlePath(brief.slug), brief.date)),
		'</urlset>',
		''
	].join('\n');
}

export const robotsTxt = (site: string) =>
	`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, '/sitemap.xml')}\n`;
