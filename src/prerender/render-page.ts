// Loaded by the build (src/prerender/vite-plugin.ts) through Vite's server-side module runner, so
// that the pages are rendered by the app's own components, compiled for the server.
import { render } from 'svelte/server';
import App from '../App.svelte';
import { lazyViews } from '../route-views';
import { setPrerenderedPage, type PrerenderedPage } from '../lib/prerendered-page';
import { router } from '../state/router.svelte';
import { matchRoute } from '../state/routes';

/** The app's markup at `page.path`, as its first render in the browser will produce it. */
export async function renderPage(page: PrerenderedPage): Promise<string> {
	const route = matchRoute(page.path);
	// Loaded views render at once; the browser loads the same one before it hydrates.
	await lazyViews.load(route.name);
	setPrerenderedPage(page);
	router.renderAt(page.path);
	try {
		return render(App).body;
	} finally {
		setPrerenderedPage(undefined);
	}
}
