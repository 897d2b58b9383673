import { ContentFormatError, fetchContentFile, fetchManifest } from '../content/load-bundle';
import { manifestParts, planDownloads, type Download } from '../content/download-plan';
import type { ContentManifest, ContentPart } from '../content/packs';
import { savesData } from '../lib/background-refresh';
import { dropCachedBundles, keepContentFile } from '../lib/content-cache';
import { failureMessage, isQuotaError } from '../lib/error-message';
import { firstPaint } from '../lib/first-paint';
import { prerenderedPage } from '../lib/prerendered-page';
import { library } from './library.svelte';
import { indexStoredParts, refreshSearchIndex } from './search.svelte';

type SyncStatus = 'idle' | 'syncing' | 'ready' | 'failed';

// For the manifest, and for each pack: long enough for a slow phone network. The service worker
// answers the manifest from its cache after 3 s anyway.
const REQUEST_TIMEOUT_MS = 30_000;
/** Downloads under way while earlier ones are stored: the network stays busy, memory bounded. */
const DOWNLOADS_AHEAD = 4;
/** Packs stored in one transaction, at most: large writes, but none that holds the page long. */
const STORE_AT_ONCE = 4;
/** After a pack failed to download: try again in a while, longer each time. */
const RETRY_MS = [30_000, 120_000, 600_000];
/** Briefs missing before a sync that is not a first one shows its progress. */
const PROGRESS_FROM = 200;

/** How much of the deployed library is on this device while a sync is storing it. */
export interface Progress {
	stored: number;
	total: number;
}

/** Keeps stored briefs in line with the deployed content bundle. */
export class ContentState {
	status = $state<SyncStatus>('idle');
	/** The content version stored on this device. */
	version = $state<string>();
	/** A sentence for the reader when something went wrong; undefined otherwise. */
	problem = $state<string>();
	/** Set when the stored library had vanished (evicted or cleared) and was stored again. */
	restored = $state(false);

	/** While a sync downloads packs: how many of the deployed briefs are stored so far. */
	progress = $state<Progress>();
	/**
	 * A first visit with Data Saver on stores the newest pack only and asks before the rest:
	 * how much is stored then. Undefined otherwise.
	 */
	waiting = $state<Progress>();

	/** When the deployed content was last asked for (ms since epoch); 0 before the first time. */
	checkedAt = 0;

	/** A first visit by a shared link: the part its brief is in, fetched first. */
	#linkedPart = prerenderedPage()?.part;
	#retries = 0;
	#fullLibrary = false;
	#retry?: ReturnType<typeof setTimeout>;

	#running?: Promise<void>;

	constructor() {
		library.whenLost(() => void this.sync());
	}

	/** Checks the deployed content once; overlapping calls share one run. */
	sync(): Promise<void> {
		this.#running ??= this.#sync().finally(() => (this.#running = undefined));
		return this.#running;
	}

	async #sync(): Promise<void> {
		// Asked for while the database opens (a quarter of a second at the start of a slow phone),
		// not after. Known offline, asking would only fail: the stored briefs are the library.
		// A library held in memory has what it needs for this visit.
		const asked =
			navigator.onLine && !library.holdsBriefsInMemory ? this.#askManifest() : undefined;
		// Awaited below, or not at all when there is no storage: never an unhandled rejection.
		asked?.catch(() => undefined);
		await library.open();
		// Held in memory the library is this visit's copy of the bundle, fetched even offline (from
		// the service worker's cache), with no stored version and no search index to keep up.
		if (library.inMemory) return this.#syncIntoMemory(asked);
		if (!library.storesOnDevice) return;
		this.status = 'syncing';
		this.problem = undefined;
		try {
			if (!asked) throw new Error('offline');
			const manifest = await asked;
			const [stored, whole] = await Promise.all([
				library.contentVersion(),
				library.contentComplete()
			]);
			let complete = true;
			if (stored !== manifest.version || !whole) {
				complete = await this.#storePacks(manifest, stored === undefined);
				if (stored === undefined && library.wasStoredBefore) this.restored = true;
				library.markStored();
			}
			this.version = complete ? manifest.version : stored;
			this.status = 'ready';
			this.#retries = 0;
			void dropCachedBundles();
		} catch (error) {
			// Offline with briefs already stored is normal: the reader keeps what they have.
			const stored = await library.contentVersion().catch(() => undefined);
			this.version = stored;
			this.status = stored ? 'ready' : 'failed';
			if (isQuotaError(error)) {
				this.problem = stored
					? "This device is out of storage space, so new briefs couldn't be saved. The briefs you had are all still here."
					: "This device is out of storage space, so briefs couldn't be saved.";
			} else if (error instanceof PartlyStored) {
				// The briefs that did arrive are the library until the rest does.
				this.status = 'ready';
				this.problem = `${error.message} The rest will be downloaded when the connection allows.`;
				library.markStored();
				this.#retryLater();
			} else if (!stored) {
				this.problem = failureMessage("Couldn't load briefs", error);
			} else if (error instanceof ContentFormatError) {
				// A broken deploy: nothing of it was stored, and the reader is told why news is missing.
				this.problem = `The latest briefs were refused (${error.message}). The briefs you had are all still here.`;
			}
			if (navigator.onLine) console.warn('Content sync failed', error);
		}
		// Also when nothing changed: the worker loads its saved index before the first search.
		// Outside this run: a sync asked for meanwhile (storage lost and back) must not be answered
		// by one that is only waiting for the worker.
		void this.#refreshSearch();
	}

	/**
	 * Fetches the packs (or parts of them) this device lacks and stores each as it arrives, in the
	 * manifest's order: on a first visit the feed paints from the newest pack while the rest fills
	 * in. A pack that fails is skipped, the others still stored, and the sync completes (removing
	 * what the deploy removed) only once every part is in.
	 */
	async #storePacks(manifest: ContentManifest, firstRun: boolean): Promise<boolean> {
		const have = await library.storedParts();
		const deployed = manifestParts(manifest);
		const all = planDownloads(manifest, have);
		// Data Saver on a first visit: the newest briefs now, the library when the reader says so.
		const asking =
			firstRun && all.length > 1 && savesData() && !this.#fullLibrary && !fullLibraryWanted();
		const plan = linkedFirst(
			asking ? all.filter((d) => d.pack === manifest.packs[0]) : all,
			all,
			this.#linkedPart
		);
		const total = manifest.count;
		let stored = total - all.reduce((sum, d) => sum + d.count, 0);
		// Shown while a library is being filled, not for the few briefs of a day's deploy.
		const shown = plan.length > 0 && (firstRun || total - stored > PROGRESS_FROM);
		if (shown) this.progress = { stored, total };
		let failed = 0;
		let lastError: unknown;
		// Time spent storing, apart from downloading: the bench's seeding rate.
		let storing = 0;
		const downloads: Promise<ContentPart[]>[] = [];
		const arrived: boolean[] = [];
		const start = (i: number) => {
			if (i >= plan.length || i in downloads) return;
			downloads[i] = download(plan[i]);
			// Stored in order below; a failure is seen there, not as an unhandled rejection now.
			downloads[i].then(
				() => (arrived[i] = true),
				() => (arrived[i] = true)
			);
		};
		for (let i = 0; i < DOWNLOADS_AHEAD; i++) start(i);
		for (let i = 0; i < plan.length;) {
			await downloads[i].catch(() => undefined);
			// The first pack alone, so the feed paints from it; after it, every pack that has
			// arrived in one transaction: fewer, larger writes, and fewer rounds of the views
			// reading the library again after each.
			const batch = [i];
			while (i > 0 && batch.length < STORE_AT_ONCE && arrived[i + batch.length]) {
				batch.push(i + batch.length);
			}
			const results = await Promise.allSettled(batch.map((j) => downloads[j]));
			const parts: ContentPart[] = [];
			let count = 0;
			results.forEach((result, k) => {
				if (result.status === 'fulfilled') {
					parts.push(...result.value);
					count += plan[batch[k]].count;
				} else {
					failed++;
					lastError = result.reason;
					console.warn('A content pack could not be downloaded', result.reason);
				}
			});
			try {
				if (parts.length) {
					const started = performance.now();
					await library.storeParts(parts, deployed);
					storing += performance.now() - started;
					indexStoredParts(parts);
					stored += count;
					if (shown) this.progress = { stored, total };
				}
			} catch (error) {
				// Storage full is not a pack's fault: trying the next packs would only fail again.
				if (isQuotaError(error)) throw error;
				failed += batch.length;
				lastError = error;
				console.warn('Content packs could not be stored', error);
			}
			i += batch.length;
			for (let j = i; j < i + DOWNLOADS_AHEAD; j++) start(j);
		}
		this.progress = undefined;
		if (failed) {
			if (lastError instanceof ContentFormatError && failed === plan.length) throw lastError;
			throw new PartlyStored(stored, total);
		}
		if (asking) {
			this.waiting = { stored, total };
			return false;
		}
		this.waiting = undefined;
		await library.finishContent(manifest.version, deployed);
		const briefs = plan.reduce((sum, d) => sum + d.count, 0);
		performance.mark('content-stored', { detail: { briefs, storeMs: storing } });
		return true;
	}

	/** The reader asked for the whole library despite Data Saver: remembered, and fetched now. */
	downloadLibrary(): Promise<void> {
		try {
			localStorage.setItem(FULL_LIBRARY_KEY, '1');
		} catch {
			// No storage: this visit still downloads it.
		}
		this.#fullLibrary = true;
		this.waiting = undefined;
		return this.sync();
	}

	#retryLater() {
		if (this.#retry !== undefined || this.#retries >= RETRY_MS.length) return;
		this.#retry = setTimeout(() => {
			this.#retry = undefined;
			if (navigator.onLine) void this.sync();
		}, RETRY_MS[this.#retries++]);
	}

	async #refreshSearch(): Promise<void> {
		// Not before the first page of the feed is on screen: the worker loading its index would
		// compete with it for the CPU and IndexedDB (a search typed meanwhile starts the worker).
		await firstPaint;
		await refreshSearchIndex();
	}

	#askManifest(): Promise<ContentManifest> {
		this.checkedAt = Date.now();
		return fetchManifest(AbortSignal.timeout(REQUEST_TIMEOUT_MS));
	}

	/** No database: the deployed bundle (from the service worker's cache offline) is the library. */
	async #syncIntoMemory(asked: Promise<ContentManifest> | undefined): Promise<void> {
		if (library.holdsBriefsInMemory) {
			this.status = 'ready';
			return;
		}
		this.status = 'syncing';
		try {
			const manifest = await (asked ?? fetchManifest(AbortSignal.timeout(REQUEST_TIMEOUT_MS)));
			const plan = planDownloads(manifest, manifestParts(undefined));
			// Kept in the service worker's cache: next time, offline, this is where they come from.
			const arrived = await Promise.all(plan.map((d) => download(d, keepContentFile)));
			library.holdInMemory(arrived.flat().flatMap((part) => part.briefs));
			this.version = manifest.version;
			this.status = 'ready';
		} catch (error) {
			this.status = 'failed';
			this.problem = failureMessage("Couldn't load briefs", error);
		}
	}
}

/** The download holding `part` (a shared link's brief) first, then the plan as it was. */
function linkedFirst(plan: Download[], all: Download[], part: string | undefined): Download[] {
	const holds = (d: Download) => (d.only ? [d.only] : d.pack.parts).some(([h]) => h === part);
	const linked = part ? all.find(holds) : undefined;
	return linked ? [linked, ...plan.filter((d) => d !== linked)] : plan;
}

const FULL_LIBRARY_KEY = 'briefs.full-library';
function fullLibraryWanted(): boolean {
	try {
		return localStorage.getItem(FULL_LIBRARY_KEY) === '1';
	} catch {
		return false;
	}
}

/** Some packs are stored and others could not be: the library is usable, and incomplete. */
class PartlyStored extends Error {
	override name = 'PartlyStored';
	constructor(stored: number, total: number) {
		super(
			`${stored.toLocaleString('en')} of ${total.toLocaleString('en')} briefs are downloaded; some couldn't be.`
		);
	}
}

const download = ({ pack, only }: Download, keep?: Parameters<typeof fetchContentFile>[3]) =>
	fetchContentFile(pack, only, AbortSignal.timeout(REQUEST_TIMEOUT_MS), keep);

export const content = new ContentState();
