import { SLUG_PATTERN } from '../content/slug.ts';

export type Route =
	| { name: 'feed' }
	| { name: 'article'; slug: string }
	| { name: 'saved' }
	| { name: 'highlights' }
	| { name: 'history' }
	| { name: 'settings' }
	| { name: 'skim' }
	| { name: 'about' }
	| { name: 'import' }
	| { name: 'shared' }
	| { name: 'continue' }
	| { name: 'search'; query: string; section?: string }
	| { name: 'not-found'; path: string };

const VIEWS = {
	'/saved': 'saved',
	'/highlights': 'highlights',
	'/history': 'history',
	'/settings': 'settings',
	'/skim': 'skim',
	'/about': 'about',
	'/import': 'import',
	'/share': 'shared',
	// The "Continue reading" app shortcut: opens the brief last read where the reader stopped.
	'/continue': 'continue'
} as const;

const MAX_PATH_LENGTH = 300;

/** Maps a URL path (and query string) to a view. Anything malformed is "not found". */
export function matchRoute(path: string, search = ''): Route {
	if (path === '/' || path === '/index.html') return { name: 'feed' };
	if (path === '/search' || path === '/search/') {
		const params = new URLSearchParams(search);
		const section = params.get('section') || undefined;
		return { name: 'search', query: params.get('q') ?? '', ...(section ? { section } : {}) };
	}
	const view = path.replace(/(.)\/$/, '$1');
	if (Object.hasOwn(VIEWS, view)) return { name: VIEWS[view as keyof typeof VIEWS] };
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

/** Where "Continue reading" goes: the article, told to return to the stored position. */
export const resumePath = (slug: string) => `${articlePath(slug)}?resume`;

export const takeawayPath = (slug: string, n: number) => `${articlePath(slug)}#takeaway-${n}`;

export const highlightPath = (slug: string, id: string) => `${articlePath(slug)}#highlight-${id}`;

/** /search?q=…&section=…: the whole search state, so it can be shared, reloaded and gone back to. */
export function searchPath(query: string, section?: string): string {
	const params = new URLSearchParams({ q: query });
	if (section) params.set('section', section);
	return `/search?${params}`;
}
