import { inBrowser } from '../lib/in-browser';
import { serverReachable } from '../lib/reachability';

/** While offline, how often to look whether the network is back. */
const RECHECK_MS = 5_000;

/** Whether Briefs can reach its server: the browser's own flag, corrected by a real request. */
export class Connectivity {
	#browserOnline = $state(!inBrowser || navigator.onLine);
	#reachable = $state(true);
	#recheck?: ReturnType<typeof setTimeout>;
	online = $derived(this.#browserOnline && this.#reachable);

	constructor() {
		if (!inBrowser) return;
		addEventListener('online', () => {
			this.#browserOnline = true;
			void this.check();
		});
		addEventListener('offline', () => (this.#browserOnline = false));
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void this.check();
		});
	}

	async check(): Promise<void> {
		clearTimeout(this.#recheck);
		this.#reachable = await serverReachable();
		if (!this.#reachable) this.#recheck = setTimeout(() => void this.check(), RECHECK_MS);
	}
}

export const connectivity = new Connectivity();
