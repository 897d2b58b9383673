import { isHttp, parseUrl } from '../lib/http-url.ts';

export const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * BRIEFS_SITE_URL: the public address the build writes into every absolute link (canonical,
 * og:url, feeds, sitemap). Anything but a bare http(s) origin fails the build, since a typo here
 * would only show up in other people's link previews; a path is refused because the app's own
 * links are root-relative (it is served from the root of its host).
 */
export function siteUrl(value = DEFAULT_SITE_URL): string {
	const url = parseUrl(value);
	if (!url) throw new Error(`BRIEFS_SITE_URL is not a URL: ${value}`);
	if (!isHttp(url)) throw new Error(`BRIEFS_SITE_URL must be http(s): ${value}`);
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
		throw new Error(
			`BRIEFS_SITE_URL must be an origin only, like https://briefs.example: ${value}`
		);
	return url.origin;
}

/** An absolute address on the site for a root-relative path ("/article/x"). */
export const absoluteUrl = (site: string, path: string) => `${site}${path}`;
