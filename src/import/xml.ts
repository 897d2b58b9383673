import { ImportFileError } from './import-error';
import { inertXml } from './inert-markup';

/**
 * Parses a feed as XML. Any DOCTYPE or entity declaration is refused before parsing: feeds don't
 * need them, and refusing them rules out entity expansion ("billion laughs") and external entities.
 * The parser gets the text the scanner of `inertXml` read, with handlers and styles dropped.
 */
export function parseXml(text: string, file: string): Document {
	if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
		throw new ImportFileError(file, 'XML with a DOCTYPE or ENTITY declaration is not accepted');
	}
	const doc = new DOMParser().parseFromString(inertXml(text, file), 'application/xml');
	const error = doc.getElementsByTagName('parsererror')[0];
	if (error) {
		// Chromium wraps the parser's message in page text; keep only "line N at column M: what".
		const raw = (error.textContent ?? '').replace(/\s+/g, ' ').trim();
		const detail = (
			/(line \d+ at column \d+: .*?)(?: Below is a rendering|$)/.exec(raw)?.[1] ?? raw
		)
			.trim()
			.slice(0, 200);
		throw new ImportFileError(file, `malformed XML (${detail || 'not well-formed'})`);
	}
	return doc;
}

/** Text of the first direct or nested element with one of these local names, trimmed. */
export function childText(parent: Element, ...names: string[]): string | undefined {
	for (const name of names) {
		const found = Array.from(parent.children).find((el) => el.localName === name);
		if (found?.textContent?.trim()) return found.textContent.trim();
	}
	return undefined;
}
