/**
 * The service worker never answers this URL (see vite.config.ts), so it tells whether the server
 * itself can be reached: navigator.onLine alone says "online" on a network with no way out.
 */
export const REACHABILITY_URL = '/content/manifest.json?reachability';

export async function serverReachable(): Promise<boolean> {
	try {
		await fetch(REACHABILITY_URL, { method: 'HEAD', cache: 'no-store' });
		return true;
	} catch {
		return false;
	}
}
