import type { Brief, BriefFields, ImportFormat } from '../content/brief';
import { canonicalFields } from '../content/brief-shape';
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
import type { ImportItem, ItemReport, LazyItem } from './import-item';
import { MAX_IMPORT_ITEMS, MAX_MARKDOWN_BYTES } from './limits';
import { pageYielder } from '../lib/page-yield';
import { checkBackup, isBackup, type CheckedBackup } from './from-backup';
import { parseJsonOffThread } from './json-off-thread';
import { parseXml } from './xml';

/** An item left out, by file and label, with why. */
export type SkippedItem = ItemReport;

export interface ReadFileResult {
	format: ImportFormat | 'backup';
	briefs: Brief[];
	skipped: SkippedItem[];
	/** Items imported with something left out (a date or a URL Briefs cannot use), and what. */
	notes: ItemReport[];
	/** A Briefs backup also restores saved briefs, history and settings. */
	restore?: Omit<CheckedBackup, 'briefs' | 'skipped'>;
}

const extension = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

type FileItems = { format: ImportFormat; items: LazyItem[] } | { backup: unknown };

/** What the file holds, by extension and first character; JSON is parsed once, here. */
async function itemsOf(file: string, text: string, pause: () => Promise<void>): Promise<FileItems> {
	const ext = extension(file);
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (ext === 'md' || ext === 'markdown') {
		const bytes = new TextEncoder().encode(text).length;
		if (bytes > MAX_MARKDOWN_BYTES) {
			throw new ImportFileError(
				file,
				`Markdown file of ${bytes} bytes; one brief may be at most ${MAX_MARKDOWN_BYTES}`
			);
		}
		// Loaded on the first Markdown file: the parsers are most of the import code, and every
		// article view (its "Remove" button) loads the rest of it.
		const parsers = await import('./markdown-parsers');
		return { format: 'markdown', items: [() => itemFromMarkdown(text, file, parsers)] };
	}
	if (ext === 'json' || start.startsWith('{')) {
		const data = await parseJsonOffThread(text, file, pause);
		if (isBackup(data)) return { backup: data };
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
			const item: ImportItem = { key: brief.id, label: brief.headline, fields: brief };
			return { format: 'brief', items: [() => item] };
		} catch (error) {
			if (!(error instanceof BriefParseError)) throw error;
			const item: ImportItem = { key: file, label: file, problem: error.message };
			return { format: 'brief', items: [() => item] };
		}
	}
	throw new ImportFileError(file, `".${ext}" files can't be imported`);
}

/**
 * What tells a changed brief from an unchanged one: the hash of its fields in one order, so a
 * brief hashes the same from its file and from a backup (a .txt brief's whole parse result was
 * hashed before, so every restore marked it "Updated").
 */
export const fieldsHash = async (fields: BriefFields) =>
	sha256Hex(JSON.stringify(canonicalFields(fields)));

/**
 * Reads one file of any supported format into briefs, through the same validation as seeds.
 * Items that can't be briefs are reported, not fatal; a file that can't be read at all throws.
 * Between items it gives the page its thread back (`pause`), so a long file never holds it.
 */
export async function readImportFile(
	file: string,
	text: string,
	importedAt: number,
	pause: () => Promise<void> = pageYielder()
): Promise<ReadFileResult> {
	const read = await itemsOf(file, text, pause);
	if ('backup' in read) return readBackup(read.backup, file, importedAt, pause);
	const { format, items } = read;
	if (items.length > MAX_IMPORT_ITEMS) {
		throw new ImportFileError(
			file,
			`${items.length} items; at most ${MAX_IMPORT_ITEMS} can be imported at once`
		);
	}
	const briefs: Brief[] = [];
	const skipped: SkippedItem[] = [];
	const notes: ItemReport[] = [];
	const seen = new Set<string>();
	for (const lazy of items) {
		await pause();
		const item = lazy();
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
		for (const reason of item.notes ?? []) notes.push({ file, label: item.label, reason });
		const fields = canonicalFields(item.fields);
		briefs.push({
			...fields,
			id,
			slug: slugify(fields.headline),
			contentHash: await fieldsHash(fields),
			source: file,
			origin: { format, file, importedAt }
		});
	}
	return { format, briefs, skipped, notes };
}

/** A backup's briefs pass the same checks as any import; their ids and places are kept. */
async function readBackup(
	data: unknown,
	file: string,
	importedAt: number,
	pause: () => Promise<void>
): Promise<ReadFileResult> {
	const { briefs, skipped, ...restore } = checkBackup(data, file, importedAt);
	const kept: Brief[] = [];
	for (const brief of briefs) {
		await pause();
		kept.push({ ...brief, slug: slugify(brief.headline), contentHash: await fieldsHash(brief) });
	}
	return { format: 'backup', briefs: kept, skipped, notes: [], restore };
}
