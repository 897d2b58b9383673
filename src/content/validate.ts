import { BriefParseError } from './parse-error.ts';

/** A brief file is a few KB; anything near this is not a brief, and must not stall a phone. */
export const MAX_SOURCE_BYTES = 512 * 1024;
export const MAX_HEADLINE_LENGTH = 300;
// C0 controls other than tab and line breaks, and DEL: they never belong in a text brief.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Refuses sources that are too large or hold control characters (binary files, corrupt encodings). */
export function checkSourceText(text: string, source: string): void {
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > MAX_SOURCE_BYTES) {
		throw new BriefParseError(
			source,
			1,
			`file is ${bytes} bytes; a brief may be at most ${MAX_SOURCE_BYTES} bytes`
		);
	}
	const lines = text.split(/\r\n|\r|\n/);
	const bad = lines.findIndex((line) => CONTROL_CHARS.test(line));
	if (bad >= 0) {
		throw new BriefParseError(
			source,
			bad + 1,
			'contains a control character (is this a text file?)'
		);
	}
}

/** A real calendar date in ISO form, e.g. 2026-01-16; returns a reason when it is not. */
export function dateProblem(value: string): string | undefined {
	const match = ISO_DATE.exec(value);
	if (!match) return `date "${value}" is not in the form YYYY-MM-DD`;
	const [, y, m, d] = match.map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
		return `date "${value}" is not a real calendar date`;
	}
	return undefined;
}

/** Only absolute http(s) URLs may become image sources: no javascript:, data: or relative paths. */
export function imageUrlProblem(value: string): string | undefined {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return `image "${value}" is not an absolute URL`;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return `image URL must start with https:// (got ${url.protocol})`;
	}
	return undefined;
}
