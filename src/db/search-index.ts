import type { StoredBrief } from '../content/brief';
import type { AppliedContent, BriefsDatabase, SearchIndexRecord } from './database';
import { storedContentVersion } from './seed';

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
	const [content, imports] = await db.meta.bulkGet(['content', 'imports']);
	if (!imports) return content?.value;
	return {
		version: `${content?.value.version ?? 'none'}+${imports.value.version}`,
		entries: [...(content?.value.entries ?? []), ...imports.value.entries]
	};
}

/**
 * The searchable content's version alone, read without the applied content's entry per brief
 * (from its 'contentVersion' record, or the long way for a library stored before it existed).
 */
export async function appliedContentVersion(db: BriefsDatabase): Promise<string | undefined> {
	const [content, imports] = await Promise.all([storedContentVersion(db), db.meta.get('imports')]);
	if (!imports) return content;
	return `${content ?? 'none'}+${imports.value.version}`;
}

/** Briefs by id, in the order asked, skipping any that are gone. */
export async function getBriefs(
	db: BriefsDatabase,
	ids: readonly string[]
): Promise<StoredBrief[]> {
	return (await db.briefs.bulkGet([...ids])).filter((b) => b !== undefined);
}
