import DOMPurify from 'dompurify';

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
const SAFE_LINK = /^https?:\/\//i;

let hooked = false;
function purifier() {
	if (!hooked) {
		DOMPurify.addHook('afterSanitizeAttributes', (node) => {
			if (node.nodeName !== 'A') return;
			const href = node.getAttribute('href') ?? '';
			if (!SAFE_LINK.test(href)) node.removeAttribute('href');
			node.setAttribute('rel', 'noopener noreferrer');
			node.setAttribute('target', '_blank');
		});
		hooked = true;
	}
	return DOMPurify;
}

/**
 * Drops style elements and attributes from markup before any parser sees it. DOMPurify removes
 * them anyway, and the CSP would block them; this only keeps the browser from being asked (each
 * refusal is reported as a policy violation, which would hide real ones).
 */
export function withoutInlineStyles(markup: string): string {
	return markup
		.replace(/<style\b[\s\S]*?(<\/style\s*>|$)/gi, '')
		.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/gi, '');
}

/** Imported HTML reduced to harmless formatting; run at import and again before rendering. */
export function sanitizeHtml(html: string): string {
	return purifier().sanitize(withoutInlineStyles(html), {
		ALLOWED_TAGS,
		ALLOWED_ATTR: ['href'],
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false
	});
}

/** Text content of an HTML fragment (titles, summaries, names are text, never markup). */
export function htmlToText(html: string): string {
	const doc = new DOMParser().parseFromString(withoutInlineStyles(html), 'text/html');
	return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Plain paragraphs from sanitised HTML, for snippets and search. */
export function htmlToParagraphs(html: string): string[] {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const blocks = doc.body.querySelectorAll('p, li, blockquote, h2, h3, h4, pre');
	const texts = blocks.length
		? Array.from(blocks, (el) => el.textContent ?? '')
		: [doc.body.textContent ?? ''];
	return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
