import { articleFields } from './article-fields';
import type { ImportItem, LazyItem } from './import-item';
import { childText } from './xml';

/** HTML for an Atom text construct: type="html" and "xhtml" carry markup, "text" does not. */
function atomHtml(el: Element | undefined): { html?: string; text?: string } {
	if (!el) return {};
	const type = el.getAttribute('type') ?? 'text';
	if (type === 'xhtml') return { html: el.innerHTML };
	if (type === 'html') return { html: el.textContent ?? '' };
	return { text: el.textContent ?? '' };
}

const child = (parent: Element, name: string) =>
	Array.from(parent.children).find((el) => el.localName === name);

/** Atom 1.0: feed/entry with title, link rel=alternate, summary, content, id, published. */
export function itemsFromAtom(doc: Document): LazyItem[] {
	const feed = doc.documentElement;
	const publisher = childText(feed, 'title');
	const entries = Array.from(feed.children).filter((el) => el.localName === 'entry');
	return entries.map((entry, i) => (): ImportItem => {
		const links = Array.from(entry.children).filter((el) => el.localName === 'link');
		const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
		const summary = atomHtml(child(entry, 'summary'));
		const content = atomHtml(child(entry, 'content'));
		const author = child(entry, 'author') ?? child(feed, 'author');
		const title = atomHtml(child(entry, 'title'));
		const notes: string[] = [];
		const fields = articleFields(
			{
				// An HTML title is still shown as text: its markup is dropped, never rendered.
				title: title.text ?? (title.html ? title.html.replace(/<[^>]*>/g, ' ') : ''),
				summaryHtml: summary.html,
				summaryText: summary.text,
				contentHtml: content.html,
				contentText: content.text,
				author: author ? childText(author, 'name') : undefined,
				section: child(entry, 'category')?.getAttribute('term') ?? undefined,
				publisher,
				url: link?.getAttribute('href'),
				date: childText(entry, 'published', 'updated')
			},
			notes
		);
		const key = childText(entry, 'id') ?? link?.getAttribute('href') ?? fields.headline;
		return { key, label: fields.headline || `entry ${i + 1}`, fields, notes };
	});
}
