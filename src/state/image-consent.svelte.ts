import { SvelteSet } from 'svelte/reactivity';

const STORAGE_KEY = 'briefs.imageHosts';

function storedHosts(): string[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
		return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
	} catch {
		return [];
	}
}

/**
 * Hosts whose images the reader has allowed in imported briefs. An imported brief's image URL comes
 * from whoever wrote the feed, and fetching it tells that host who reads what and when (the policy
 * allows any https: image), so nothing is fetched from a host until the reader allows it, once per
 * host. Published briefs' images are the app's own choice and load as they always have.
 */
class ImageConsent {
	#hosts = new SvelteSet<string>(typeof localStorage === 'undefined' ? [] : storedHosts());

	allows(host: string): boolean {
		return this.#hosts.has(host);
	}

	allow(host: string): void {
		this.#hosts.add(host);
		try {
			localStorage.setItem(STORAGE_KEY, JSON.stringify([...this.#hosts]));
		} catch {
			// Private modes may refuse storage: allowed for this visit only.
		}
	}
}

export const imageConsent = new ImageConsent();
