import { MAX_NOTE_LENGTH, type HighlightAnchor } from '../content/highlight-anchor';
import type { HighlightEntry, HighlightRecord } from '../content/highlight-record';
import { storage } from './storage.svelte';

export { MAX_NOTE_LENGTH };

const message = (what: string, error: unknown) =>
	`${what}: ${error instanceof Error ? error.message : String(error)}`;

/** Random and URL-safe: it is the `#highlight-<id>` in a link. */
function newHighlightId() {
	const bytes = crypto.getRandomValues(new Uint8Array(8));
	return `h-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** Every highlight (the /highlights page), and the verbs that change them. */
export class HighlightsState {
	items = $state.raw<HighlightEntry[]>([]);
	loaded = $state(false);
	failure = $state<string>();

	connect(): () => void {
		if (!storage.usable) return () => {};
		const { appDatabase, watchHighlights } = storage.database;
		const sub = watchHighlights(appDatabase).subscribe({
			next: (items) => {
				this.items = items;
				this.loaded = true;
			},
			error: (error: unknown) => (this.failure = message("Couldn't read your highlights", error))
		});
		return () => sub.unsubscribe();
	}

	/** Stores a highlight; false (and `failure` says why) when it could not be kept. */
	add = async (briefId: string, anchor: HighlightAnchor, note: string): Promise<boolean> => {
		if (!storage.usable) {
			this.failure = "Highlights can't be kept: this browser isn't letting Briefs store anything.";
			return false;
		}
		const now = Date.now();
		const record: HighlightRecord = {
			id: newHighlightId(),
			briefId,
			createdAt: now,
			updatedAt: now,
			note: note.slice(0, MAX_NOTE_LENGTH),
			// A plain copy: IndexedDB cannot store a reactive proxy.
			anchor: { ...anchor }
		};
		try {
			await storage.database.addHighlight(storage.database.appDatabase, record);
			this.failure = undefined;
			return true;
		} catch (error) {
			this.failure = message("Couldn't save the highlight", error);
			return false;
		}
	};

	remove = async (id: string) => {
		if (!storage.usable) return;
		try {
			await storage.database.removeHighlight(storage.database.appDatabase, id);
		} catch (error) {
			this.failure = message("Couldn't remove the highlight", error);
		}
	};
}

/** One article's highlights, in the order they were made. */
export class BriefHighlightsState {
	list = $state.raw<HighlightRecord[]>([]);

	connect(briefId: string): () => void {
		if (!storage.usable) return () => {};
		const { appDatabase, watchBriefHighlights } = storage.database;
		const sub = watchBriefHighlights(appDatabase, briefId).subscribe({
			next: (list) => (this.list = list),
			error: (error: unknown) => console.warn("Couldn't read this brief's highlights", error)
		});
		return () => sub.unsubscribe();
	}
}

export const highlights = new HighlightsState();
