import type { Brief } from '../content/brief.ts';
import { articlePath, SITE_NAME, titleOf } from '../state/routes.ts';
import { escapeHtml, jsonForScript } from './escape.ts';
import { absoluteUrl } from './site-url.ts';

export { SITE_NAME };
export const SITE_DESCRIPTION = 'News briefs you can read, search and save offline.';
export const JSON_FEED_PATH = '/feed.json';
export const RSS_PATH = '/rss.xml';

/** The picture a link preview shows: the brief's hero, or the share card the build drew. */
export interface PageImage {
	url: string;
	alt: string;
	width?: number;
	height?: number;
}

const tag = (name: string, attributes: Record<string, string | number | undefined>) =>
	`<${name} ${Object.entries(attributes)
		.filter(([, value]) => value !== undefined && value !== '')
		.map(([key, value]) => `${key}="${escapeHtml(String(value))}"`)
		.join(' ')} />`;

const meta = (property: string, content: string | number | undefined) =>
	content === undefined || content === ''
		? ''
		: tag('meta', {
				[property.startsWith('og:') || property.startsWith('article:') ? 'property' : 'name']:
					property,
				content
			});

function lines(...parts: string[]): string {
	return parts.filter(Boolean).join('\n\t\t');
}

/** Links to the published feeds, on every page so that feed readers find them from any address. */
export function feedLinks(site: string): string {
	return lines(
		tag('link', {
			rel: 'alternate',
			type: 'application/feed+json',
			title: `${SITE_NAME} (JSON Feed)`,
			href: absoluteUrl(site, JSON_FEED_PATH)
		}),
		tag('link', {
			rel: 'alternate',
			type: 'application/rss+xml',
			title: `${SITE_NAME} (RSS)`,
			href: absoluteUrl(site, RSS_PATH)
		})
	);
}

const imageTags = (image: PageImage | undefined) =>
	image
		? [
				meta('og:image', image.url),
				meta('og:image:alt', image.alt),
				meta('og:image:width', image.width),
				meta('og:image:height', image.height),
				meta('twitter:card', 'summary_large_image'),
				meta('twitter:image', image.url),
				meta('twitter:image:alt', image.alt)
			]
		: [meta('twitter:card', 'summary')];

/** schema.org NewsArticle, for search engines' article results. */
export function newsArticle(brief: Brief, site: string, image: PageImage | undefined) {
	const url = absoluteUrl(site, articlePath(brief.slug));
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: brief.headline,
		description: brief.dek,
		url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': url },
		...(image ? { image: [image.url] } : {}),
		...(brief.date ? { datePublished: brief.date } : {}),
		author: [{ '@type': 'Person', name: brief.byline }],
		publisher: { '@type': 'Organization', name: brief.publisher },
		articleSection: brief.section
	};
}

/** Everything an article page's <head> says about the brief, after the charset and policy. */
export function articleHead(brief: Brief, site: string, image: PageImage | undefined): string {
	const url = absoluteUrl(site, articlePath(brief.slug));
	return lines(
		`<title>${escapeHtml(titleOf({ name: 'article', slug: brief.slug }, brief))}</title>`,
		meta('description', brief.dek),
		tag('link', { rel: 'canonical', href: url }),
		feedLinks(site),
		meta('og:type', 'article'),
		meta('og:site_name', SITE_NAME),
		meta('og:title', brief.headline),
		meta('og:description', brief.dek),
		meta('og:url', url),
		...imageTags(image),
		meta('article:section', brief.section),
		meta('article:author', brief.byline),
		meta('article:published_time', brief.date),
		meta('twitter:title', brief.headline),
		meta('twitter:description', brief.dek),
		`<script type="application/ld+json">${jsonForScript(newsArticle(brief, site, image))}</script>`
	);
}

/** The home page: the site itself, previewed with its icon (a small square: a summary card). */
export function homeHead(site: string, icon: PageImage): string {
	const url = absoluteUrl(site, '/');
	return lines(
		`<title>${escapeHtml(titleOf({ name: 'feed' }))}</title>`,
		meta('description', SITE_DESCRIPTION),
		tag('link', { rel: 'canonical', href: url }),
		feedLinks(site),
		meta('og:type', 'website'),
		meta('og:site_name', SITE_NAME),
		meta('og:title', SITE_NAME),
		meta('og:description', SITE_DESCRIPTION),
		meta('og:url', url),
		meta('og:image', icon.url),
		meta('og:image:alt', icon.alt),
		meta('twitter:card', 'summary')
	);
}

/** Pages with no content of their own (the app shell, the not-found page): no canonical. */
export function plainHead(site: string, title: string): string {
	return lines(
		`<title>${escapeHtml(title)}</title>`,
		meta('description', SITE_DESCRIPTION),
		feedLinks(site)
	);
}
