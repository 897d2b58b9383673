import type { BriefFields } from '../content/brief';
import { importedUrl, isoDay, paragraphs, text } from './import-item';
import { htmlToParagraphs, htmlToText, sanitizeHtml } from './sanitize-html';

/** What feed formats have in common, before it is shaped as a brief. */
export interface FeedArticle {
	title: unknown;
	summaryHtml?: unknown;
	summaryText?: unknown;
	contentHtml?: unknown;
	contentText?: unknown;
	author?: string;
	section?: string;
	publisher?: string;
	url?: unknown;
	image?: unknown;
	/** As the feed wrote it: ISO 8601 or RFC 822. */
	date?: unknown;
}

/**
 * Shapes a feed article as brief fields: markup only in the sanitised body, text elsewhere. What
 * had to be left out (a date or a URL Briefs cannot use) is added to `notes`.
 */
export function articleFields(article: FeedArticle, notes: string[] = []): BriefFields {
	const bodyHtml =
		typeof article.contentHtml === 'string' && article.contentHtml.trim()
			? sanitizeHtml(article.contentHtml)
			: undefined;
	const body = bodyHtml
		? htmlToParagraphs(bodyHtml)
		: typeof article.contentText === 'string'
			? paragraphs(article.contentText)
			: [];
	const summary =
		typeof article.summaryHtml === 'string' && article.summaryHtml.trim()
			? htmlToText(sanitizeHtml(article.summaryHtml))
			: text(article.summaryText);
	// A feed with only a summary still makes a readable brief: the summary is its body.
	const fallbackBody = body.length || bodyHtml ? body : summary ? [summary] : [];
	return {
		// Titles are text: anything that looks like markup in them is shown as typed.
		headline: text(article.title),
		dek: summary || fallbackBody[0] || '',
		hero: { imageUrl: importedUrl(article.image, 'image', notes) },
		takeaways: [],
		byline: article.author || 'Unknown author',
		section: article.section || 'Imported',
		publisher: article.publisher || 'Imported',
		body: fallbackBody,
		bodyHtml: bodyHtml?.trim() ? bodyHtml : undefined,
		url: importedUrl(article.url, 'link', notes),
		date: isoDay(article.date, notes)
	};
}
