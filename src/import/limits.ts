/**
 * Larger files are refused before they are read: a phone must not stall on a mistaken pick. The
 * limit holds for one file and for all the files of one import together.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Items beyond this in one file, or in one import, are refused, not silently cut. */
export const MAX_IMPORT_ITEMS = 10_000;
/** Files beyond this in one import are refused (a folder of Markdown picked by mistake). */
export const MAX_IMPORT_FILES = 1000;
/**
 * One Markdown file is one brief, and a brief's body is at most 400,000 characters: a larger file is
 * refused before any pattern reads it.
 */
export const MAX_MARKDOWN_BYTES = 1024 * 1024;
/**
 * Files in one share from another app (the service worker refuses more before storing any): a
 * share sheet selection, not a bulk transfer, which the Import page's picker is for.
 */
export const MAX_SHARED_FILES = 20;
