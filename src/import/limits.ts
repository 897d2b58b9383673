/** Larger files are refused before they are read: a phone must not stall on a mistaken pick. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Items beyond this in one file are refused, not silently cut. */
export const MAX_IMPORT_ITEMS = 10_000;
