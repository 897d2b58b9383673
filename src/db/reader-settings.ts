// The settings rules live with the content (Dexie-free, shared by the import path); callers here
// keep their import.
export * from '../content/reader-settings';
