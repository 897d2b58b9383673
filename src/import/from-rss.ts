import { articleFields } from './article-fields';
import { ImportFileError } from './import-error';
import type { ImportItem, LazyItem } from './import-item';
import { childText } from './xml';

/** RSS 2.0: channel/item with title, link, description, content:encoded, guid, pubDate. */
export function itemsFromRss(doc: Document, file: string): LazyItem[] {
	const channel = doc.documentElement.getElementsByTagName('channel')[0];
	if (!channel) throw new ImportFileError(file, 'not an RSS feed: no <channel>');
	const publisher = childText(channel, 'title');
	const items = Array.from(channel.children).filter((el) => el.localName === 'item');
	return items.map((item, i) => (): ImportItem => {
		const notes: string[] = [];
		const fields = articleFields(
			{
				title: childText(item, 'title'),
				summaryHtml: childText(item, 'description'),
				contentHtml: childText(item, 'encoded'),
				author: childText(item, 'creator', 'author'),
				section: childText(item, 'category'),
				publisher,
				url: childText(item, 'link'),
				date: childText(item, 'pubDate', 'date')
			},
			notes
		);
		const key = childText(item, 'guid') ?? childText(item, 'link') ?? fields.headline;
		return { key, label: fields.headline || `item ${i + 1}`, fields, notes };
	});
}
