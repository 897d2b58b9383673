import type { HighlightRecord } from '../content/highlight-record';
import { checkHighlights } from '../import/highlight-records';
import { isRecord } from '../lib/is-record';

/**
 * A change the reader made that must survive the page going away before IndexedDB commits it.
 * The view shows a change as soon as Dexie has it, which is before the commit: a reader who saves
 * a highlight and at once reloads, follows a link out or closes the tab would lose it. Each one is
 * written to localStorage first, which is synchronous, and forgotten once its transaction has
 * committed; one left over is applied when the library next opens.
 */
export type PendingWrite =
	| { kind: 'highlight'; record: HighlightRecord }
	| { kind: 'unhighlight'; id: string }
	| { kind: 'save'; briefId: string; at: number }
	| { kind: 'unsave'; briefId: string };

/** One key per write: two tabs never rewrite each other's list. */
const PREFIX = 'briefs.pending-write:';
const MAX_ID_LENGTH = 200;
let counter = 0;

/** Keeps `write` until the returned function is called: after its transaction, done or failed. */
export function holdWrite(write: PendingWrite): () => void {
	// Time first, so that sorting the keys replays writes in the order they were made.
	const key = `${PREFIX}${Date.now().toString(36).padStart(9, '0')}-${(counter++).toString(36).padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
	try {
		localStorage.setItem(key, JSON.stringify(write));
	} catch {
		// No localStorage (a blocked setting, or full): the write is only as safe as IndexedDB.
		return () => {};
	}
	return () => forget(key);
}

function forget(key: string) {
	try {
		localStorage.removeItem(key);
	} catch {
		// Gone with the storage itself.
	}
}

/** Runs `write`'s transaction with the write held until it has committed or failed. */
export async function whileHeld<T>(write: PendingWrite, run: () => Promise<T>): Promise<T> {
	const release = holdWrite(write);
	try {
		return await run();
	} finally {
		release();
	}
}

/** Writes held and never let go (the page went away first), oldest first, each with its release. */
export function heldWrites(): { write: PendingWrite; release: () => void }[] {
	let keys: string[];
	try {
		keys = Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
	} catch {
		return [];
	}
	return keys.sort().flatMap((key) => {
		const release = () => forget(key);
		let write: PendingWrite | undefined;
		try {
			write = checkedWrite(JSON.parse(localStorage.getItem(key) ?? 'null'));
		} catch {
			write = undefined;
		}
		// localStorage can be edited by anyone at the keyboard: what isn't a write is dropped.
		if (!write) {
			release();
			return [];
		}
		return [{ write, release }];
	});
}

const isId = (v: unknown): v is string =>
	typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH;

function checkedWrite(value: unknown): PendingWrite | undefined {
	if (!isRecord(value)) return;
	switch (value.kind) {
		case 'highlight': {
			const [record] = checkHighlights([value.record]);
			return record && { kind: 'highlight', record };
		}
		case 'unhighlight':
			return isId(value.id) ? { kind: 'unhighlight', id: value.id } : undefined;
		case 'save':
			return isId(value.briefId) && typeof value.at === 'number' && Number.isFinite(value.at)
				? { kind: 'save', briefId: value.briefId, at: value.at }
				: undefined;
		case 'unsave':
			return isId(value.briefId) ? { kind: 'unsave', briefId: value.briefId } : undefined;
	}
}
