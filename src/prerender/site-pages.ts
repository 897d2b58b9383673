import { cacheKey, type FileCache } from '../build/file-cache.ts';
import type { OutFile } from '../build/out-dir.ts';
import type { StoredBrief } from '../content/brief.ts';
import type { PrerenderedPage } from '../lib/prerendered-page.ts';
import { FEED_PAGE_SIZE } from '../state/feed-page.ts';
import { articlePath, titleOf } from '../state/routes.ts';
import { jsonFeed, robotsTxt, rssFeed, sitemap } from './feeds.ts';
import { APP_ONLY_PATHS } from './app-only-paths.ts';
import { headersFile } from './security-headers.ts';
import { articleHead, homeHead, plainHead, SITE_NAME, type PageImage } from './page-head.ts';
import { pageTemplate } from './page-template.ts';
import { SHARE_CARD } from './share-card.ts';
import { absoluteUrl } from './site-url.ts';

export interface SiteInput {
	/** The built index.html: policy, scripts, stylesheets and icons for every page. */
	template: string;
	/** Published briefs, in feed order. */
	briefs: StoredBrief[];
	site: string;
	renderPage: (page: PrerenderedPage) => Promise<string>;
	/** The share card of a brief with no image of its own (drawn, or kept from a build before). */
	card: (brief: StoredBrief) => OutFile;
	/** The content part a brief is in, for its page (a first visit fetches that pack first). */
	partOf?: (id: string) => string | undefined;
	/**
	 * Article pages kept from earlier builds, and the key of the code that renders them: a page
	 * depends on nothing else than its brief, its part, the template and that code.
	 */
	pages?: { store: FileCache; code: string };
}

/** Takes each file as it is made; may wait, so that a large library is never held in memory. */
export type PutFile = (fileName: string, file: OutFile) => Promise<void>;

export const shareCardPath = (slug: string) => `/cards/${slug}.png`;
const ICON_PATH = '/pwa-512x512.png';

/** Every file the build adds to the app so that each brief is a web page, handed to `put`. */
export async function sitePages(
	{ template, briefs, site, renderPage, card, partOf, pages }: SiteInput,
	put: PutFile
): Promise<void> {
	const total = briefs.length;
	const fill = pageTemplate(template);

	const shell = fill({ head: plainHead(site, SITE_NAME) });
	await put('shell.html', shell);
	for (const path of APP_ONLY_PATHS) await put(`${path}/index.html`, shell);

	for (const brief of briefs) {
		const path = articlePath(brief.slug);
		let image: PageImage;
		if (brief.hero.imageUrl) {
			image = { url: brief.hero.imageUrl, alt: brief.hero.caption || brief.headline };
		} else {
			const cardPath = shareCardPath(brief.slug);
			await put(cardPath.slice(1), card(brief));
			image = { url: absoluteUrl(site, cardPath), alt: brief.headline, ...SHARE_CARD };
		}
		const page = { path, briefs: [brief], part: partOf?.(brief.id) };
		const make = async () =>
			fill({ head: articleHead(brief, site, image), body: await renderPage(page), page });
		await put(`${path.slice(1)}/index.html`, {
			make,
			cache: pages && {
				store: pages.store,
				key: cacheKey(pages.code, template, site, JSON.stringify([page, image]))
			}
		});
	}

	const home = { path: '/', briefs: briefs.slice(0, FEED_PAGE_SIZE), total };
	await put(
		'index.html',
		fill({
			head: homeHead(site, { url: absoluteUrl(site, ICON_PATH), alt: SITE_NAME }),
			body: await renderPage(home),
			page: home
		})
	);
	const notFound = { path: '/404', briefs: [] };
	await put(
		'404.html',
		fill({
			head: plainHead(site, titleOf({ name: 'not-found', path: notFound.path })),
			body: await renderPage(notFound),
			page: notFound
		})
	);

	await put('feed.json', jsonFeed(briefs, site));
	await put('rss.xml', rssFeed(briefs, site));
	await put('sitemap.xml', sitemap(briefs, site));
	await put('robots.txt', robotsTxt(site));
	await put('_headers', headersFile());
}
