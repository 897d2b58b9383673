import type { BriefFields } from './brief.ts';
import { isHttp, parseUrl } from '../lib/http-url.ts';
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
	// Not Date.UTC(y, …): it reads years 0–99 as 1900–1999, so 0050-06-01 would never match.
	const date = new Date(0);
	date.setUTCFullYear(y, m - 1, d);
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
		return `date "${value}" is not a real calendar date`;
	}
	return undefined;
}

/**
 * Longer addresses are refused, not shortened: a link that long is junk or a payload (every copy of
 * it is stored, indexed, backed up), and browsers and servers refuse URLs far shorter than 5 MB.
 */
export const MAX_URL_LENGTH = 2048;

/** Only absolute http(s) URLs may become image sources or links: no javascript:, data: or paths. */
export function httpUrlProblem(value: string, what: 'image' | 'link'): string | undefined {
	if (value.length > MAX_URL_LENGTH) {
		return `${what} URL is longer than ${MAX_URL_LENGTH} characters`;
	}
	const url = parseUrl(value);
	if (!url) return `${what} "${value.slice(0, 100)}" is not an absolute URL`;
	if (!isHttp(url)) return `${what} URL must start with https:// (got ${url.protocol})`;
	return undefined;
}

export const MAX_FIELD_LENGTH = 20_000;
export const MAX_BODY_LENGTH = 400_000;

/**
 * Checks what every brief must satisfy, however it arrived (seed file or import): returns the
 * first problem as a sentence, or undefined.
 */
export function fieldsProblem(fields: BriefFields): string | undefined {
	if (!fields.headline.trim()) return 'no headline';
	if (fields.headline.length > MAX_HEADLINE_LENGTH) {
		return `headline is longer than ${MAX_HEADLINE_LENGTH} characters`;
	}
	if (!fields.body.some((p) => p.trim()) && !fields.bodyHtml?.trim()) return 'no body text';
	const texts = [
		fields.headline,
		fields.dek,
		fields.byline,
		fields.section,
		fields.publisher,
		fields.hero.caption ?? '',
		...fields.takeaways
	];
	if (texts.some((t) => t.length > MAX_FIELD_LENGTH)) {
		return `a field is longer than ${MAX_FIELD_LENGTH} characters`;
	}
	const bodyLength = fields.body.reduce((n, p) => n + p.length, 0) + (fields.bodyHtml?.length ?? 0);
	if (bodyLength > MAX_BODY_LENGTH) return `body is longer than ${MAX_BODY_LENGTH} characters`;
	if ([...texts, ...fields.body].some((t) => CONTROL_CHARS.test(t))) {
		return 'contains a control character';
	}
	if (fields.date) {
		const problem = dateProblem(fields.date);
		if (problem) return problem;
	}
	const image = fields.hero.imageUrl && httpUrlProblem(fields.hero.imageUrl, 'image');
	if (image) return image;
	return fields.url ? httpUrlProblem(fields.url, 'link') : undefined;
}
