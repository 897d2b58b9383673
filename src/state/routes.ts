import { SLUG_PATTERN } from '../content/slug.ts';

// The route table: every address the app answers, what the tab is called there, and which
// addresses the main nav lists and the build copies the app shell to. The router, the nav, the
// titles (in the app and in the prerendered pages) and src/prerender all read it. Which component
// each route shows is in src/route-views.ts: this half has no components, so that the build's
// Node code and the views themselves can import it.

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

export type RouteName = Route['name'];
export type RouteOf<N extends RouteName> = Extract<Route, { name: N }>;

/** What an article shows, once its view knows: the brief, or null when there is none. */
export type ShownBrief = { headline: string } | null;

// Methods, not function-valued properties: an entry for one route is read as an entry for any
// route, and every caller passes the route the entry was found by.
interface RouteEntry<R extends Route> {
	/** The address of the route without parameters, when it has one. */
	path?: string;
	/** The route an address opens, or undefined when the address is not this route's. */
	match?(path: string, search: string): R | undefined;
	/** The address that opens the route. */
	href(route: R): string;
	/** The tab's title; undefined while the view does not know yet what it shows. */
	title(route: R, shown?: ShownBrief): string | undefined;
	/** Its label in the main nav, for the routes listed there. */
	nav?: string;
	/**
	 * The app alone, with no content to prerender: the build copies the app shell to the address,
	 * so that a host with no single-page fallback answers it with 200.
	 */
	shell?: true;
}

export const SITE_NAME = 'Briefs';
const titled = (what: string) => `${what} — ${SITE_NAME}`;

const MAX_PATH_LENGTH = 300;

/**
 * A route with no parameters: its one address, with or without a trailing slash. It is the app
 * alone, so every one gets the shell: any address the app answers must answer 200 on any host.
 */
function page<N extends RouteName>(
	name: N,
	path: string,
	title: string,
	more: Pick<RouteEntry<RouteOf<N>>, 'nav'> = {}
): RouteEntry<RouteOf<N>> {
	const route = { name } as RouteOf<N>;
	return {
		path,
		match: (candidate) => (candidate === path || candidate === `${path}/` ? route : undefined),
		href: () => path,
		title: () => title,
		shell: true,
		...more
	};
}

export const articlePath = (slug: string) => `/article/${slug}`;

/** /search?q=…&section=…: the whole search state, so it can be shared, reloaded and gone back to. */
export function searchPath(query: string, section?: string): string {
	const params = new URLSearchParams({ q: query });
	if (section) params.set('section', section);
	return `/search?${params}`;
}

function matchArticle(path: string): RouteOf<'article'> | undefined {
	const article = /^\/article\/([^/]+)\/?$/.exec(path);
	if (!article || path.length > MAX_PATH_LENGTH) return undefined;
	let slug: string;
	try {
		slug = decodeURIComponent(article[1]);
	} catch {
		return undefined;
	}
	return SLUG_PATTERN.test(slug) ? { name: 'article', slug } : undefined;
}

/** In match order, which is also the nav's order. The last entry, not-found, matches the rest. */
export const ROUTES: { [N in RouteName]: RouteEntry<RouteOf<N>> } = {
	feed: {
		path: '/',
		match: (path) => (path === '/' || path === '/index.html' ? { name: 'feed' } : undefined),
		href: () => '/',
		title: () => SITE_NAME
	},
	saved: page('saved', '/saved', titled('Saved'), { nav: 'Saved' }),
	highlights: page('highlights', '/highlights', titled('Highlights'), { nav: 'Highlights' }),
	skim: page('skim', '/skim', titled('Skim'), { nav: 'Skim' }),
	history: page('history', '/history', titled('History'), { nav: 'History' }),
	settings: page('settings', '/settings', titled('Settings'), { nav: 'Settings' }),
	about: page('about', '/about', titled('About')),
	import: page('import', '/import', titled('Import')),
	shared: page('shared', '/share', `Shared to ${SITE_NAME}`),
	// The "Continue reading" app shortcut: opens the brief last read where the reader stopped.
	continue: page('continue', '/continue', titled('Continue reading')),
	search: {
		path: '/search',
		match(path, search) {
			if (path !== '/search' && path !== '/search/') return undefined;
			const params = new URLSearchParams(search);
			const section = params.get('section') || undefined;
			return { name: 'search', query: params.get('q') ?? '', ...(section ? { section } : {}) };
		},
		href: (route) => searchPath(route.query, route.section),
		title: ({ query }) =>
			query.trim() ? `“${query.slice(0, 60)}” — Search — ${SITE_NAME}` : titled('Search'),
		shell: true
	},
	article: {
		match: matchArticle,
		href: (route) => articlePath(route.slug),
		title(_route, shown) {
			if (shown === undefined) return undefined;
			return shown ? titled(shown.headline) : titled('Brief not found');
		}
	},
	'not-found': {
		href: (route) => route.path,
		title: () => titled('Page not found')
	}
};

const entryOf = (route: Route) => ROUTES[route.name] as RouteEntry<Route>;
const entries = Object.entries(ROUTES) as [RouteName, RouteEntry<Route>][];

/** Maps a URL path (and query string) to a view. Anything malformed is "not found". */
export function matchRoute(path: string, search = ''): Route {
	for (const [, entry] of entries) {
		const route = entry.match?.(path, search);
		if (route) return route;
	}
	return { name: 'not-found', path };
}

/** The address that opens a route. */
export const hrefOf = (route: Route): string => entryOf(route).href(route);

/** The tab's title on a route; for an article, once its view knows the brief (or that there is none). */
export function titleOf(route: RouteOf<'article'>, shown: ShownBrief): string;
export function titleOf(route: Exclude<Route, RouteOf<'article'>>): string;
export function titleOf(route: Route, shown?: ShownBrief): string | undefined;
export function titleOf(route: Route, shown?: ShownBrief): string | undefined {
	return entryOf(route).title(route, shown);
}

/** The main nav, in table order. */
export const NAV: readonly { name: RouteName; label: string; href: string }[] = entries.flatMap(
	([name, { nav, path }]) => (nav && path ? [{ name, label: nav, href: path }] : [])
);

/** The addresses the build copies the app shell to, in table order. */
export const SHELL_PATHS: readonly string[] = entries.flatMap(([, { shell, path }]) =>
	shell && path ? [path] : []
);

/** Where "Continue reading" goes: the article, told to return to the stored position. */
export const resumePath = (slug: string) => `${articlePath(slug)}?resume`;

export const takeawayPath = (slug: string, n: number) => `${articlePath(slug)}#takeaway-${n}`;

export const highlightPath = (slug: string, id: string) => `${articlePath(slug)}#highlight-${id}`;
