import { createHash } from 'node:crypto';
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';

/** SHA-256 of everything a build output is made from: the name it is kept under. */
export function cacheKey(...inputs: (string | Uint8Array)[]): string {
	const hash = createHash('sha256');
	for (const input of inputs) hash.update(input).update('\0');
	return hash.digest('hex');
}

/** Entries a build did not use are kept this long, for another build sharing the folder. */
const SPARE_MS = 24 * 60 * 60 * 1000;

/**
 * Build outputs kept between builds (share cards, search segments, pages, compressed files), each
 * under the key of what it is made from, so that a build of a library that grew by a few briefs
 * makes only theirs. A missing entry is simply made again: a build stopped midway, or another
 * build sweeping the folder meanwhile, costs time, never a wrong file.
 */
export class FileCache {
	readonly #used = new Set<string>();
	readonly #shards = new Set<string>();
	#made = 0;
	#kept = 0;

	/** `extension` ends each entry's name (".png"), for whoever looks into the folder. */
	constructor(
		readonly dir: string,
		readonly extension = ''
	) {}

	/**
	 * Where the entry for `key` is (or will be) kept: in a folder named by its first two digits,
	 * so that none holds more than a few hundred entries at 50,000 briefs.
	 */
	path(key: string): string {
		const name = `${key}${this.extension}`;
		this.#used.add(name);
		return join(this.dir, key.slice(0, 2), name);
	}

	/** The entry for `key`, or undefined if there is none. */
	read(key: string): Buffer | undefined {
		try {
			const kept = readFileSync(this.path(key));
			this.#kept++;
			return kept;
		} catch {
			return undefined;
		}
	}

	/** The entry for `key` read as JSON, or undefined if there is none or it no longer parses. */
	readJson(key: string): unknown {
		const kept = this.read(key);
		if (!kept) return undefined;
		try {
			return JSON.parse(kept.toString('utf8'));
		} catch {
			// Cut short or damaged: the caller makes it again.
			return undefined;
		}
	}

	/** Keeps `data` as the entry for `key`: written aside and renamed, so never seen half written. */
	write(key: string, data: string | Uint8Array): void {
		const path = this.path(key);
		const shard = dirname(path);
		if (!this.#shards.has(shard)) {
			mkdirSync(shard, { recursive: true });
			this.#shards.add(shard);
		}
		const partial = `${path}.${process.pid}.tmp`;
		writeFileSync(partial, data);
		renameSync(partial, path);
		this.#made++;
	}

	/** Counts a hit that the caller found by path (a copy) rather than by read. */
	countKept(): void {
		this.#kept++;
	}

	get stats() {
		return { made: this.#made, kept: this.#kept };
	}

	/**
	 * Deletes the entries this build did not use, once they are a day old: without it the folder
	 * grows by a library's worth of pages with every change to the app's code.
	 */
	sweep(now = Date.now()): number {
		let swept = 0;
		let shards: string[];
		try {
			shards = readdirSync(this.dir);
		} catch {
			return 0;
		}
		const names = shards.flatMap((shard) => {
			try {
				return readdirSync(join(this.dir, shard)).map((name) => [shard, name]);
			} catch {
				return [];
			}
		});
		for (const [shard, name] of names) {
			if (this.#used.has(name)) continue;
			const path = join(this.dir, shard, name);
			try {
				if (now - statSync(path).mtimeMs < SPARE_MS) continue;
				unlinkSync(path);
				swept++;
			} catch {
				// Gone already (another build swept it): nothing to do.
			}
		}
		return swept;
	}
}
