/** "2026-01-16" → "16 January 2026", read as a calendar date (no time zone shift). */
export function formatDate(isoDate: string, locale?: string): string {
	const [y, m, d] = isoDate.split('-').map(Number);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, m - 1, d))
	);
}
