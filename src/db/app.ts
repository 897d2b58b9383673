// Everything the app's state does with IndexedDB, as one module the entry chunk loads on demand:
// Dexie is the largest dependency, and the feed's first page is read without it (first-page.ts).
// Only the library gate (src/state/library.svelte.ts) loads it.
export { appDatabase } from './app-database';
export { openAppDatabase, readBriefsAsTheyAre, reopenAppDatabase } from './open-database';
export { readBriefsById, watchBriefBySlug, watchBriefCount, watchFeed } from './briefs';
export { readSaved, saveBrief, unsaveBrief, watchSaved, watchSavedIds } from './saved';
export {
	clearHistory,
	markRead,
	recordProgress,
	watchContinueReading,
	watchHistory,
	watchReadIds
} from './history';
export { updateSettings, watchSettings } from './settings';
export {
	applyContentBundle,
	applyContentParts,
	finishContent,
	storedContentComplete,
	storedContentVersion,
	storedParts
} from './seed';
export {
	addHighlight,
	readHighlightEntries,
	removeHighlight,
	watchBriefHighlights,
	watchHighlights
} from './highlights';
export { markArrivalsSeen, watchArrivals } from './arrivals';
export { watchSections } from './sections';
export { removeImportedBrief, storeImportedBriefs } from './imports';
export { exportBackup, restoreBackup } from './backup';
