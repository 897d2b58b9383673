import { isoTime } from '../lib/format-date';
import type { StoredBrief } from './brief';

/** Saved briefs as a JSON Feed 1.1 document, for other readers to import. */
export function toJsonFeed(
	briefs: { brief: StoredBrief; savedAt: number }[],
	origin: string
): Record<string, unknown> {
	return {
		version: 'https://jsonfeed.org/version/1.1',
		title: 'Saved in Briefs',
		home_page_url: `${origin}/`,
		items: briefs.map(({ brief, savedAt }) => ({
			id: brief.id,
			url: brief.url ?? `${origin}/article/${brief.slug}`,
			title: brief.headline,
			summary: brief.dek,
			content_text: [...brief.takeaways, ...brief.body].join('\n\n'),
			...(brief.bodyHtml ? { content_html: brief.bodyHtml } : {}),
			...(brief.date ? { date_published: `${brief.date}T00:00:00Z` } : {}),
			...(isoTime(savedAt) ? { date_modified: isoTime(savedAt) } : {}),
			authors: [{ name: brief.byline }],
			tags: [brief.section]
		}))
	};
}
