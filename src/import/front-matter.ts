import { isRecord } from '../lib/is-record';
import { ImportFileError } from './import-error';
import type * as MarkdownParsers from './markdown-parsers';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
/** yaml's messages end with where it broke and a picture of the line; the place is said apart. */
const PLACE = / at line \d+, column \d+:[\s\S]*$/;

export interface FrontMatter {
	/** Keys in lower case; values as written: text, lists of text, or nested maps. */
	meta: Map<string, unknown>;
	/** The Markdown after the front matter (the whole file when it has none). */
	body: string;
}

/**
 * A Markdown file's YAML front matter, read by a YAML parser: flow lists, comments, quotes and
 * colons inside values all mean what YAML says, and every value is text as typed. Front matter
 * that is not YAML, or not a map of keys, refuses the file with where and why.
 */
export function readFrontMatter(
	source: string,
	file: string,
	{ parseYaml }: typeof MarkdownParsers
): FrontMatter {
	const match = FRONT_MATTER.exec(source.replace(/^\uFEFF/, ''));
	if (!match) return { meta: new Map(), body: source.replace(/^\uFEFF/, '') };
	let data: unknown;
	try {
		data = parseYaml(match[1]);
	} catch (error) {
		throw new ImportFileError(file, `malformed front matter (${problem(error)})`);
	}
	if (data !== null && !isRecord(data)) {
		throw new ImportFileError(file, 'front matter is not a list of "key: value" lines');
	}
	const meta = new Map<string, unknown>();
	for (const [key, value] of Object.entries(data ?? {})) meta.set(key.toLowerCase(), value);
	return { meta, body: match[2] };
}

/** What the YAML parser found wrong, placed by line of the file (the block starts on line 2). */
function problem(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const reason = message.replace(PLACE, '').split('\n')[0].trim().slice(0, 200);
	const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
	return at ? `line ${at.line + 1} at column ${at.col}: ${reason}` : reason;
}
