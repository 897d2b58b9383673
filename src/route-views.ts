import { LazyViews, type ViewSource } from './state/lazy-views.svelte';
import type { Route, RouteName, RouteOf } from './state/routes';
import Feed from './views/Feed.svelte';

// The route table's other half (src/state/routes.ts has addresses, titles and the nav): the view
// each route shows and what it is given. Only the feed is in the entry chunk: a cold start pays
// for what its first paint needs, and every other view (with what it alone uses) is fetched when
// first opened. The service worker precaches these chunks, so offline they come from its cache as
// fast as the entry did.

type RouteView<R extends Route> = ViewSource & {
	/** The view's props on this route; none when absent. */
	props?(route: R): Record<string, unknown>;
	/** A new view each time this changes (an article view is for one slug). */
	key?(route: R): string;
	/** The view marks first paint itself, once it has shown what the reader came for. */
	ownsFirstPaint?: true;
};

export const ROUTE_VIEWS: { [N in RouteName]: RouteView<RouteOf<N>> } = {
	feed: { view: Feed, ownsFirstPaint: true },
	saved: { load: () => import('./views/Saved.svelte') },
	highlights: { load: () => import('./views/Highlights.svelte') },
	skim: { load: () => import('./views/Skim.svelte') },
	history: { load: () => import('./views/History.svelte') },
	settings: { load: () => import('./views/Settings.svelte') },
	about: { load: () => import('./views/About.svelte') },
	import: { load: () => import('./views/Import.svelte') },
	shared: { load: () => import('./views/Shared.svelte') },
	continue: { load: () => import('./views/Continue.svelte') },
	search: {
		load: () => import('./views/Search.svelte'),
		props: ({ query, section }) => ({ query, section })
	},
	article: {
		load: () => import('./views/Article.svelte'),
		props: ({ slug }) => ({ slug }),
		key: ({ slug }) => slug
	},
	'not-found': { load: () => import('./views/NotFound.svelte') }
};

export const viewOf = (route: Route) => ROUTE_VIEWS[route.name] as RouteView<Route>;

/** Two routes show the same view when they have the same name and key. */
export const sameView = (a: Route, b: Route) =>
	a.name === b.name && viewOf(a).key?.(a) === viewOf(b).key?.(b);

export const lazyViews = new LazyViews<RouteName>(ROUTE_VIEWS);
