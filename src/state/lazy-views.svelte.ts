import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each view has its own props
export type AnyComponent = Component<any>;

/**
 * Where a view comes from: in the entry chunk already, or fetched when first opened. A load
 * resolves to undefined when the stale-chunk guard cancelled its error: the page is reloading.
 */
export type ViewSource =
	{ view: AnyComponent } | { load: () => Promise<{ default: AnyComponent } | undefined> };

/** The views loaded so far; one that is loaded renders at once, with no loading state. */
export class LazyViews<Name extends string> {
	loaded = $state.raw<Partial<Record<Name, AnyComponent>>>({});
	failed = $state.raw<Partial<Record<Name, string>>>({});
	#sources: Record<Name, ViewSource>;
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- requests in flight, never shown
	#pending = new Map<Name, Promise<void>>();

	constructor(sources: Record<Name, ViewSource>) {
		this.#sources = sources;
		const eager: Partial<Record<Name, AnyComponent>> = {};
		for (const name of Object.keys(sources) as Name[]) {
			const source = sources[name];
			if ('view' in source) eager[name] = source.view;
		}
		this.loaded = eager;
	}

	/** Starts loading a view's chunk; overlapping calls share one request. */
	load(name: Name): Promise<void> {
		if (this.loaded[name]) return Promise.resolve();
		const source = this.#sources[name];
		if ('view' in source) return Promise.resolve();
		let pending = this.#pending.get(name);
		if (!pending) {
			pending = source
				.load()
				.then((module) => {
					if (module) this.loaded = { ...this.loaded, [name]: module.default };
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
	retry(name: Name) {
		this.failed = { ...this.failed, [name]: undefined };
		void this.load(name);
	}
}
