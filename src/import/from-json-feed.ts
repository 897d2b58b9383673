import { articleFields } from './article-fields';
import { ImportFileError } from './import-error';
import { text, type ImportItem, type LazyItem } from './import-item';
import { isRecord } from '../lib/is-record';

export const isJsonFeed = (data: unknown): boolean =>
	isRecord(data) &&
	typeof data.version === 'string' &&
	data.version.startsWith('https://jsonfeed.org/version/');

/** JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1). */
export function itemsFromJsonFeed(data: unknown, file: string): LazyItem[] {
	if (!isRecord(data) || !Array.isArray(data.items)) {
		throw new ImportFileError(file, 'not a JSON Feed: no "items" list');
	}
	const publisher = text(data.title);
	return data.items.map((item: unknown, i) => (): ImportItem => {
		if (!isRecord(item)) return { key: `#${i}`, label: `item ${i + 1}`, problem: 'not an object' };
		const authors = Array.isArray(item.authors) ? item.authors : item.author ? [item.author] : [];
		const author = authors
			.map((a: unknown) => (isRecord(a) ? text(a.name) : ''))
			.filter(Boolean)
			.join(', ');
		const tags = Array.isArray(item.tags) ? item.tags.filter((t) => typeof t === 'string') : [];
		const notes: string[] = [];
		const fields = articleFields(
			{
				title: item.title,
				summaryText: item.summary,
				contentHtml: item.content_html,
				contentText: item.content_text,
				author,
				section: text(tags[0]),
				publisher,
				url: item.url,
				image: item.image ?? item.banner_image,
				date: item.date_published
			},
			notes
		);
		const id = text(item.id) || text(item.url) || fields.headline;
		return { key: id, label: fields.headline || `item ${i + 1}`, fields, notes };
	});
}
