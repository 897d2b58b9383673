import type { StoredBrief } from '../content/brief.ts';
import type { PrerenderedPage } from '../lib/prerendered-page.ts';
import { FEED_PAGE_SIZE } from '../state/feed-page.ts';
import { articlePath, titleOf } from '../state/routes.ts';
import { jsonFeed, robotsTxt, rssFeed, sitemap } from './feeds.ts';
import { APP_ONLY_PATHS } from './app-only-paths.ts';
import { headersFile } from './security-headers.ts';
import { articleHead, homeHead, plainHead, SITE_NAME, type PageImage } from './page-head.ts';
import { fillTemplate } from './page-template.ts';
import { SHARE_CARD } from './share-card.ts';
import { absoluteUrl } from './site-url.ts';

export interface SiteInput {
	/** The built index.html: policy, scripts, stylesheets and icons for every page. */
	template: string;
	/** Published briefs, in feed order. */
	briefs: StoredBrief[];
	site: string;
	renderPage: (page: PrerenderedPage) => Promise<string>;
	/** Draws the share card of a brief with no image of its own. */
	drawCard: (brief: StoredBrief) => Promise<Uint8Array>;
	/** The content part a brief is in, for its page (a first visit fetches that pack first). */
	partOf?: (id: string) => string | undefined;
}

export const shareCardPath = (slug: string) => `/cards/${slug}.png`;
const ICON_PATH = '/pwa-512x512.png';

/** Every file the build adds to the app so that each brief is a web page: name → content. */
export async function sitePages({
	template,
	briefs,
	site,
	renderPage,
	drawCard,
	partOf
}: SiteInput): Promise<Map<string, string | Uint8Array>> {
	const files = new Map<string, string | Uint8Array>();
	const total = briefs.length;

	const shell = fillTemplate(template, { head: plainHead(site, SITE_NAME) });
	files.set('shell.html', shell);
	for (const path of APP_ONLY_PATHS) files.set(`${path}/index.html`, shell);

	for (const brief of briefs) {
		const path = articlePath(brief.slug);
		let image: PageImage;
		if (brief.hero.imageUrl) {
			image = { url: brief.hero.imageUrl, alt: brief.hero.caption || brief.headline };
		} else {
			const card = shareCardPath(brief.slug);
			files.set(card.slice(1), await drawCard(brief));
			image = { url: absoluteUrl(site, card), alt: brief.headline, ...SHARE_CARD };
		}
		const page = { path, briefs: [brief], total, part: partOf?.(brief.id) };
		files.set(
			`${path.slice(1)}/index.html`,
			fillTemplate(template, {
				head: articleHead(brief, site, image),
				body: await renderPage(page),
				page
			})
		);
	}

	const home = { path: '/', briefs: briefs.slice(0, FEED_PAGE_SIZE), total };
	files.set(
		'index.html',
		fillTemplate(template, {
			head: homeHead(site, { url: absoluteUrl(site, ICON_PATH), alt: SITE_NAME }),
			body: await renderPage(home),
			page: home
		})
	);
	const notFound = { path: '/404', briefs: [], total };
	files.set(
		'404.html',
		fillTemplate(template, {
			head: plainHead(site, titleOf({ name: 'not-found', path: notFound.path })),
			body: await renderPage(notFound),
			page: notFound
		})
	);

	files.set('feed.json', jsonFeed(briefs, site));
	files.set('rss.xml', rssFeed(briefs, site));
	files.set('sitemap.xml', sitemap(briefs, site));
	files.set('robots.txt', robotsTxt(site));
	files.set('_headers', headersFile());
	return files;
}
