import type * as MarkdownParsers from './markdown-parsers';
import { inertHtml } from './inert-markup';
import { sanitizeHtml } from './sanitize-html';

/** Elements whose text is a paragraph of its own in `body` (search, snippets, listening). */
const BLOCKS = /^(body|p|li|ul|ol|blockquote|h[1-6]|pre|hr)$/;

/** Each block's own text, once: a quote's paragraph or a list item's nested list is not repeated. */
function blockTexts(root: Element, out: string[] = []): string[] {
	let run = '';
	const flush = () => {
		const text = run.replace(/\s+/g, ' ').trim();
		if (text) out.push(text);
		run = '';
	};
	for (const node of Array.from(root.childNodes)) {
		if (node instanceof Element && BLOCKS.test(node.localName)) {
			flush();
			blockTexts(node, out);
		} else run += node.textContent ?? '';
	}
	flush();
	return out;
}

/** Markdown as a brief's body: its sanitised HTML, unless it is only plain paragraphs, and its text. */
export interface MarkdownBody {
	/** Absent when the Markdown is plain paragraphs, which are stored as text, as before. */
	html?: string;
	paragraphs: string[];
}

/**
 * Markdown to sanitised HTML (lists, quotes, links, emphasis, code) and its paragraphs as text.
 * A file of plain paragraphs keeps no HTML: it is stored, hashed and shown as text, as it always
 * was, so re-importing it finds it unchanged.
 */
export function markdownBody(
	source: string,
	{ markdownHtml }: typeof MarkdownParsers
): MarkdownBody {
	const html = sanitizeHtml(markdownHtml(source));
	const doc = new DOMParser().parseFromString(inertHtml(html), 'text/html');
	const paragraphs = blockTexts(doc.body);
	const plain = Array.from(doc.body.children).every(
		(el) => el.localName === 'p' && el.childElementCount === 0
	);
	return plain ? { paragraphs } : { html, paragraphs };
}
