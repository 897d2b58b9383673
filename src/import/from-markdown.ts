import type { BriefFields } from '../content/brief';
import { MAX_BODY_LENGTH } from '../content/validate';
import { readFrontMatter } from './front-matter';
import { importedUrl, isoDay, text, type ImportItem } from './import-item';
import { markdownBody } from './markdown-html';
import type * as MarkdownParsers from './markdown-parsers';

/**
 * A Markdown file with front matter: title, dek/summary, author, section, date, takeaways…; the
 * Markdown after it is the body. Front matter that cannot be read refuses the file (ImportFileError).
 * `parsers` is the lazily loaded markdown-parsers module.
 */
export function itemFromMarkdown(
	source: string,
	file: string,
	parsers: typeof MarkdownParsers
): ImportItem {
	const { meta, body: markdown } = readFrontMatter(source, file, parsers);
	const get = (...keys: string[]) => {
		for (const key of keys) {
			const value = meta.get(key);
			if (typeof value === 'string') return value;
		}
		return '';
	};
	const headline = text(get('title', 'headline'));
	const label = headline || file;
	// A body this long fails the checks every brief passes (fieldsProblem): said before parsing
	// it, which for hostile text of that length takes seconds.
	if (markdown.length > MAX_BODY_LENGTH) {
		return {
			key: get('id') || file,
			label,
			problem: `body is longer than ${MAX_BODY_LENGTH} characters`
		};
	}
	const body = markdownBody(markdown, parsers);
	const takeaways = meta.get('takeaways');
	const notes: string[] = [];
	const fields: BriefFields = {
		headline,
		dek: text(get('dek', 'summary', 'description')) || body.paragraphs[0] || '',
		hero: {
			caption: text(get('caption')) || undefined,
			imageUrl: importedUrl(get('image'), 'image', notes)
		},
		takeaways: Array.isArray(takeaways) ? takeaways.map(text).filter(Boolean) : [],
		byline: text(get('author', 'byline')) || 'Unknown author',
		section: text(get('section', 'category')) || 'Imported',
		publisher: text(get('publisher')) || 'Imported',
		body: body.paragraphs,
		bodyHtml: body.html,
		url: importedUrl(get('url', 'link'), 'link', notes),
		date: isoDay(get('date'), notes)
	};
	return { key: get('id') || file, label, fields, notes };
}
