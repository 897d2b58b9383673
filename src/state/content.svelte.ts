import { fetchBundle, fetchManifest } from '../content/load-bundle';
import { appDatabase } from '../db/app-database';
import { applyContentBundle, storedContentVersion } from '../db/seed';
import { refreshSearchIndex } from './search.svelte';

type SyncStatus = 'idle' | 'syncing' | 'ready' | 'failed';

/** Keeps stored briefs in line with the deployed content bundle. */
export class ContentState {
	status = $state<SyncStatus>('idle');
	/** A sentence for the reader when something went wrong; undefined otherwise. */
	problem = $state<string>();

	async sync(): Promise<void> {
		this.status = 'syncing';
		this.problem = undefined;
		try {
			const manifest = await fetchManifest();
			if ((await storedContentVersion(appDatabase)) !== manifest.version) {
				await applyContentBundle(appDatabase, await fetchBundle(manifest));
			}
			this.status = 'ready';
		} catch (error) {
			// Offline with briefs already stored is normal: the reader keeps what they have.
			const stored = await storedContentVersion(appDatabase).catch(() => undefined);
			this.status = stored ? 'ready' : 'failed';
			if (!stored) {
				this.problem = `Couldn't load briefs: ${error instanceof Error ? error.message : String(error)}`;
			}
			console.warn('Content sync failed', error);
		}
		// Also when nothing changed: the worker loads its saved index before the first search.
		await refreshSearchIndex();
	}
}

export const content = new ContentState();
