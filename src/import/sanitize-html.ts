import DOMPurify from 'dompurify';
import { httpUrl } from '../lib/http-url';
import { inertHtml, STYLE_STAND_IN } from './inert-markup';

// What imported articles may keep: text formatting, lists, quotes and links. No images (tracking
// pixels and offline breakage), no media, no forms, no styles.
const ALLOWED_TAGS = [
	'p',
	'br',
	'strong',
	'b',
	'em',
	'i',
	'u',
	's',
	'sub',
	'sup',
	'small',
	'mark',
	'blockquote',
	'q',
	'cite',
	'ul',
	'ol',
	'li',
	'a',
	'h2',
	'h3',
	'h4',
	'code',
	'pre',
	'hr'
];

let hooked = false;
function purifier() {
	if (!hooked) {
		DOMPurify.addHook('afterSanitizeAttributes', (node) => {
			if (node.nodeName !== 'A') return;
			const href = node.getAttribute('href') ?? '';
			if (!httpUrl(href)) node.removeAttribute('href');
			node.setAttribute('rel', 'noopener noreferrer');
			node.setAttribute('target', '_blank');
		});
		hooked = true;
	}
	return DOMPurify;
}

/** Imported HTML reduced to harmless formatting; run at import and again before rendering. */
export function sanitizeHtml(html: string): string {
	return purifier().sanitize(inertHtml(html), {
		ALLOWED_TAGS,
		ADD_FORBID_CONTENTS: [STYLE_STAND_IN],
		ALLOWED_ATTR: ['href'],
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false
	});
}

/**
 * Imported HTML as it is handed to `{@html}`: sanitised again (what is stored is never trusted to
 * stay safe), then made inert for that last parse, which is the page's own.
 */
export function renderableHtml(html: string): string {
	return inertHtml(sanitizeHtml(html));
}

/** Text content of sanitised HTML (titles, summaries, names are text, never markup). */
export function htmlToText(html: string): string {
	const doc = new DOMParser().parseFromString(inertHtml(html), 'text/html');
	return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Plain paragraphs from sanitised HTML, for snippets and search. Made inert again: a sanitiser's
 * output is only safe for the parse it was checked with, and this is another parse.
 */
export function htmlToParagraphs(html: string): string[] {
	const doc = new DOMParser().parseFromString(inertHtml(html), 'text/html');
	const blocks = doc.body.querySelectorAll('p, li, blockquote, h2, h3, h4, pre');
	const texts = blocks.length
		? Array.from(blocks, (el) => el.textContent ?? '')
		: [doc.body.textContent ?? ''];
	return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
