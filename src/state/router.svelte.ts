import { matchRoute } from './routes';

/** History-API routing: the URL is the source of truth, the route is derived from it. */
export class Router {
	path = $state(location.pathname);
	hash = $state(location.hash);
	route = $derived(matchRoute(this.path));

	constructor() {
		addEventListener('popstate', () => this.#readLocation());
	}

	#readLocation() {
		this.path = location.pathname;
		this.hash = location.hash;
	}

	navigate(href: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- parsed once, never kept as state
		const url = new URL(href, location.href);
		if (url.href === location.href) return;
		history.pushState(null, '', url);
		this.#readLocation();
		if (!url.hash) scrollTo(0, 0);
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
