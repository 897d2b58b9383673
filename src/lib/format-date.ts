/** "2026-01-16" → "16 January 2026", read as a calendar date (no time zone shift). */
export function formatDate(isoDate: string, locale?: string): string {
	const [y, m, d] = isoDate.split('-').map(Number);
	// setUTCFullYear, not Date.UTC: that reads years 0–99 as 1900–1999.
	const date = new Date(0);
	date.setUTCFullYear(y, m - 1, d);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A stored time (ms since epoch) as ISO 8601, or undefined when it is not one a Date can hold:
 * records written before times were bounded may hold anything, and toISOString() throws on them.
 */
export function isoTime(ms: number): string | undefined {
	const date = new Date(ms);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
