import type { ItemReport } from '../import/import-item';
import { readImportFiles } from '../import/read-import-files';
import { errorMessage, isQuotaError } from '../lib/error-message';
import { library, type RestoreChanges } from './library.svelte';
import { refreshSearchIndex } from './search.svelte';

export interface ImportReport {
	imported: number;
	updated: number;
	unchanged: number;
	skipped: ItemReport[];
	/** Items imported with something left out, and what. */
	notes: ItemReport[];
	/** Files refused whole: too large, malformed, not a feed. */
	refused: string[];
	/** From a backup: saved marks and history entries added or brought forward; settings or not. */
	restored?: RestoreChanges;
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
		const { saved, history, settings, highlights } = report.restored;
		// Only what changed: a restore merges, so records this device already had are not counted.
		const lists = [
			plural(saved, 'saved brief'),
			plural(history, 'history entry', 'history entries'),
			...(highlights ? [plural(highlights, 'highlight')] : [])
		];
		const listed = `${lists.slice(0, -1).join(', ')} and ${lists[lists.length - 1]}`;
		parts.push(`restored ${listed}${settings ? ', and settings' : ''}`);
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
		try {
			const read = await readImportFiles(files, Date.now());
			const stored =
				read.briefs.length || read.restore
					? await library.importBriefs(read.briefs, read.restore)
					: { imported: 0, updated: 0, unchanged: 0 };
			if (read.briefs.length) void refreshSearchIndex();
			this.report = {
				...stored,
				skipped: read.skipped,
				notes: read.notes,
				refused: read.refused
			};
		} catch (error) {
			this.failure = isQuotaError(error)
				? 'Not enough storage space on this device: nothing was imported, your library is unchanged.'
				: `Import failed: nothing was imported, your library is unchanged. (${errorMessage(error)})`;
		} finally {
			this.busy = false;
			performance.measure('import', 'import-start');
		}
	}
}
