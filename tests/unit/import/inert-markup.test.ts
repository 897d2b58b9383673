// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../src/import/import-error';
import { inertHtml, inertXml, STYLE_STAND_IN } from '../../../src/import/inert-markup';
import { htmlToParagraphs, sanitizeHtml } from '../../../src/import/sanitize-html';

// Every spelling the HTML tokenizer reads as an attribute: quoted, unquoted, mixed case, glued to
// a previous quoted value, slash-separated, after a newline, tab, form feed or carriage return.
const HANDLERS = [
	'<img src=x onerror=alert(1)>',
	'<img src="x" onerror="alert(1)">',
	"<img src='x' OnErRoR='alert(1)'>",
	'<img src="x"onerror="alert(1)">',
	"<img src='x'onerror=alert(1)>",
	'<img/src="x"/onerror=alert(1)>',
	'<img/onerror=alert(1)/src=x>',
	'<img src=x\nonerror=alert(1)>',
	'<img src=x\tonerror=alert(1)>',
	'<img src=x\fonerror=alert(1)>',
	'<img src=x\r\nonerror=alert(1)>',
	'<svg onload=alert(1)></svg>',
	'<svg/onload=alert(1)>',
	'<math><mi onclick=alert(1)>x</mi></math>',
	'<p ONCLICK="alert(1)" style="color:red">x</p>',
	'<details open ontoggle=alert(1)>',
	'<a title="x" onmouseover=alert(1) href=#>x</a>',
	'<body onload=alert(1)>',
	'<svg><style><img src=x onerror=alert(1)></style></svg>',
	'<!-- <a title=" --> <img src=x onerror=alert(1)> " -->',
	'<p style=color:red>x</p><style>p{color:red}</style><STYLE>b{}</STYLE >'
];

function parsed(markup: string): Document {
	return new DOMParser().parseFromString(markup, 'text/html');
}

/** Attributes and elements that would be live handlers or styles, as `tag[attr]` or `<style>`. */
function liveHandlersAndStyles(doc: Document): string[] {
	const found: string[] = [];
	for (const el of doc.querySelectorAll('*')) {
		if (el.localName === 'style') found.push('<style>');
		for (const attr of el.attributes) {
			if (/^on/i.test(attr.name) || attr.name === 'style')
				found.push(`${el.localName}[${attr.name}]`);
		}
	}
	return found;
}

describe('inertHtml', () => {
	it('leaves no handler or style for a parser to build, in every spelling', () => {
		for (const markup of HANDLERS) {
			// The corpus is live without the rewrite: each entry builds a handler or a style.
			expect(liveHandlersAndStyles(parsed(markup)), markup).not.toEqual([]);
			expect(liveHandlersAndStyles(parsed(inertHtml(markup))), markup).toEqual([]);
		}
	});

	it('changes no text or attribute value a reader sees', () => {
		const texts = [
			'<p>Talks on Monday, “online” and \'on\' record / on the "style" desk</p>',
			'<p>Prices style=up 5% today; on=off</p>',
			'<p title="on the style page" class=\'on\'>x</p>',
			'<a href="https://example.org/a/on?style=1 onx">link</a>',
			'<textarea> on style</textarea><title> on</title>',
			'<style-guide> on</style-guide><stylesheet>x</stylesheet>'
		];
		for (const markup of texts) {
			const before = parsed(markup).documentElement;
			const after = parsed(inertHtml(markup)).documentElement;
			expect(after.textContent, markup).toBe(before.textContent);
			const values = (root: Element) =>
				Array.from(root.querySelectorAll('*'), (el) =>
					Array.from(el.attributes, (a) => `${a.name}=${a.value}`).join(' ')
				);
			expect(values(after), markup).toEqual(values(before));
		}
	});

	it('renames style elements only, so the sanitiser drops them with their content', () => {
		expect(inertHtml('<style>p{}</style><style-guide>x</style-guide>')).toBe(
			`<${STYLE_STAND_IN}>p{}</${STYLE_STAND_IN}><style-guide>x</style-guide>`
		);
		expect(sanitizeHtml('<p>a</p><style>p{color:red}</style><STYLE >b{}</STYLE>c')).toBe(
			'<p>a</p>c'
		);
	});
});

describe('sanitizeHtml and text extraction', () => {
	it('keep the words around "style=" and entity-escaped markup', () => {
		expect(sanitizeHtml('<p>Prices style=up 5% today</p>')).toBe('<p>Prices style=up 5% today</p>');
		expect(htmlToParagraphs(sanitizeHtml('<p style="margin:0">Kept text</p>'))).toEqual([
			'Kept text'
		]);
	});

	it('store no handler for any spelling', () => {
		for (const markup of HANDLERS) {
			const clean = sanitizeHtml(`<p>before</p>${markup}<p>after</p>`);
			expect(clean, markup).not.toMatch(/<[^>]*[\s/"'](on[a-z]+|style)\s*=/i);
			expect(clean, markup).toContain('after');
		}
	});
});

describe('inertXml', () => {
	const XHTML = 'http://www.w3.org/1999/xhtml';
	const atom = (content: string) =>
		`<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry>${content}</entry></feed>`;

	it('drops handlers and styles in every namespace and renames style elements', () => {
		const xml = atom(
			`<content type="xhtml"><div xmlns="${XHTML}" style="x"><img src="x" onerror="a()"/>` +
				`<p ONCLICK='a()' class="k">t</p><style>p{}</style>` +
				`<svg xmlns="http://www.w3.org/2000/svg" onload="a()"/>` +
				`<h:b xmlns:h="${XHTML}" h:onclick="a()">b</h:b></div></content>`
		);
		const out = inertXml(xml, 'f.atom');
		expect(out).not.toMatch(/\son[a-z]*=|\sh:on|\sstyle=|<style/i);
		expect(out).toContain('<p class="k">t</p>');
		expect(out).toContain(`<${STYLE_STAND_IN}>p{}</${STYLE_STAND_IN}>`);
		const doc = new DOMParser().parseFromString(out, 'application/xml');
		expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
		expect(liveHandlersAndStyles(doc)).toEqual([]);
	});

	it('passes text, CDATA and comments through untouched', () => {
		const xml = atom(
			'<title>Prices style=up 5% on Monday</title>' +
				'<summary><![CDATA[<style-guide> <p onclick="x">keep</p> ]]></summary>' +
				'<!-- <p style="x"> --><content type="html">&lt;p style=&quot;margin:0&quot;&gt;text</content>'
		);
		expect(inertXml(xml, 'f.atom')).toBe(xml);
	});

	it('refuses a DOCTYPE wherever it appears as markup, split or not', () => {
		for (const xml of [
			'<!DOCTYPE rss [<!ENTITY x "y">]><rss/>',
			'<!DOC<style></style>TYPE rss [<!ENT<style></style>ITY x "…">]><rss/>',
			'<rss><!ENTITY x "y"></rss>'
		]) {
			expect(() => inertXml(xml, 'f.xml'), xml).toThrow(
				new ImportFileError('f.xml', 'XML with a DOCTYPE or ENTITY declaration is not accepted')
			);
		}
	});

	it('refuses what it cannot read, with the line', () => {
		const cases: [string, string][] = [
			['<rss>\n<item a=b/></rss>', 'line 2: unquoted attribute value in <item>'],
			['<rss>\n\n<item a="b"c="d"/></rss>', 'line 3: unexpected character in tag <item>'],
			['<rss><item a/></rss>', 'line 1: attribute without a value in <item>'],
			['<rss><item a="b', 'line 1: unclosed attribute value in <item>'],
			['<rss>< item/></rss>', "line 1: '<' that does not start a tag"],
			['<rss><!-- x </rss>', 'line 1: unclosed comment']
		];
		for (const [xml, detail] of cases) {
			expect(() => inertXml(xml, 'f.xml'), xml).toThrow(
				new ImportFileError('f.xml', `malformed XML (${detail})`)
			);
		}
	});
});
