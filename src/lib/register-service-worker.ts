import { registerSW } from 'virtual:pwa-register';

/** Installs the offline worker in production builds; the dev server runs without one. */
export function registerServiceWorker(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	registerSW({
		immediate: true,
		onRegisterError: (error: unknown) => console.warn('Service worker registration failed', error)
	});
}
