/**
 * Where a link shared to Briefs (Web Share Target: title, text, url) should go: a Briefs article
 * opens in the app; anything else is not a brief. Share sheets put the link in `url` or `text`.
 * `isArticle` is the app's route table's answer, passed in: a helper knows no routes of its own.
 */
export function sharedArticlePath(
	params: URLSearchParams,
	origin: string,
	isArticle: (path: string) => boolean
): string | undefined {
	const candidates = [params.get('url'), ...(params.get('text')?.split(/\s+/) ?? [])];
	for (const candidate of candidates) {
		if (!candidate) continue;
		let url: URL;
		try {
			url = new URL(candidate);
		} catch {
			continue;
		}
		if (url.origin !== origin) continue;
		if (isArticle(url.pathname)) return `${url.pathname}${url.hash}`;
	}
	return undefined;
}
