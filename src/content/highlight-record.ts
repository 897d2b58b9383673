import type { StoredBrief } from './brief';
import type { HighlightAnchor } from './highlight-anchor';

/** A passage the reader highlighted, with an optional note. Kept even when the text changes. */
export interface HighlightRecord {
	/** Random, URL-safe: the article links to `#highlight-<id>`. */
	id: string;
	briefId: string;
	createdAt: number;
	/** When the note last changed; a restore keeps the later of two copies. */
	updatedAt: number;
	note: string;
	anchor: HighlightAnchor;
}

/** A highlight with its brief; the brief is gone when an imported brief was removed. */
export interface HighlightEntry extends HighlightRecord {
	brief?: StoredBrief;
}
