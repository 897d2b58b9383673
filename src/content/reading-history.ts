import type { StoredBrief } from './brief';

/** Where the reader is in an article: the share of the way down, and the exact offset. */
export interface ScrollPosition {
	/** How far down the article the reader got, 0–1. */
	progress: number;
	/** The exact scroll offset, valid while the layout width is the same. */
	scrollY: number;
	layoutWidth: number;
}

export interface HistoryRecord extends ScrollPosition {
	briefId: string;
	/** When the brief was last opened (ms since epoch): History is newest first. */
	readAt: number;
}

export interface HistoryEntry extends HistoryRecord {
	brief: StoredBrief;
}

/** Below this the reader has barely started; above it they have finished. */
export const RESUME_MIN = 0.02;
export const RESUME_MAX = 0.95;

/** Started and not finished: what "Continue reading" offers and History links back into. */
export const isUnfinished = ({ progress }: Pick<ScrollPosition, 'progress'>) =>
	progress >= RESUME_MIN && progress <= RESUME_MAX;
