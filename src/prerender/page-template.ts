import { PRERENDERED_PAGE_ID, type PrerenderedPage } from '../lib/prerendered-page.ts';
import { jsonForScript } from './escape.ts';

const TITLE = /<title>[^<]*<\/title>\n?\s*/;
const DESCRIPTION = /<meta name="description" content="[^"]*" \/>\n?\s*/;
const APP = '<div id="app"></div>';
const NOSCRIPT = /<noscript>[^<]*<\/noscript>/;
const STYLESHEETS = /<link rel="stylesheet" crossorigin href="\/assets\/[^"]+\.css">\n?\s*/g;
const VIEWPORT = /<meta name="viewport"[^>]*\/>/;

/** Fails the build when index.html no longer has what the pages are built from. */
function expect(template: string, pattern: RegExp | string, what: string) {
	if (typeof pattern === 'string' ? !template.includes(pattern) : !pattern.test(template))
		throw new Error(`index.html has no ${what} to build pages from`);
}

export interface PageParts {
	/** Tags for <head>, replacing the template's title and description. */
	head: string;
	/** The app's server-rendered markup, for <div id="app">. */
	body?: string;
	/** What the body was rendered from, for the app to hydrate with. */
	page?: PrerenderedPage;
}

// Where a page's own parts go in the prepared template: characters no template contains.
const HEAD = '\u0000head\u0000';
const BODY = '\u0000body\u0000';
const PAGE = '\u0000page\u0000';
const SLOTS = new RegExp(`(${HEAD}|${BODY}|${PAGE})`);

/** The template with slots for a page's head, body and data: worked out once per build. */
function withSlots(template: string, body: boolean): string {
	let html = template.replace(DESCRIPTION, '').replace(TITLE, () => `${HEAD}\n\t\t`);
	// The stylesheet first, before the scripts Vite names ahead of it: a page that arrives with
	// its text paints as soon as its style is there, and the app's chunks must not delay that.
	const stylesheets = (html.match(STYLESHEETS) ?? []).map((link) => link.trim());
	html = html
		.replace(STYLESHEETS, '')
		.replace(VIEWPORT, (viewport) => [viewport, ...stylesheets].join('\n\t\t'));
	if (body) {
		// Without JavaScript the page is readable, but its buttons do nothing: noscript.css hides
		// them (a stylesheet, since the policy allows no inline style).
		html = html
			.replace(
				'</head>',
				() => '\t<noscript><link rel="stylesheet" href="/noscript.css" /></noscript>\n\t</head>'
			)
			.replace(NOSCRIPT, '')
			.replace(APP, () => `<div id="app">${BODY}</div>`);
	}
	return html.replace('</body>', () => `${PAGE}</body>`);
}

/**
 * Makes pages from the built index.html, so that every page carries the same policy, scripts,
 * stylesheets and icons as the app shell. The template is checked and prepared once: a build
 * makes a page per brief.
 */
export function pageTemplate(template: string): (parts: PageParts) => string {
	expect(template, TITLE, '<title>');
	expect(template, DESCRIPTION, 'meta description');
	expect(template, APP, '<div id="app">');
	const prepared = [false, true].map((body) => withSlots(template, body).split(SLOTS));
	return ({ head, body, page }) => {
		const fill = (slot: string) =>
			slot === HEAD
				? head
				: slot === BODY
					? (body ?? '')
					: slot === PAGE
						? page
							? `\t<script type="application/json" id="${PRERENDERED_PAGE_ID}">${jsonForScript(page)}</script>\n\t`
							: ''
						: slot;
		return prepared[body ? 1 : 0].map(fill).join('');
	};
}

/** One page from the built index.html (see pageTemplate, for many). */
export function fillTemplate(template: string, parts: PageParts): string {
	return pageTemplate(template)(parts);
}
