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

/**
 * One page from the built index.html, so that every page carries the same policy, scripts,
 * stylesheets and icons as the app shell.
 */
export function fillTemplate(template: string, { head, body, page }: PageParts): string {
	expect(template, TITLE, '<title>');
	expect(template, DESCRIPTION, 'meta description');
	expect(template, APP, '<div id="app">');
	let html = template.replace(DESCRIPTION, '').replace(TITLE, () => `${head}\n\t\t`);
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
			.replace(APP, () => `<div id="app">${body}</div>`);
	}
	if (page)
		html = html.replace(
			'</body>',
			() =>
				`\t<script type="application/json" id="${PRERENDERED_PAGE_ID}">${jsonForScript(page)}</script>\n\t</body>`
		);
	return html;
}
