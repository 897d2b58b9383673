import { flushSync } from 'svelte';

/**
 * Reads `read` in an effect, the way a component's template does, until `stop`: what a state
 * class gives a reader, and what subscribes it. `seen` is every value the effect read.
 */
export function watch<T>(read: () => T) {
	const seen: T[] = [];
	const stop = $effect.root(() => {
		$effect(() => {
			seen.push(read());
		});
	});
	flushSync();
	return {
		seen,
		get value(): T {
			return seen[seen.length - 1];
		},
		/** Ends the reader; its subscriptions end a microtask later, as Svelte counts them down. */
		async stop() {
			stop();
			await Promise.resolve();
			await Promise.resolve();
		}
	};
}
