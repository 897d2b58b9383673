import { SLUG_PATTERN } from '../content/slug';

export type Route =
	| { name: 'feed' }
	| { name: 'about' }
	| { name: 'import' }
	| { name: 'article'; slug: string }
	| { name: 'not-found'; path: string };

const MAX_PATH_LENGTH = 300;

/** Maps a URL path to a view. Anything that is not a well-formed route is "not found". */
export function matchRoute(path: string): Route {
	if (path === '/' || path === '/index.html') return { name: 'feed' };
	if (path === '/about') return { name: 'about' };
	if (path === '/import') return { name: 'import' };
	const article = /^\/article\/([^/]+)\/?$/.exec(path);
	if (article && path.length <= MAX_PATH_LENGTH) {
		let slug: string;
		try {
			slug = decodeURIComponent(article[1]);
		} catch {
			return { name: 'not-found', path };
		}
		if (SLUG_PATTERN.test(slug)) return { name: 'article', slug };
	}
	return { name: 'not-found', path };
}

export const articlePath = (slug: string) => `/article/${slug}`;
