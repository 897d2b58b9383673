import { ImportFileError } from './import-error';

/*
 * Untrusted markup is parsed in the page's own document (DOMPurify's DOMParser, text extraction,
 * the XML parser for feeds). Chromium reports an inline event handler or inline style to the page's
 * Content-Security-Policy as soon as any of those parsers builds an element that carries one, even
 * in an inert document where nothing runs. The policy blocks it and DOMPurify removes it, but every
 * such report is indistinguishable from a real attack, so untrusted markup is made inert *before* a
 * parser sees it: no element it builds can carry an `on…` handler, a `style` attribute or be a
 * `<style>` element.
 */

// In the HTML tokenizer an attribute name can only begin right after whitespace (tab, LF, FF, CR,
// space), a `/` (self-closing start tag state) or the closing quote of a previous value (after
// attribute value (quoted) state): https://html.spec.whatwg.org/#before-attribute-name-state.
// Encoding the first letter of every `on`/`style` that follows one of those characters as a
// character reference breaks every such attribute name, whatever the tokenizer state: attribute
// names don't decode character references, so `&#111;nerror` is an inert attribute, while text,
// RCDATA and attribute values decode it back to the same letter, so nothing a reader sees changes.
// Contexts that don't decode (comments, script, raw text) are dropped whole by the sanitiser.
// A `/` right after `<` opens an end tag instead, and must stay as it is.
const ATTRIBUTE_START = /([\t\n\f\r "']|(?<!<)\/)(?:(o)(?=n)|(s)(?=tyle))/gi;

// A `<style>` start or end tag (the tokenizer lowercases ASCII tag names and ends them at
// whitespace, `/` or `>`). Renamed, it is an unknown element that applies nothing; the sanitiser
// drops it with its content (STYLE_STAND_IN in its forbidden-contents list).
const STYLE_TAG = /<(\/?)style(?=[\t\n\f\r />]|$)/gi;
export const STYLE_STAND_IN = 'briefs-inert-style';

/** HTML that no HTML parser can turn into an event handler or an inline style. */
export function inertHtml(markup: string): string {
	return markup
		.replace(STYLE_TAG, `<$1${STYLE_STAND_IN}`)
		.replace(
			ATTRIBUTE_START,
			(_, boundary: string, o?: string, s?: string) =>
				`${boundary}&#${(o ?? s ?? '').charCodeAt(0)};`
		);
}

const XML_SPACE = /[\t\n\r ]/;
const NAME_END = /[\t\n\r />=<"']/;

/**
 * A feed's XML with every `on…` and `style` attribute dropped and every `style` element renamed, in
 * any namespace (XHTML, SVG and MathML elements in a feed would carry live handlers and styles).
 * XML's syntax is strict, so a well-formed document has one reading and this scanner finds every
 * attribute the XML parser will; anything it cannot read is refused here, before the parser builds
 * part of a tree. DOCTYPE (and so ENTITY) declarations are refused wherever they appear as markup:
 * feeds don't need them, and refusing them rules out entity expansion and external entities.
 * Text, CDATA and comments are passed through untouched.
 */
export function inertXml(text: string, file: string): string {
	const malformed = (at: number, what: string) =>
		new ImportFileError(file, `malformed XML (line ${lineOf(text, at)}: ${what})`);
	let out = '';
	let copied = 0;
	let at = text.indexOf('<');
	while (at >= 0) {
		let next: number;
		const section = SECTIONS.find(([open]) => text.startsWith(open, at));
		if (section) {
			const [open, close, what] = section;
			const found = text.indexOf(close, at + open.length);
			if (found < 0) throw malformed(at, `unclosed ${what}`);
			next = found + close.length;
		} else if (text.startsWith('<!', at)) {
			throw new ImportFileError(file, 'XML with a DOCTYPE or ENTITY declaration is not accepted');
		} else {
			const tag = readTag(text, at, malformed);
			if (tag.rewritten !== undefined) {
				out += text.slice(copied, at) + tag.rewritten;
				copied = tag.end;
			}
			next = tag.end;
		}
		at = text.indexOf('<', next);
	}
	return copied ? out + text.slice(copied) : text;
}

/** Markup whose content the XML parser reads as text: opener, closer, name for a message. */
const SECTIONS = [
	['<!--', '-->', 'comment'],
	['<![CDATA[', ']]>', 'CDATA section'],
	['<?', '?>', 'processing instruction']
] as const;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const isHandlerOrStyle = (name: string) =>
	!/^xmlns(:|$)/i.test(name) && /^(on|style$)/i.test(localName(name));

/** One start or end tag; `rewritten` is set when it had something to drop or rename. */
function readTag(
	text: string,
	start: number,
	malformed: (at: number, what: string) => Error
): { end: number; rewritten?: string } {
	let i = start + 1;
	const isEnd = text[i] === '/';
	if (isEnd) i++;
	const nameStart = i;
	while (i < text.length && !NAME_END.test(text[i])) i++;
	const name = text.slice(nameStart, i);
	if (!name) throw malformed(start, "'<' that does not start a tag");
	let changed = /^style$/i.test(localName(name));
	let kept = `<${isEnd ? '/' : ''}${changed ? name.replace(/style$/i, STYLE_STAND_IN) : name}`;
	let piece = i;
	for (;;) {
		while (i < text.length && XML_SPACE.test(text[i])) i++;
		if (i >= text.length) throw malformed(start, `unclosed tag <${name}>`);
		if (text[i] === '>' || text.startsWith('/>', i)) {
			const end = i + (text[i] === '>' ? 1 : 2);
			return changed ? { end, rewritten: kept + text.slice(piece, end) } : { end };
		}
		if (isEnd || i === piece) throw malformed(i, `unexpected character in tag <${name}>`);
		const attrStart = i;
		while (i < text.length && !NAME_END.test(text[i])) i++;
		const attr = text.slice(attrStart, i);
		while (i < text.length && XML_SPACE.test(text[i])) i++;
		if (!attr || text[i] !== '=')
			throw malformed(attrStart, `attribute without a value in <${name}>`);
		i++;
		while (i < text.length && XML_SPACE.test(text[i])) i++;
		const quote = text[i];
		if (quote !== '"' && quote !== "'") throw malformed(i, `unquoted attribute value in <${name}>`);
		const close = text.indexOf(quote, i + 1);
		if (close < 0) throw malformed(i, `unclosed attribute value in <${name}>`);
		i = close + 1;
		// A dropped attribute takes the space before it along; each kept one has its own.
		if (isHandlerOrStyle(attr)) changed = true;
		else kept += text.slice(piece, i);
		piece = i;
	}
}

function lineOf(text: string, at: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
