import type { BriefFields, ImportFormat, StoredBrief } from '../content/brief';
import type { HighlightRecord, HistoryRecord, ReaderSettings, SavedRecord } from '../db/database';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../db/backup';
import { checkHighlights } from './highlight-records';
import { ImportFileError } from './import-error';
import { MAX_IMPORT_ITEMS } from './limits';
import { sanitizeHtml } from './sanitize-html';

export interface CheckedBackup {
	briefs: { brief: StoredBrief; fields: BriefFields }[];
	saved: SavedRecord[];
	history: HistoryRecord[];
	settings: ReaderSettings;
	highlights: HighlightRecord[];
}

const FORMATS: readonly ImportFormat[] = ['brief', 'markdown', 'json-feed', 'rss', 'atom'];
const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export const isBackup = (data: unknown): boolean => isRecord(data) && data.format === BACKUP_FORMAT;

/** A backup's imported brief, checked field by field: the file may have been edited or forged. */
function checkedBrief(value: unknown): { brief: StoredBrief; fields: BriefFields } | undefined {
	if (!isRecord(value) || !isString(value.id) || !/^imp-[0-9a-f]{20}$/.test(value.id)) return;
	const { headline, dek, byline, section, publisher, hero, origin } = value;
	if (![headline, dek, byline, section, publisher].every(isString)) return;
	if (!isStrings(value.takeaways) || !isStrings(value.body)) return;
	if (!isRecord(hero) || !isRecord(origin)) return;
	if (!FORMATS.includes(origin.format as ImportFormat) || !isString(origin.file)) return;
	if (!isTime(origin.importedAt)) return;
	const fields: BriefFields = {
		headline: headline as string,
		dek: dek as string,
		hero: {
			caption: isString(hero.caption) ? hero.caption : undefined,
			imageUrl: isString(hero.imageUrl) ? hero.imageUrl : undefined
		},
		takeaways: value.takeaways,
		byline: byline as string,
		section: section as string,
		publisher: publisher as string,
		body: value.body,
		bodyHtml: isString(value.bodyHtml) ? sanitizeHtml(value.bodyHtml) : undefined,
		url: isString(value.url) ? value.url : undefined,
		date: isString(value.date) ? value.date : undefined
	};
	const brief: StoredBrief = {
		...fields,
		id: value.id,
		slug: isString(value.slug) ? value.slug : '',
		contentHash: isString(value.contentHash) ? value.contentHash : '',
		source: origin.file,
		origin: {
			format: origin.format as ImportFormat,
			file: origin.file,
			importedAt: origin.importedAt
		},
		rank: typeof value.rank === 'number' && Number.isFinite(value.rank) ? value.rank : 0
	};
	return { brief, fields };
}

/** Checks a Briefs backup file (format in README) and keeps only well-formed records. */
export function checkBackup(data: unknown, file: string): CheckedBackup {
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
	const saved = (data.saved as unknown[]).filter(
		(s): s is SavedRecord => isRecord(s) && isString(s.briefId) && isTime(s.savedAt)
	);
	const history = (data.history as unknown[]).filter(
		(h): h is HistoryRecord =>
			isRecord(h) &&
			isString(h.briefId) &&
			isTime(h.readAt) &&
			typeof h.progress === 'number' &&
			h.progress >= 0 &&
			h.progress <= 1 &&
			isTime(h.scrollY) &&
			isTime(h.layoutWidth)
	);
	return {
		briefs: (data.importedBriefs as unknown[]).flatMap((b) => checkedBrief(b) ?? []),
		saved: saved.map(({ briefId, savedAt }) => ({ briefId, savedAt })),
		history: history.map(({ briefId, readAt, progress, scrollY, layoutWidth }) => ({
			briefId,
			readAt,
			progress,
			scrollY,
			layoutWidth
		})),
		settings: (isRecord(data.settings) ? data.settings : {}) as unknown as ReaderSettings,
		highlights: checkHighlights(data.highlights)
	};
}
