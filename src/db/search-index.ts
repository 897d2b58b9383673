import type { StoredBrief } from '../content/brief';
import {
	readMeta,
	type AppliedContent,
	type BriefsDatabase,
	type SearchIndexRecord
} from './database';
import { storedContentVersion, storedPartRecords } from './seed';

export type { SearchIndexRecord };

export const loadSearchIndex = (db: BriefsDatabase): Promise<SearchIndexRecord | undefined> =>
	db.searchIndex.get('main');

export async function saveSearchIndex(db: BriefsDatabase, record: SearchIndexRecord) {
	await db.searchIndex.put(record);
}

/** Applied content and the briefs it lists, read together so they cannot disagree. */
export interface ContentSnapshot {
	content: AppliedContent | undefined;
	briefs: StoredBrief[];
}

/**
 * Reads the applied content and the briefs `pick` asks for ('all', or ids chosen from the applied
 * content) in one transaction, so a content sync running meanwhile is seen entirely or not at all.
 */
export function readContentSnapshot(
	db: BriefsDatabase,
	pick: (content: AppliedContent | undefined) => readonly string[] | 'all'
): Promise<ContentSnapshot> {
	return db.transaction('r', db.briefs, db.meta, async () => {
		const content = await searchableContent(db);
		const ids = pick(content);
		const briefs =
			ids === 'all'
				? await db.briefs.toArray()
				: (await db.briefs.bulkGet([...ids])).filter((b) => b !== undefined);
		return { content, briefs };
	});
}

/**
 * Published content and the reader's imports as one list with one version: search indexes both
 * and must notice a change to either.
 */
async function searchableContent(db: BriefsDatabase): Promise<AppliedContent | undefined> {
	const [version, imports, parts] = await Promise.all([
		storedContentVersion(db),
		readMeta(db, 'imports'),
		storedPartRecords(db)
	]);
	const entries = parts.flatMap((part) => part.entries);
	if (!imports)
		return version === undefined && !entries.length
			? undefined
			: { version: version ?? '', entries };
	return {
		version: `${version ?? 'none'}+${imports.version}`,
		entries: [...entries, ...imports.entries]
	};
}

/**
 * The searchable content's version alone, read without the applied content's entry per brief
 * (its 'contentVersion' record).
 */
export async function appliedContentVersion(db: BriefsDatabase): Promise<string | undefined> {
	const [content, imports] = await Promise.all([storedContentVersion(db), readMeta(db, 'imports')]);
	if (!imports) return content;
	return `${content ?? 'none'}+${imports.version}`;
}

/** Briefs by id, in the order asked, skipping any that are gone. */
export async function getBriefs(
	db: BriefsDatabase,
	ids: readonly string[]
): Promise<StoredBrief[]> {
	return (await db.briefs.bulkGet([...ids])).filter((b) => b !== undefined);
}
