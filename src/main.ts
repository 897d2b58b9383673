import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { refreshWhenVisible } from './lib/refresh-when-visible';
import { reloadOnStaleChunk } from './lib/reload-on-stale-chunk';
import { connectivity } from './state/connectivity.svelte';
import { content } from './state/content.svelte';
import { install } from './state/install.svelte';
import { pwa } from './state/pwa.svelte';

reloadOnStaleChunk();
install.listen();
mount(App, { target: document.getElementById('app')! });
void content.sync();
void connectivity.check();
// A deploy made while the reader was offline is picked up as soon as the network returns.
addEventListener('online', () => void content.sync());
refreshWhenVisible(
	() => content.checkedAt,
	() => void content.sync()
);
// On a first visit the manifest was fetched before the worker took control; fetch it again through
// the worker so that a copy is cached for offline starts.
navigator.serviceWorker?.addEventListener('controllerchange', () => void content.sync());
pwa.register();
