/** Larger files are refused before they are read: a phone must not stall on a mistaken pick. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Items beyond this in one file are refused, not silently cut. */
export const MAX_IMPORT_ITEMS = 10_000;
/**
 * Files in one share from another app (the service worker refuses more before storing any): a
 * share sheet selection, not a bulk transfer, which the Import page's picker is for.
 */
export const MAX_SHARED_FILES = 20;
