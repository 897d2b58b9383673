import type { BriefFields } from '../content/brief';

/** One entry of an imported file, before it becomes a brief: fields, or why it can't be one. */
export interface ImportItem {
	/** Stable identity within its format (feed item id, guid, link…): re-imports update, not add. */
	key: string;
	/** How the report names it: its title, or its position. */
	label: string;
	fields?: BriefFields;
	problem?: string;
}

const SAFE_URL = /^https?:\/\//i;
/** An http(s) URL, or nothing: feeds' links and images are never trusted to be safe. */
export const httpUrl = (value: unknown): string | undefined =>
	typeof value === 'string' && SAFE_URL.test(value.trim()) ? value.trim() : undefined;

export const text = (value: unknown): string =>
	typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';

/** "2026-01-16T10:00:00Z", "Fri, 16 Jan 2026 10:00:00 GMT" → "2026-01-16"; junk → undefined. */
export function isoDay(value: unknown): string | undefined {
	if (typeof value !== 'string' || !value.trim()) return undefined;
	const time = Date.parse(value);
	if (Number.isNaN(time)) return undefined;
	const day = new Date(time).toISOString().slice(0, 10);
	return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** Splits plain text into paragraphs on blank lines. */
export const paragraphs = (value: string): string[] =>
	value
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
