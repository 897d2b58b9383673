/** The app's IndexedDB database; apart from its schema so code without Dexie can name it too. */
export const DATABASE_NAME = 'briefs';
