import type { HistoryEntry, ScrollPosition } from '../content/reading-history';
import { storage } from './storage.svelte';

/** What the reader has opened and how far they got. */
export class ReadingHistoryState {
	entries = $state.raw<HistoryEntry[]>([]);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole by liveQuery, never mutated
	readIds = $state.raw<ReadonlySet<string>>(new Set());
	continueReading = $state.raw<HistoryEntry>();
	/** Whether `continueReading` has been read: undefined then means there is nothing to continue. */
	continueLoaded = $state(false);
	loaded = $state(false);
	failure = $state<string>();

	connect(): () => void {
		if (!storage.usable) return () => {};
		const { appDatabase, watchContinueReading, watchHistory, watchReadIds } = storage.database;
		const onError = (error: unknown) => {
			this.failure = `Couldn't read your history: ${error instanceof Error ? error.message : error}`;
		};
		const subs = [
			watchHistory(appDatabase).subscribe({
				next: (entries) => {
					this.entries = entries;
					this.loaded = true;
				},
				error: onError
			}),
			watchReadIds(appDatabase).subscribe({ next: (ids) => (this.readIds = ids), error: onError }),
			watchContinueReading(appDatabase).subscribe({
				next: (entry) => {
					this.continueReading = entry;
					this.continueLoaded = true;
				},
				error: onError
			})
		];
		return () => subs.forEach((s) => s.unsubscribe());
	}

	entryFor(briefId: string): HistoryEntry | undefined {
		return this.entries.find((e) => e.brief.id === briefId);
	}

	// Without a database there is nowhere to keep history: reading goes on, unrecorded.
	markRead = async (briefId: string) => {
		if (storage.usable) await storage.database.markRead(storage.database.appDatabase, briefId);
	};
	recordProgress = async (briefId: string, position: ScrollPosition) => {
		if (!storage.usable) return;
		const { appDatabase, recordProgress } = storage.database;
		await recordProgress(appDatabase, briefId, position);
	};
	clear = async () => {
		if (storage.usable) await storage.database.clearHistory(storage.database.appDatabase);
	};
}

export const readingHistory = new ReadingHistoryState();
