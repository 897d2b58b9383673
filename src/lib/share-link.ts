export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'unavailable';

/**
 * The system share sheet where there is one (phones), else the clipboard. A reader closing the
 * share sheet is an AbortError: a normal outcome, not a failure.
 */
export async function shareLink(data: {
	title: string;
	text: string;
	url: string;
}): Promise<ShareOutcome> {
	if (typeof navigator.share === 'function') {
		try {
			await navigator.share(data);
			return 'shared';
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
			// Any other refusal (not allowed, not supported here): fall through to copying.
		}
	}
	try {
		await navigator.clipboard.writeText(data.url);
		return 'copied';
	} catch {
		return 'unavailable';
	}
}
