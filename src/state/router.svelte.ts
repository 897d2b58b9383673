import { inBrowser } from '../lib/in-browser';
import { withViewTransition } from '../lib/view-transition';
import { matchRoute, type Route } from './routes';

/** Between the feed and an article the page moves with a view transition; elsewhere it simply changes. */
const transitions = (from: Route, to: Route) =>
	(from.name === 'feed' && to.name === 'article') ||
	(from.name === 'article' && to.name === 'feed');

/** History-API routing: the URL is the source of truth, the route is derived from it. */
export class Router {
	path = $state(inBrowser ? location.pathname : '/');
	search = $state(inBrowser ? location.search : '');
	hash = $state(inBrowser ? location.hash : '');
	route = $derived(matchRoute(this.path, this.search));

	constructor() {
		if (inBrowser) addEventListener('popstate', () => this.#change(() => this.#readLocation()));
	}

	/** The build's prerender has no location: it names the address of the page it renders. */
	renderAt(path: string) {
		this.path = path;
		this.search = '';
		this.hash = '';
	}

	/** Applies a change of location, in a view transition when it goes between feed and article. */
	#change(update: () => void) {
		const from = this.route;
		const to = matchRoute(location.pathname, location.search);
		if (transitions(from, to)) withViewTransition(update);
		else update();
	}

	#readLocation() {
		this.path = location.pathname;
		this.search = location.search;
		this.hash = location.hash;
	}

	/** `replace` rewrites the current history entry: for refinements, like each keystroke. */
	navigate(href: string, { replace = false } = {}) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- parsed once, never kept as state
		const url = new URL(href, location.href);
		if (url.href === location.href) return;
		const samePage = url.pathname === location.pathname;
		if (replace) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
		this.#change(() => {
			this.#readLocation();
			if (!url.hash && !(replace && samePage)) scrollTo(0, 0);
		});
	}

	/** Lets plain <a href="/…"> links route in-app; modified clicks keep browser behaviour. */
	handleClick = (event: MouseEvent) => {
		if (event.defaultPrevented || event.button !== 0) return;
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const anchor = (event.target as Element | null)?.closest?.('a');
		if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- parsed once, never kept as state
		const url = new URL(anchor.href, location.href);
		if (url.origin !== location.origin) return;
		event.preventDefault();
		this.navigate(url.href);
	};
}

export const router = new Router();
