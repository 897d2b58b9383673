// Moved to src/content (views need the settings and their defaults without the database); kept
// here for the import code that still reads it from db.
export * from '../content/reader-settings';
