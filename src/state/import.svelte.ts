import type { Brief } from '../content/brief';
import { appDatabase } from '../db/app-database';
import { removeImportedBrief, storeImportedBriefs } from '../db/imports';
import { ImportFileError } from '../import/import-error';
import { MAX_IMPORT_BYTES } from '../import/limits';
import { readImportFile, type ReadFileResult, type SkippedItem } from '../import/read-import-file';
import { restoreBackup } from '../db/backup';
import { refreshSearchIndex } from './search.svelte';

export interface ImportReport {
	imported: number;
	updated: number;
	unchanged: number;
	skipped: SkippedItem[];
	/** Files refused whole: too large, malformed, not a feed. */
	refused: string[];
	/** From a backup: how many saved marks and history entries came back. */
	restored?: { saved: number; history: number; highlights: number };
}

/** Several backups at once: later files win for settings; lists are joined. */
function mergeRestores(restores: NonNullable<ReadFileResult['restore']>[]) {
	return {
		saved: restores.flatMap((r) => r.saved),
		history: restores.flatMap((r) => r.history),
		highlights: restores.flatMap((r) => r.highlights),
		settings: restores[restores.length - 1].settings
	};
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 imported, 2 updated, 1 skipped: no headline" */
export function summarise(report: ImportReport): string {
	const parts = [`${report.imported} imported`];
	if (report.updated) parts.push(`${report.updated} updated`);
	if (report.unchanged) parts.push(`${report.unchanged} already up to date`);
	if (report.skipped.length) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway, not state
		const reasons = [...new Set(report.skipped.map((s) => s.reason))].slice(0, 3).join('; ');
		parts.push(`${report.skipped.length} skipped: ${reasons}`);
	}
	if (report.refused.length) parts.push(`${plural(report.refused.length, 'file')} refused`);
	if (report.restored) {
		const { saved, history, highlights } = report.restored;
		const lists = [
			plural(saved, 'saved brief'),
			plural(history, 'history entry', 'history entries'),
			...(highlights ? [plural(highlights, 'highlight')] : [])
		];
		const listed = `${lists.slice(0, -1).join(', ')} and ${lists[lists.length - 1]}`;
		parts.push(`restored ${listed}, and settings`);
	}
	return parts.join(', ');
}

/** Import of the reader's own files: read, validate, then store all in one transaction. */
export class ImportState {
	busy = $state(false);
	report = $state.raw<ImportReport>();
	/** Set when storing failed: nothing was imported and the library is as it was. */
	failure = $state<string>();

	async importFiles(files: File[]): Promise<void> {
		if (this.busy || files.length === 0) return;
		this.busy = true;
		// Marks for the import benchmark (bench/import-throughput.mjs).
		performance.mark('import-start');
		this.failure = undefined;
		this.report = undefined;
		const report: ImportReport = {
			imported: 0,
			updated: 0,
			unchanged: 0,
			skipped: [],
			refused: []
		};
		const briefs: Brief[] = [];
		const restores: NonNullable<ReadFileResult['restore']>[] = [];
		const importedAt = Date.now();
		try {
			for (const file of files) {
				if (file.size > MAX_IMPORT_BYTES) {
					const limit = Math.round(MAX_IMPORT_BYTES / 1024 / 1024);
					report.refused.push(`${file.name}: larger than ${limit} MB`);
					continue;
				}
				try {
					const result = await readImportFile(file.name, await file.text(), importedAt);
					briefs.push(...result.briefs);
					report.skipped.push(...result.skipped);
					if (result.restore) restores.push(result.restore);
				} catch (error) {
					if (!(error instanceof ImportFileError)) throw error;
					report.refused.push(error.message);
				}
			}
			const store = async () => {
				if (briefs.length) Object.assign(report, await storeImportedBriefs(appDatabase, briefs));
			};
			if (restores.length) {
				const restored = await restoreBackup(appDatabase, mergeRestores(restores), store);
				report.restored = restored;
			} else {
				await store();
			}
			if (briefs.length) void refreshSearchIndex();
			this.report = report;
		} catch (error) {
			const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
			this.failure = quota
				? 'Not enough storage space on this device: nothing was imported, your library is unchanged.'
				: `Import failed: nothing was imported, your library is unchanged. (${error instanceof Error ? error.message : error})`;
		} finally {
			this.busy = false;
			performance.measure('import', 'import-start');
		}
	}
}

/** Removes an imported brief from the library. */
export async function removeImported(id: string): Promise<void> {
	await removeImportedBrief(appDatabase, id);
	void refreshSearchIndex();
}
