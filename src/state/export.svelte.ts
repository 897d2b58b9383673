import { locateHighlight } from '../content/highlight-anchor';
import { highlightsMarkdown } from '../content/highlights-markdown';
import { toJsonFeed } from '../content/to-json-feed';
import { failureMessage } from '../lib/error-message';
import { library } from './library.svelte';

const today = () => new Date().toISOString().slice(0, 10);

/** Hands a file to the browser's download; the object URL is released once it has started. */
function download(name: string, data: unknown, type: string) {
	const text = typeof data === 'string' ? data : JSON.stringify(data, null, '\t');
	const url = URL.createObjectURL(new Blob([text], { type }));
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
			download(`briefs-backup-${today()}.json`, await library.exportBackup(), 'application/json')
		);
	}

	async downloadSavedFeed() {
		await this.#run(async () =>
			download(
				`briefs-saved-${today()}.json`,
				toJsonFeed(await library.savedBriefs(), location.origin),
				'application/feed+json'
			)
		);
	}

	/** One Markdown file: a quote block, the note and the link for each highlight. */
	async downloadHighlights() {
		await this.#run(async () => {
			const entries = await library.highlightEntries();
			// Grouped by brief, in the order /highlights shows them.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a throwaway, not state
			const order = [...new Set(entries.map((h) => h.briefId))];
			const grouped = order.flatMap((id) => entries.filter((h) => h.briefId === id));
			const markdown = highlightsMarkdown(
				grouped.map((h) => ({
					...h,
					gone: !!h.brief && !locateHighlight(h.brief, h.anchor)
				})),
				location.origin,
				// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
				new Date()
			);
			download(`briefs-highlights-${today()}.md`, markdown, 'text/markdown');
		});
	}

	async #run(work: () => Promise<void>) {
		this.failure = undefined;
		try {
			await work();
		} catch (error) {
			this.failure = failureMessage('Export failed', error);
		}
	}
}
