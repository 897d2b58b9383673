import type { Brief } from '../content/brief';
import type { RestoreRecords } from '../content/backup-format';
import { pageYielder } from '../lib/page-yield';
import { ImportFileError } from './import-error';
import type { ItemReport } from './import-item';
import { MAX_IMPORT_BYTES, MAX_IMPORT_FILES, MAX_IMPORT_ITEMS } from './limits';
import { readImportFile } from './read-import-file';

/** A picked or dropped file, or anything shaped like one (tests). */
export interface ImportSource {
	name: string;
	size: number;
	text(): Promise<string>;
}

export interface ImportRead {
	briefs: Brief[];
	skipped: ItemReport[];
	notes: ItemReport[];
	/** Files refused whole, each as "name: why". */
	refused: string[];
	/** Saved marks, history and settings of every backup among the files, in file order. */
	restore?: RestoreRecords;
}

const MB = 1024 * 1024;

/**
 * Reads the files of one import, one at a time, under limits that hold for the import as a whole:
 * its bytes, its items and its files (each file alone was limited before, and any number of them
 * was held and written at once). A file that would take the import past a limit is refused whole
 * and named; the files before it still import. An item that two files share is imported once
 * (the first file's) and reported in the other.
 */
export async function readImportFiles(
	files: ImportSource[],
	importedAt: number,
	pause: () => Promise<void> = pageYielder()
): Promise<ImportRead> {
	const read: ImportRead = { briefs: [], skipped: [], notes: [], refused: [] };
	const firstFile = new Map<string, string>();
	let bytes = 0;
	let restoreRecords = 0;
	for (const [i, file] of files.entries()) {
		if (i >= MAX_IMPORT_FILES) {
			read.refused.push(
				`${file.name}: at most ${MAX_IMPORT_FILES} files can be imported at once; import it separately`
			);
			continue;
		}
		if (file.size > MAX_IMPORT_BYTES) {
			read.refused.push(`${file.name}: larger than ${MAX_IMPORT_BYTES / MB} MB`);
			continue;
		}
		if (bytes + file.size > MAX_IMPORT_BYTES) {
			read.refused.push(
				`${file.name}: this import already holds ${Math.round(bytes / MB)} of at most ${MAX_IMPORT_BYTES / MB} MB; import it separately`
			);
			continue;
		}
		bytes += file.size;
		try {
			const result = await readImportFile(file.name, await file.text(), importedAt, pause);
			const fresh = result.briefs.filter((b) => !firstFile.has(b.id));
			if (read.briefs.length + fresh.length > MAX_IMPORT_ITEMS) {
				throw new ImportFileError(
					file.name,
					`would take this import past ${MAX_IMPORT_ITEMS} items; import it separately`
				);
			}
			const records =
				(result.restore?.saved.length ?? 0) +
				(result.restore?.history.length ?? 0) +
				(result.restore?.highlights?.length ?? 0);
			if (restoreRecords + records > MAX_IMPORT_ITEMS * 10) {
				throw new ImportFileError(
					file.name,
					'backups in this import have more records than Briefs can restore at once'
				);
			}
			restoreRecords += records;
			for (const brief of result.briefs) {
				const first = firstFile.get(brief.id);
				if (first === undefined) {
					firstFile.set(brief.id, file.name);
					read.briefs.push(brief);
				} else {
					read.skipped.push({
						file: file.name,
						label: brief.headline,
						reason: `also in ${first}, imported from there`
					});
				}
			}
			read.skipped.push(...result.skipped);
			read.notes.push(...result.notes);
			if (result.restore) read.restore = joinRestores(read.restore, result.restore);
		} catch (error) {
			if (!(error instanceof ImportFileError)) throw error;
			read.refused.push(error.message);
		}
		await pause();
	}
	return read;
}

/** Several backups at once: their lists are joined (restoring merges them); later settings win. */
function joinRestores(a: RestoreRecords | undefined, b: RestoreRecords): RestoreRecords {
	if (!a) return b;
	return {
		saved: [...a.saved, ...b.saved],
		history: [...a.history, ...b.history],
		highlights: [...(a.highlights ?? []), ...(b.highlights ?? [])],
		settings: a.settings || b.settings ? { ...a.settings, ...b.settings } : undefined
	};
}
