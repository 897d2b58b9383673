/** Set once the app was installed from here: the offer never comes back, even in a browser tab. */
const INSTALLED_MARK = 'briefs.installed';

/** Chromium's install offer; not in TypeScript's DOM types. */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * "Install Briefs": offered where the browser fires `beforeinstallprompt` (Chromium), explained
 * where it never does but the reader can still add it (iOS Safari's Share menu).
 */
export class InstallState {
	installed = $state(wasInstalled());
	#offer = $state.raw<BeforeInstallPromptEvent>();
	canInstall = $derived(!this.installed && this.#offer !== undefined);
	showIosHelp = $derived(!this.installed && isIos());

	/** From the start: the browser may fire the offer before any view is on screen. */
	listen() {
		addEventListener('beforeinstallprompt', (event) => {
			// Our button instead of the browser's own mini-infobar.
			event.preventDefault();
			this.#offer = event as BeforeInstallPromptEvent;
		});
		addEventListener('appinstalled', () => this.#markInstalled());
	}

	async install() {
		const offer = this.#offer;
		if (!offer) return;
		// An offer can be shown once; a dismissed one comes back with the browser's next event.
		this.#offer = undefined;
		await offer.prompt();
		if ((await offer.userChoice).outcome === 'accepted') this.#markInstalled();
	}

	#markInstalled() {
		this.installed = true;
		try {
			localStorage.setItem(INSTALLED_MARK, '1');
		} catch {
			// Without storage the installed app still hides it: it runs standalone.
		}
	}
}

function wasInstalled(): boolean {
	// The build renders pages on the server, where there is no window to ask.
	if (typeof matchMedia !== 'function') return false;
	if (matchMedia('(display-mode: standalone)').matches) return true;
	if ((navigator as { standalone?: boolean }).standalone) return true;
	try {
		return localStorage.getItem(INSTALLED_MARK) !== null;
	} catch {
		return false;
	}
}

/** iPhone and iPad (which says it is a Mac, but has touch). */
const isIos = () =>
	typeof navigator !== 'undefined' &&
	(/iPhone|iPad|iPod/.test(navigator.userAgent) ||
		(/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1));

export const install = new InstallState();
