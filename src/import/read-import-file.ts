import type { Brief, ImportFormat } from '../content/brief';
import { sha256Hex } from '../content/content-hash';
import { BriefParseError } from '../content/parse-error';
import { parseBrief } from '../content/parse-brief';
import { slugify } from '../content/slug';
import { fieldsProblem } from '../content/validate';
import { itemsFromAtom } from './from-atom';
import { isJsonFeed, itemsFromJsonFeed } from './from-json-feed';
import { itemFromMarkdown } from './from-markdown';
import { itemsFromRss } from './from-rss';
import { ImportFileError } from './import-error';
import type { ImportItem } from './import-item';
import { MAX_IMPORT_ITEMS } from './limits';
import { checkBackup, isBackup, type CheckedBackup } from './from-backup';
import { parseJsonSafely } from './safe-json';
import { parseXml } from './xml';

export interface SkippedItem {
	file: string;
	label: string;
	reason: string;
}

export interface ReadFileResult {
	format: ImportFormat | 'backup';
	briefs: Brief[];
	skipped: SkippedItem[];
	/** A Briefs backup also restores saved briefs, history and settings. */
	restore?: Omit<CheckedBackup, 'briefs'>;
}

const extension = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

async function itemsOf(
	file: string,
	text: string
): Promise<{ format: ImportFormat; items: ImportItem[] }> {
	const ext = extension(file);
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (ext === 'md' || ext === 'markdown') {
		return { format: 'markdown', items: [itemFromMarkdown(text, file)] };
	}
	if (ext === 'json' || start.startsWith('{')) {
		const data = parseJsonSafely(text, file);
		if (!isJsonFeed(data)) throw new ImportFileError(file, 'JSON that is not a JSON Feed');
		return { format: 'json-feed', items: itemsFromJsonFeed(data, file) };
	}
	if (['xml', 'rss', 'atom'].includes(ext) || start.startsWith('<')) {
		const doc = parseXml(text, file);
		const root = doc.documentElement.localName;
		if (root === 'rss') return { format: 'rss', items: itemsFromRss(doc, file) };
		if (root === 'feed') return { format: 'atom', items: itemsFromAtom(doc) };
		throw new ImportFileError(file, `XML whose root is <${root}>, not an RSS or Atom feed`);
	}
	if (ext === 'txt' || ext === '') {
		try {
			const brief = await parseBrief(text, file);
			return { format: 'brief', items: [{ key: brief.id, label: brief.headline, fields: brief }] };
		} catch (error) {
			if (!(error instanceof BriefParseError)) throw error;
			return { format: 'brief', items: [{ key: file, label: file, problem: error.message }] };
		}
	}
	throw new ImportFileError(file, `".${ext}" files can't be imported`);
}

/**
 * Reads one file of any supported format into briefs, through the same validation as seeds.
 * Items that can't be briefs are reported, not fatal; a file that can't be read at all throws.
 */
export async function readImportFile(
	file: string,
	text: string,
	importedAt: number
): Promise<ReadFileResult> {
	const start = text.replace(/\uFEFF/, '').trimStart();
	if (start.startsWith('{')) {
		const data = parseJsonSafely(text, file);
		if (isBackup(data)) return readBackup(data, file);
	}
	const { format, items } = await itemsOf(file, text);
	if (items.length > MAX_IMPORT_ITEMS) {
		throw new ImportFileError(
			file,
			`${items.length} items; at most ${MAX_IMPORT_ITEMS} can be imported at once`
		);
	}
	const briefs: Brief[] = [];
	const skipped: SkippedItem[] = [];
	const seen = new Set<string>();
	for (const item of items) {
		const problem = item.problem ?? (item.fields ? fieldsProblem(item.fields) : 'empty item');
		if (problem || !item.fields) {
			skipped.push({ file, label: item.label, reason: problem ?? 'empty item' });
			continue;
		}
		const id = `imp-${(await sha256Hex(`${format}\n${item.key}`)).slice(0, 20)}`;
		if (seen.has(id)) {
			skipped.push({ file, label: item.label, reason: 'appears twice in this file' });
			continue;
		}
		seen.add(id);
		const { fields } = item;
		briefs.push({
			headline: fields.headline,
			dek: fields.dek,
			hero: fields.hero,
			takeaways: fields.takeaways,
			editorsDesk: fields.editorsDesk,
			byline: fields.byline,
			section: fields.section,
			publisher: fields.publisher,
			body: fields.body,
			bodyHtml: fields.bodyHtml,
			url: fields.url,
			date: fields.date,
			id,
			slug: slugify(fields.headline),
			contentHash: await sha256Hex(JSON.stringify(fields)),
			source: file,
			origin: { format, file, importedAt }
		});
	}
	return { format, briefs, skipped };
}

/** A backup's briefs pass the same checks as any import; their ids and places are kept. */
async function readBackup(data: unknown, file: string): Promise<ReadFileResult> {
	const { briefs, ...restore } = checkBackup(data, file);
	const kept: Brief[] = [];
	const skipped: SkippedItem[] = [];
	for (const { brief, fields } of briefs) {
		const problem = fieldsProblem(fields);
		if (problem) skipped.push({ file, label: brief.headline || brief.id, reason: problem });
		else {
			kept.push({
				...brief,
				slug: slugify(fields.headline),
				contentHash: await sha256Hex(JSON.stringify(fields))
			});
		}
	}
	return { format: 'backup', briefs: kept, skipped, restore };
}
