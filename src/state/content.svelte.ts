import { fetchBundle, fetchManifest } from '../content/load-bundle';
import { appDatabase } from '../db/app-database';
import { applyContentBundle, storedContentVersion } from '../db/seed';
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

	#running?: Promise<void>;

	/** Checks the deployed content once; overlapping calls share one run. */
	sync(): Promise<void> {
		this.#running ??= this.#sync().finally(() => (this.#running = undefined));
		return this.#running;
	}

	async #sync(): Promise<void> {
		this.status = 'syncing';
		this.problem = undefined;
		try {
			// Known offline: asking would only fail. The stored briefs are the library.
			if (!navigator.onLine) throw new Error('offline');
			const signal = AbortSignal.timeout(SYNC_TIMEOUT_MS);
			const manifest = await fetchManifest(signal);
			if ((await storedContentVersion(appDatabase)) !== manifest.version) {
				await applyContentBundle(appDatabase, await fetchBundle(manifest, signal));
			}
			this.version = manifest.version;
			this.status = 'ready';
		} catch (error) {
			// Offline with briefs already stored is normal: the reader keeps what they have.
			const stored = await storedContentVersion(appDatabase).catch(() => undefined);
			this.version = stored;
			this.status = stored ? 'ready' : 'failed';
			if (!stored) {
				this.problem = `Couldn't load briefs: ${error instanceof Error ? error.message : String(error)}`;
			}
			if (navigator.onLine) console.warn('Content sync failed', error);
		}
		// Also when nothing changed: the worker loads its saved index before the first search.
		await refreshSearchIndex();
	}
}

export const content = new ContentState();
