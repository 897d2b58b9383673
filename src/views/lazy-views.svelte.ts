import type { Component } from 'svelte';
import type { Route } from '../state/routes';

// Only the feed is in the entry chunk: a cold start pays for what its first paint needs, and
// every other view (with what it alone uses) is fetched when first opened. The service worker
// precaches these chunks, so offline they come from its cache as fast as the entry did.
const loaders = {
	article: () => import('./Article.svelte'),
	saved: () => import('./Saved.svelte'),
	highlights: () => import('./Highlights.svelte'),
	history: () => import('./History.svelte'),
	settings: () => import('./Settings.svelte'),
	skim: () => import('./Skim.svelte'),
	about: () => import('./About.svelte'),
	import: () => import('./Import.svelte'),
	shared: () => import('./Shared.svelte'),
	continue: () => import('./Continue.svelte'),
	search: () => import('./Search.svelte'),
	'not-found': () => import('./NotFound.svelte')
} satisfies Record<Exclude<Route['name'], 'feed'>, () => Promise<{ default: unknown }>>;

export type LazyViewName = keyof typeof loaders;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view has its own props
type AnyComponent = Component<any>;

/** The views loaded so far; one that is loaded renders at once, with no loading state. */
class LazyViews {
	loaded = $state.raw<Partial<Record<LazyViewName, AnyComponent>>>({});
	failed = $state.raw<Partial<Record<LazyViewName, string>>>({});
	#pending = new Map<LazyViewName, Promise<void>>();

	/** Starts loading a view's chunk; overlapping calls share one request. */
	load(name: LazyViewName): Promise<void> {
		if (this.loaded[name]) return Promise.resolve();
		let pending = this.#pending.get(name);
		if (!pending) {
			pending = loaders[name]()
				.then((module) => {
					// undefined when the stale-chunk guard cancelled the error: the page is reloading.
					if (module) this.loaded = { ...this.loaded, [name]: module.default as AnyComponent };
				})
				.catch((error: unknown) => {
					this.failed = {
						...this.failed,
						[name]: error instanceof Error ? error.message : String(error)
					};
				})
				.finally(() => this.#pending.delete(name));
			this.#pending.set(name, pending);
		}
		return pending;
	}

	/** Forgets a failure, so the next `load` asks again. */
	retry(name: LazyViewName) {
		this.failed = { ...this.failed, [name]: undefined };
		void this.load(name);
	}
}

export const lazyViews = new LazyViews();
