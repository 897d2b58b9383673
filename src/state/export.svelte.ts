import { toJsonFeed } from '../content/to-json-feed';
import { appDatabase } from '../db/app-database';
import { exportBackup } from '../db/backup';
import { readSaved } from '../db/saved';

const today = () => new Date().toISOString().slice(0, 10);

/** Hands a file to the browser's download; the object URL is released once it has started. */
function download(name: string, data: unknown, type: string) {
	const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, '\t')], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Backup and export: the reader can always take everything out. */
export class ExportState {
	failure = $state<string>();

	async downloadBackup() {
		await this.#run(async () =>
			download(`briefs-backup-${today()}.json`, await exportBackup(appDatabase), 'application/json')
		);
	}

	async downloadSavedFeed() {
		await this.#run(async () =>
			download(
				`briefs-saved-${today()}.json`,
				toJsonFeed(await readSaved(appDatabase), location.origin),
				'application/feed+json'
			)
		);
	}

	async #run(work: () => Promise<void>) {
		this.failure = undefined;
		try {
			await work();
		} catch (error) {
			this.failure = `Export failed: ${error instanceof Error ? error.message : error}`;
		}
	}
}
