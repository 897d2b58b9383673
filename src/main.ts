import { flushSync, hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { holdEarlyPresses } from './lib/early-presses';
import { nextTask } from './lib/page-yield';
import { prerenderedPage } from './lib/prerendered-page';
import { refreshWhenVisible } from './lib/refresh-when-visible';
import { reloadOnStaleChunk } from './lib/reload-on-stale-chunk';
import { connectivity } from './state/connectivity.svelte';
import { content } from './state/content.svelte';
import { install } from './state/install.svelte';
import { library } from './state/library.svelte';
import { listen } from './state/listen.svelte';
import { pwa } from './state/pwa.svelte';
import { loadStoredIndex } from './state/search.svelte';
import { lazyViews, sameView } from './route-views';
import { router } from './state/router.svelte';
import { matchRoute } from './state/routes';

/**
 * A page the build rendered is taken over where it stands (hydrated), so the reader sees no flash.
 * A page built for another view (404.html answering the address of an imported brief) is replaced.
 */
async function start(target: HTMLElement) {
	const page = prerenderedPage();
	const route = router.route;
	if (page && sameView(matchRoute(page.path), route)) {
		const presses = holdEarlyPresses(target);
		// The feed is in the entry chunk, but it still hydrates in a task of its own: the page is
		// painted and answers input between the entry's evaluation and hydration, instead of
		// waiting for both at once.
		if (!lazyViews.loaded[route.name]) await lazyViews.load(route.name);
		else await nextTask();
		if (lazyViews.loaded[route.name]) {
			hydrate(App, { target });
			flushSync();
			presses.replay();
			return;
		}
		presses.drop();
	}
	target.replaceChildren();
	mount(App, { target });
}

/**
 * What the first paint does not wait for, a task each after the page is the app's: one task
 * holding all of it kept the page from answering a tap for longest on the reader's first visit.
 */
const AFTER_START: (() => void)[] = [
	() => void content.sync(),
	// A queue heard before a reload comes back paused, once its briefs can be read.
	() =>
		void library
			.open()
			.then(() => listen.restore((ids) => library.briefsById(ids)))
			.catch((error: unknown) => console.warn('Restoring the listening queue failed', error)),
	() => void connectivity.check(),
	() => pwa.register()
];

async function boot(target: HTMLElement) {
	await start(target);
	for (const step of AFTER_START) {
		await nextTask();
		step();
	}
}

reloadOnStaleChunk();
install.listen();
// A deploy made while the reader was offline is picked up as soon as the network returns.
addEventListener('online', () => void content.sync());
refreshWhenVisible(
	() => content.checkedAt,
	() => void content.sync()
);
// On a first visit the manifest was fetched before the worker took control; fetch it again through
// the worker so that a copy is cached for offline starts.
navigator.serviceWorker?.addEventListener('controllerchange', () => void content.sync());
void loadStoredIndex();
void boot(document.getElementById('app')!);
