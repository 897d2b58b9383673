import type { BriefFields } from '../content/brief';
import { dateProblem, MAX_URL_LENGTH } from '../content/validate';
import { httpUrl } from '../lib/http-url';

/** What the import report says about one item: the file, the item, and what happened to it. */
export interface ItemReport {
	file: string;
	label: string;
	reason: string;
}

/** One entry of an imported file, before it becomes a brief: fields, or why it can't be one. */
export interface ImportItem {
	/** Stable identity within its format (feed item id, guid, link…): re-imports update, not add. */
	key: string;
	/** How the report names it: its title, or its position. */
	label: string;
	fields?: BriefFields;
	problem?: string;
	/** What was left out of an item that was still imported (an impossible date, a huge URL). */
	notes?: string[];
}

/**
 * An item read only when the importer gets to it: shaping one means sanitising and parsing its
 * HTML (milliseconds each), and shaping all 10,000 of a feed at once held the page for a minute.
 * The importer reads them one by one and gives the page its thread back between them.
 */
export type LazyItem = () => ImportItem;

/**
 * An http(s) URL, or nothing: feeds' links and images are never trusted to be safe. One longer
 * than MAX_URL_LENGTH is dropped, and `notes` says so (the item is still worth importing).
 */
export function importedUrl(
	value: unknown,
	what: 'image' | 'link' = 'link',
	notes?: string[]
): string | undefined {
	if (typeof value !== 'string' || !httpUrl(value.trim())) return undefined;
	// As written, not as the parser normalises it: the stored brief and its hash stay as imported.
	const url = value.trim();
	if (url.length <= MAX_URL_LENGTH) return url;
	notes?.push(`imported without its ${what}: the URL is longer than ${MAX_URL_LENGTH} characters`);
	return undefined;
}

export const text = (value: unknown): string =>
	typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';

// ISO 8601 / RFC 3339 (JSON Feed, Atom, front matter): the day is the first ten characters.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
// RFC 822 / 2822 (RSS): "Fri, 16 Jan 2026 10:00:00 -0500"; the weekday is optional.
const RFC822_DAY =
	/^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})(?:$|\s)/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The day a feed's date names, as written: "1999-12-31T23:30-05:00" is 1999-12-31, the day in the
 * feed's own offset (converting to UTC moved it to the next day). Only the two forms feeds are
 * specified to use are read; anything else, an impossible day (2026-02-30, which Date rolled over
 * into March) or a year before 100 (JavaScript dates read those as 19xx, and no news is that old)
 * imports the item without a date, and `notes` says why.
 */
export function isoDay(value: unknown, notes?: string[]): string | undefined {
	if (typeof value !== 'string' || !value.trim()) return undefined;
	const written = value.trim();
	const iso = ISO_DAY.exec(written);
	const rfc = iso ? undefined : RFC822_DAY.exec(written);
	let day: string | undefined;
	if (iso) day = `${iso[1]}-${iso[2]}-${iso[3]}`;
	else if (rfc) {
		const month = MONTHS.indexOf(rfc[2].toLowerCase());
		const y = Number(rfc[3]);
		// RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx; three digits add 1900.
		const year =
			rfc[3].length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : rfc[3].length === 3 ? 1900 + y : y;
		if (month >= 0) day = `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(Number(rfc[1]), 2)}`;
	}
	const shown = written.slice(0, 60);
	if (!day) {
		notes?.push(`imported without a date: "${shown}" is not an ISO 8601 or RFC 822 date`);
		return undefined;
	}
	if (Number(day.slice(0, 4)) < 100) {
		notes?.push(`imported without a date: "${shown}" is before the year 100`);
		return undefined;
	}
	if (dateProblem(day)) {
		notes?.push(`imported without a date: "${shown}" is not a real calendar date`);
		return undefined;
	}
	return day;
}

/** Splits plain text into paragraphs on blank lines. */
export const paragraphs = (value: string): string[] =>
	value
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
