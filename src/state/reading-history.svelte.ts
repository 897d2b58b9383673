import { appDatabase } from '../db/app-database';
import {
	clearHistory,
	markRead,
	recordProgress,
	watchContinueReading,
	watchHistory,
	watchReadIds,
	type HistoryEntry,
	type ScrollPosition
} from '../db/history';

/** What the reader has opened and how far they got. */
export class ReadingHistoryState {
	entries = $state.raw<HistoryEntry[]>([]);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole by liveQuery, never mutated
	readIds = $state.raw<ReadonlySet<string>>(new Set());
	continueReading = $state.raw<HistoryEntry>();
	loaded = $state(false);
	failure = $state<string>();

	connect(): () => void {
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
				next: (entry) => (this.continueReading = entry),
				error: onError
			})
		];
		return () => subs.forEach((s) => s.unsubscribe());
	}

	entryFor(briefId: string): HistoryEntry | undefined {
		return this.entries.find((e) => e.brief.id === briefId);
	}

	markRead = (briefId: string) => markRead(appDatabase, briefId);
	recordProgress = (briefId: string, position: ScrollPosition) =>
		recordProgress(appDatabase, briefId, position);
	clear = () => clearHistory(appDatabase);
}

export const readingHistory = new ReadingHistoryState();
