import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileCache } from './file-cache.ts';

/**
 * A file to write: its content, or how to make it, copied from the cache entry `key` when there is
 * one (and kept there once made).
 */
export type OutFile =
	| string
	| Uint8Array
	| {
			make: () => Promise<string | Uint8Array>;
			cache?: { store: FileCache; key: string };
	  };

/** Writes in flight at once: enough to keep the disk and the thread pool busy, few in memory. */
const IN_FLIGHT = 16;

/**
 * Writes the files a library has one or more of per brief (pages, share cards, content files)
 * straight into the build folder, as they are made. Through the bundler they were all held in
 * memory until the end and copied again on the way out: at 10,000 briefs 1.2 GB, a tenth of the
 * build's time, and a library a few times larger would not fit.
 */
export class OutDirWriter {
	/** Folders made, or being made: a write waits for its folder. */
	readonly #dirs = new Map<string, Promise<unknown>>();
	readonly #inFlight = new Set<Promise<void>>();
	#failure: unknown;
	files = 0;

	constructor(readonly outDir: string) {}

	/** Starts writing `fileName`; waits only while too many writes are in flight. */
	async put(fileName: string, file: OutFile): Promise<void> {
		if (this.#failure) throw this.#failure;
		while (this.#inFlight.size >= IN_FLIGHT) await Promise.race(this.#inFlight);
		const writing = this.#write(join(this.outDir, fileName), file).then(
			() => void this.#inFlight.delete(writing),
			(error: unknown) => {
				this.#inFlight.delete(writing);
				this.#failure ??= error;
			}
		);
		this.#inFlight.add(writing);
		this.files++;
	}

	/** Waits for every write; throws the first that failed. */
	async done(): Promise<void> {
		await Promise.all(this.#inFlight);
		if (this.#failure) throw this.#failure;
	}

	async #write(path: string, file: OutFile) {
		const dir = dirname(path);
		let made = this.#dirs.get(dir);
		if (!made) this.#dirs.set(dir, (made = mkdir(dir, { recursive: true })));
		await made;
		if (typeof file === 'string' || file instanceof Uint8Array) return writeFile(path, file);
		const { make, cache } = file;
		if (cache) {
			try {
				await copyFile(cache.store.path(cache.key), path);
				cache.store.countKept();
				return;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
			}
		}
		const data = await make();
		cache?.store.write(cache.key, data);
		await writeFile(path, data);
	}
}
