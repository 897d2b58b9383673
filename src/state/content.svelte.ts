import { ContentFormatError, fetchBundle, fetchManifest } from '../content/load-bundle';
import { dropCachedBundles } from '../lib/content-cache';
import { failureMessage, isQuotaError } from '../lib/error-message';
import { firstPaint } from '../lib/first-paint';
import { library } from './library.svelte';
import { refreshSearchIndex } from './search.svelte';

type SyncStatus = 'idle' | 'syncing' | 'ready' | 'failed';

// Long enough for a slow phone network; the service worker answers from cache after 3 s anyway.
const SYNC_TIMEOUT_MS = 15_000;

/** Keeps stored briefs in line with the deployed content bundle. */
export class ContentState {
	status = $state<SyncStatus>('idle');
	/** The content version stored on this device. */
	version = $state<string>();
	/** A sentence for the reader when something went wrong; undefined otherwise. */
	problem = $state<string>();
	/** Set when the stored library had vanished (evicted or cleared) and was stored again. */
	restored = $state(false);

	/** When the deployed content was last asked for (ms since epoch); 0 before the first time. */
	checkedAt = 0;

	#running?: Promise<void>;

	constructor() {
		library.whenLost(() => void this.sync());
	}

	/** Checks the deployed content once; overlapping calls share one run. */
	sync(): Promise<void> {
		this.#running ??= this.#sync().finally(() => (this.#running = undefined));
		return this.#running;
	}

	async #sync(): Promise<void> {
		await library.open();
		// Held in memory the library is this visit's copy of the bundle, fetched even offline (from
		// the service worker's cache), with no stored version and no search index to keep up.
		if (library.inMemory) return this.#syncIntoMemory();
		if (!library.storesOnDevice) return;
		this.status = 'syncing';
		this.problem = undefined;
		try {
			// Known offline: asking would only fail. The stored briefs are the library.
			if (!navigator.onLine) throw new Error('offline');
			this.checkedAt = Date.now();
			const signal = AbortSignal.timeout(SYNC_TIMEOUT_MS);
			const manifest = await fetchManifest(signal);
			const stored = await library.contentVersion();
			if (stored !== manifest.version) {
				await library.storeContent(await fetchBundle(manifest, signal));
				if (stored === undefined && library.wasStoredBefore) this.restored = true;
				library.markStored();
			}
			this.version = manifest.version;
			this.status = 'ready';
			void dropCachedBundles();
		} catch (error) {
			// Offline with briefs already stored is normal: the reader keeps what they have.
			const stored = await library.contentVersion().catch(() => undefined);
			this.version = stored;
			this.status = stored ? 'ready' : 'failed';
			if (isQuotaError(error)) {
				this.problem = stored
					? "This device is out of storage space, so new briefs couldn't be saved. The briefs you had are all still here."
					: "This device is out of storage space, so briefs couldn't be saved.";
			} else if (!stored) {
				this.problem = failureMessage("Couldn't load briefs", error);
			} else if (error instanceof ContentFormatError) {
				// A broken deploy: nothing of it was stored, and the reader is told why news is missing.
				this.problem = `The latest briefs were refused (${error.message}). The briefs you had are all still here.`;
			}
			if (navigator.onLine) console.warn('Content sync failed', error);
		}
		// Also when nothing changed: the worker loads its saved index before the first search.
		// Outside this run: a sync asked for meanwhile (storage lost and back) must not be answered
		// by one that is only waiting for the worker.
		void this.#refreshSearch();
	}

	async #refreshSearch(): Promise<void> {
		// Not before the first page of the feed is on screen: the worker loading its index would
		// compete with it for the CPU and IndexedDB (a search typed meanwhile starts the worker).
		await firstPaint;
		await refreshSearchIndex();
	}

	/** No database: the deployed bundle (from the service worker's cache offline) is the library. */
	async #syncIntoMemory(): Promise<void> {
		if (library.holdsBriefsInMemory) {
			this.status = 'ready';
			return;
		}
		this.status = 'syncing';
		try {
			const signal = AbortSignal.timeout(SYNC_TIMEOUT_MS);
			const manifest = await fetchManifest(signal);
			library.holdInMemory((await fetchBundle(manifest, signal)).briefs);
			this.version = manifest.version;
			this.status = 'ready';
		} catch (error) {
			this.status = 'failed';
			this.problem = failureMessage("Couldn't load briefs", error);
		}
	}
}

export const content = new ContentState();
