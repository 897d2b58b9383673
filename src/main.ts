import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerServiceWorker } from './lib/register-service-worker';
import { content } from './state/content.svelte';

mount(App, { target: document.getElementById('app')! });
void content.sync();
registerServiceWorker();
