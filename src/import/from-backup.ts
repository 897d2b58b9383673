import { isRank, type ImportFormat, type StoredBrief } from '../content/brief';
import { readBriefFields } from '../content/brief-shape';
import type { HighlightRecord } from '../content/highlight-record';
import type { ReaderSettings } from '../content/reader-settings';
import type { HistoryRecord } from '../content/reading-history';
import type { SavedRecord } from '../content/saved-brief';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../content/backup-format';
import { normaliseSettings } from '../content/reader-settings';
import { checkHighlights } from './highlight-records';
import { ImportFileError } from './import-error';
import type { ItemReport } from './import-item';
import { MAX_IMPORT_ITEMS } from './limits';
import { sanitizeHtml } from './sanitize-html';
import { isRecord } from '../lib/is-record';

export interface CheckedBackup {
	/** Imported briefs as the backup holds them; slug and hash are derived again on import. */
	briefs: Omit<StoredBrief, 'slug' | 'contentHash'>[];
	saved: SavedRecord[];
	history: HistoryRecord[];
	/** Only the settings the backup has and Briefs understands; absent, the reader's stay. */
	settings?: Partial<ReaderSettings>;
	/** Records left out, each named, with why. */
	skipped: ItemReport[];
	highlights: HighlightRecord[];
}

/**
 * How far past the moment of import a backup's time may be: another device's clock may run a
 * little ahead. Anything later (1e300, say) is not a time: it would break every date shown
 * ("Invalid time value") and pin the record to the top of History forever.
 */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;
/** Scroll offsets and layout widths are pixels; more than this is not a page. */
const MAX_PIXELS = 1e8;

const FORMATS: readonly ImportFormat[] = ['brief', 'markdown', 'json-feed', 'rss', 'atom'];
const isString = (v: unknown): v is string => typeof v === 'string';
const inRange = (v: unknown, max: number): v is number =>
	typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;

export const isBackup = (data: unknown): boolean => isRecord(data) && data.format === BACKUP_FORMAT;

/** A backup's imported brief, checked field by field: the file may have been edited or forged. */
function checkedBrief(value: unknown, latest: number): CheckedBackup['briefs'][number] | string {
	if (!isRecord(value) || !isString(value.id) || !/^imp-[0-9a-f]{20}$/.test(value.id)) {
		return 'not an imported brief (its id is not imp-…)';
	}
	const { origin } = value;
	if (!isRecord(origin) || !FORMATS.includes(origin.format as ImportFormat)) {
		return '"origin" is malformed';
	}
	if (!isString(origin.file)) return '"origin" has no file name';
	if (!inRange(origin.importedAt, latest)) return 'import time is not a sane time';
	const read = readBriefFields(
		isString(value.bodyHtml) ? { ...value, bodyHtml: sanitizeHtml(value.bodyHtml) } : value
	);
	if ('problem' in read) return read.problem;
	return {
		...read.fields,
		id: value.id,
		source: origin.file,
		origin: {
			format: origin.format as ImportFormat,
			file: origin.file,
			importedAt: origin.importedAt
		},
		rank: isRank(value.rank) ? value.rank : 0
	};
}

const label = (value: unknown, fallback: string) =>
	isRecord(value) && isString(value.headline) && value.headline.trim()
		? value.headline.trim().slice(0, 100)
		: isRecord(value) && isString(value.briefId)
			? value.briefId.slice(0, 100)
			: fallback;

/** The settings a backup has, each only if Briefs understands its value. */
function checkedSettings(value: unknown): Partial<ReaderSettings> | undefined {
	if (!isRecord(value)) return undefined;
	const normal = normaliseSettings(value);
	// A value the backup has and that survives normalisation (a list: one the backup has as a list).
	const known = (Object.keys(normal) as (keyof ReaderSettings)[]).filter((key) =>
		Array.isArray(normal[key]) ? Array.isArray(value[key]) : value[key] === normal[key]
	);
	return known.length ? Object.fromEntries(known.map((key) => [key, normal[key]])) : undefined;
}

/**
 * Checks a Briefs backup file (format in README) and keeps only well-formed records; each one left
 * out is reported by file and item. `importedAt` bounds its times.
 */
export function checkBackup(data: unknown, file: string, importedAt: number): CheckedBackup {
	if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
		throw new ImportFileError(file, 'not a Briefs backup');
	}
	if (data.version !== BACKUP_VERSION) {
		throw new ImportFileError(file, `backup version ${String(data.version)} is not supported`);
	}
	const lists = [data.importedBriefs, data.saved, data.history];
	if (!lists.every(Array.isArray)) {
		throw new ImportFileError(file, 'backup is missing importedBriefs, saved or history');
	}
	if (lists.some((list) => (list as unknown[]).length > MAX_IMPORT_ITEMS * 10)) {
		throw new ImportFileError(file, 'backup has more records than Briefs can restore at once');
	}
	const latest = importedAt + MAX_CLOCK_AHEAD_MS;
	const skipped: ItemReport[] = [];
	const skip = (value: unknown, fallback: string, reason: string) =>
		skipped.push({ file, label: label(value, fallback), reason });

	const briefs: CheckedBackup['briefs'] = [];
	(data.importedBriefs as unknown[]).forEach((value, i) => {
		const brief = checkedBrief(value, latest);
		if (typeof brief === 'string') skip(value, `imported brief ${i + 1}`, brief);
		else briefs.push(brief);
	});
	const saved: SavedRecord[] = [];
	(data.saved as unknown[]).forEach((s, i) => {
		if (!isRecord(s) || !isString(s.briefId)) skip(s, `saved ${i + 1}`, 'not a saved brief');
		else if (!inRange(s.savedAt, latest)) skip(s, `saved ${i + 1}`, 'save time is not a sane time');
		else saved.push({ briefId: s.briefId, savedAt: s.savedAt });
	});
	const history: HistoryRecord[] = [];
	(data.history as unknown[]).forEach((h, i) => {
		const name = `history entry ${i + 1}`;
		if (!isRecord(h) || !isString(h.briefId)) skip(h, name, 'not a history entry');
		else if (!inRange(h.readAt, latest)) skip(h, name, 'read time is not a sane time');
		else if (!inRange(h.progress, 1)) skip(h, name, 'progress is not between 0 and 1');
		else if (!inRange(h.scrollY, MAX_PIXELS) || !inRange(h.layoutWidth, MAX_PIXELS)) {
			skip(h, name, 'scroll position is malformed');
		} else {
			const { briefId, readAt, progress, scrollY, layoutWidth } = h;
			history.push({ briefId, readAt, progress, scrollY, layoutWidth });
		}
	});
	return {
		briefs,
		saved,
		history,
		settings: checkedSettings(data.settings),
		highlights: checkHighlights(data.highlights),
		skipped
	};
}
