import { createSubscriber } from 'svelte/reactivity';
import { failureMessage } from '../lib/error-message';

/** Where a running query puts what storage says. */
export interface Answers<T> {
	next(value: T): void;
	error(error: unknown): void;
}

/** Starts a query that answers into `answers`; returns what stops it. */
export type Start<T> = (answers: Answers<T>) => () => void;

/**
 * A value kept up to date from storage for as long as something reactive reads it: the first
 * effect (or template) to read it starts the query, and the query stops when the last one is gone
 * (Svelte's createSubscriber). Read outside an effect, it gives the last answer and starts nothing.
 */
export class Live<T> {
	#value = $state.raw() as T;
	#loaded = $state(false);
	#failure = $state.raw<unknown>();
	#subscribe: () => void;

	constructor(initial: T, start: Start<T>) {
		this.#value = initial;
		this.#subscribe = createSubscriber(() => {
			let running = true;
			const stop = start({
				next: (value) => {
					if (!running) return;
					this.#value = value;
					this.#loaded = true;
					this.#failure = undefined;
				},
				error: (error) => {
					if (running) this.#failure = error ?? new Error('unknown failure');
				}
			});
			return () => {
				running = false;
				stop();
				// A reader who comes back waits for a fresh answer, not one from before it left.
				this.#loaded = false;
			};
		});
	}

	/** The latest answer, or the initial value until there is one. */
	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	/** Whether the running query has answered. */
	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}

	/** Why the query failed; undefined while it works. */
	get failure(): unknown {
		this.#subscribe();
		return this.#failure;
	}
}

/**
 * The answers of a query whose inputs change (a feed page that grows, a filter that changes):
 * each change makes a new query, and until that one answers the answer before it stands, so a
 * list on screen never empties while it grows.
 */
export class LatestAnswer<T> {
	readonly #initial: T;
	readonly #make: () => Live<T>;
	/** What the queries made so far last said: a cache of their answers, not state of its own. */
	#last?: { value: T };
	#query = $derived.by(() => this.#make());
	#latest = $derived.by(() => {
		const query = this.#query;
		if (query.loaded) this.#last = { value: query.current };
		return this.#last;
	});

	constructor(initial: T, query: () => Live<T>) {
		this.#initial = initial;
		this.#make = query;
	}

	get current(): T {
		return this.#latest ? this.#latest.value : this.#initial;
	}

	/** Whether any of the queries has answered. */
	get answered(): boolean {
		return this.#latest !== undefined;
	}

	get failure(): unknown {
		return this.#query.failure;
	}
}

/** The reader's sentence for the first of these failures; undefined when there is none. */
export function failureNotice(what: string, ...failures: unknown[]): string | undefined {
	const failure = failures.find((f) => f !== undefined);
	return failure === undefined ? undefined : failureMessage(what, failure);
}
