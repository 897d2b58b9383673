import type { BriefFields } from '../content/brief';
import { importedUrl, isoDay, paragraphs, text, type ImportItem } from './import-item';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** The small subset of YAML front matter briefs use: `key: value` and `key:` + `- item` lists. */
function readFrontMatter(block: string): Map<string, string | string[]> {
	const values = new Map<string, string | string[]>();
	let listKey: string | undefined;
	for (const line of block.split(/\r?\n/)) {
		const item = /^\s+-\s+(.*)$/.exec(line);
		if (item && listKey) {
			(values.get(listKey) as string[]).push(unquote(item[1]));
			continue;
		}
		const pair = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
		if (!pair) continue;
		const key = pair[1].toLowerCase();
		if (pair[2].trim()) {
			values.set(key, unquote(pair[2]));
			listKey = undefined;
		} else {
			values.set(key, []);
			listKey = key;
		}
	}
	return values;
}

const unquote = (value: string) => value.trim().replace(/^(["'])(.*)\1$/, '$2');

/**
 * A link, `[text](address)`, matched in linear time: neither part may hold its own opening or
 * closing bracket, so an attempt stops at the next `[` (or `(`) instead of scanning to the end of
 * the file and backtracking; `[^\]]*` made a megabyte of `[` take 14 s. Nested brackets in link
 * text are rare in briefs, and such a link keeps its brackets as text.
 */
const LINK = /\[([^[\]]*)\]\([^()]*\)/g;

/** Markdown outside the front matter is kept as text paragraphs; markup characters are dropped. */
const plainMarkdown = (value: string) =>
	value
		.replace(/^#{1,6}\s+/gm, '')
		.replace(LINK, '$1')
		.replace(/(\*\*|__|\*|_|`)/g, '');

/** A Markdown file with front matter: title, dek/summary, author, section, date, takeaways… */
export function itemFromMarkdown(source: string, file: string): ImportItem {
	const match = FRONT_MATTER.exec(source.replace(/^\uFEFF/, ''));
	const meta = match ? readFrontMatter(match[1]) : new Map<string, string | string[]>();
	const get = (...keys: string[]) => {
		for (const key of keys) {
			const value = meta.get(key);
			if (typeof value === 'string') return value;
		}
		return '';
	};
	const body = paragraphs(plainMarkdown(match ? match[2] : source));
	const takeaways = meta.get('takeaways');
	const notes: string[] = [];
	const fields: BriefFields = {
		headline: text(get('title', 'headline')),
		dek: text(get('dek', 'summary', 'description')) || body[0] || '',
		hero: {
			caption: text(get('caption')) || undefined,
			imageUrl: importedUrl(get('image'), 'image', notes)
		},
		takeaways: Array.isArray(takeaways) ? takeaways.map(text).filter(Boolean) : [],
		byline: text(get('author', 'byline')) || 'Unknown author',
		section: text(get('section', 'category')) || 'Imported',
		publisher: text(get('publisher')) || 'Imported',
		body,
		url: importedUrl(get('url', 'link'), 'link', notes),
		date: isoDay(get('date'), notes)
	};
	return { key: get('id') || file, label: fields.headline || file, fields, notes };
}
