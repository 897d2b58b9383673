import { liveQuery, type Observable } from 'dexie';
import type { BriefsDatabase } from './database';

/**
 * Every section in the library, sorted, for Settings. Walks every brief (sections have no index
 * of their own): only the Settings page asks, and a schema version for it would cost every reader
 * an upgrade.
 */
export function watchSections(db: BriefsDatabase): Observable<string[]> {
	return liveQuery(async () => {
		const sections = new Set<string>();
		await db.briefs.each((brief) => {
			// A brief the publisher removed is in no feed, so its section is nothing to follow.
			if (brief.unpublishedAt === undefined) sections.add(brief.section);
		});
		return [...sections].sort((a, b) => a.localeCompare(b));
	});
}
