import { describe, expect, it } from 'vitest';
import { LazyViews, type AnyComponent } from '../../../src/state/lazy-views.svelte';

const Eager = (() => {}) as unknown as AnyComponent;
const Later = (() => {}) as unknown as AnyComponent;

function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

describe('LazyViews', () => {
	it('has an eager view loaded from the start', async () => {
		const views = new LazyViews({ feed: { view: Eager } });
		expect(views.loaded.feed).toBe(Eager);
		await views.load('feed');
		expect(views.loaded.feed).toBe(Eager);
	});

	it('fetches a lazy view once, however many ask while it is on its way', async () => {
		let calls = 0;
		const chunk = deferred<{ default: AnyComponent }>();
		const views = new LazyViews({
			later: {
				load: () => {
					calls++;
					return chunk.promise;
				}
			}
		});
		expect(views.loaded.later).toBeUndefined();
		const first = views.load('later');
		const second = views.load('later');
		chunk.resolve({ default: Later });
		await Promise.all([first, second]);
		expect(calls).toBe(1);
		expect(views.loaded.later).toBe(Later);
		await views.load('later');
		expect(calls).toBe(1);
	});

	it('keeps the failure’s message, and asks again on retry', async () => {
		let fail = true;
		const views = new LazyViews({
			later: {
				load: async () => {
					if (fail) throw new Error('Failed to fetch dynamically imported module');
					return { default: Later };
				}
			}
		});
		await views.load('later');
		expect(views.failed.later).toBe('Failed to fetch dynamically imported module');
		expect(views.loaded.later).toBeUndefined();
		fail = false;
		views.retry('later');
		expect(views.failed.later).toBeUndefined();
		await views.load('later');
		expect(views.loaded.later).toBe(Later);
	});

	it('leaves a view unloaded, and not failed, when the stale-chunk guard reloads the page', async () => {
		const views = new LazyViews({ later: { load: async () => undefined } });
		await views.load('later');
		expect(views.loaded.later).toBeUndefined();
		expect(views.failed.later).toBeUndefined();
	});
});
