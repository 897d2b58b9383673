/** What went wrong, in words a reader can be shown: an Error's message, anything else as text. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** "What: why", the form every failure notice takes. */
export const failureMessage = (what: string, error: unknown) => `${what}: ${errorMessage(error)}`;

const QUOTA = /quota/i;

/**
 * The device ran out of storage space. IndexedDB says so with a QuotaExceededError, which Dexie
 * passes on as it is or wraps (an AbortError whose `inner` is the quota error); some browsers only
 * say "quota" in the name or message.
 */
export function isQuotaError(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const inner = (error as { inner?: unknown }).inner;
	return QUOTA.test(`${error.name} ${error.message}`) || (inner !== error && isQuotaError(inner));
}
