import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { StoredBrief } from '../../../src/content/brief';
import { deployedContent } from '../content-route';

/**
 * Every schema the app has shipped, frozen as it was released: a reader's browser may still hold
 * any of them. Never edit one; add the next. Version 2 belongs to the search index's branch.
 */
export const SHIPPED_SCHEMAS = {
	1: { 1: { briefs: 'id, &slug, rank', meta: 'key' } },
	3: {
		1: { briefs: 'id, &slug, rank', meta: 'key' },
		2: { searchIndex: 'key' },
		3: { saved: 'briefId, savedAt', history: 'briefId, readAt', settings: 'key' }
	}
} as const;
export type ShippedVersion = keyof typeof SHIPPED_SCHEMAS;

export type FixtureTables = Record<string, unknown[]>;

/** Test data only: a brief the reader imported in the past, which no deploy lists. */
export function importedBrief(like: StoredBrief): StoredBrief {
	return {
		...like,
		id: 'import:fixture-1',
		slug: 'fixture-imported-brief',
		headline: 'Fixture imported brief kept across upgrades',
		contentHash: 'f'.repeat(64),
		rank: -1,
		source: 'import:fixture-1',
		origin: { format: 'brief', file: 'fixture.txt', importedAt: 1_699_999_000_000 }
	};
}

/** The records a database of `version` held, around the deployed content. */
export async function fixtureRecords(page: Page, version: ShippedVersion): Promise<FixtureTables> {
	const { manifest, briefs: deployed } = await deployedContent(page);
	const bundle = { briefs: deployed };
	const briefs = [importedBrief(bundle.briefs[0]), ...bundle.briefs];
	// As a device that stored content before packs recorded it: an entry per brief, no part.
	const entries = deployed.map(({ id, contentHash, rank, slug }) => ({
		id,
		contentHash,
		rank,
		slug
	}));
	const tables: FixtureTables = {
		briefs,
		meta: [{ key: 'content', value: { version: manifest.version, entries } }]
	};
	if (version >= 3) {
		tables.saved = [
			{ briefId: bundle.briefs[0].id, savedAt: 1_700_000_000_000 },
			{ briefId: 'import:fixture-1', savedAt: 1_700_000_100_000 }
		];
		tables.history = [
			{
				briefId: bundle.briefs[0].id,
				readAt: 1_700_000_200_000,
				progress: 0.4,
				scrollY: 900,
				layoutWidth: 390
			}
		];
		tables.settings = [{ key: 'reader', value: { theme: 'dark', textSize: 3, lineWidth: 'wide' } }];
	}
	return tables;
}

const PROBE_PATH = '/__db-probe';

/**
 * A blank page on the app's origin, outside the app, for reading and writing its IndexedDB as
 * another program would. Needs `serviceWorkers: 'block'` (a worker would answer instead).
 */
export async function openProbe(page: Page) {
	await page.route(`**${PROBE_PATH}`, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' })
	);
	await page.goto(PROBE_PATH);
}

const dexieScript = createRequire(import.meta.url).resolve('dexie/dist/dexie.js');

/** Builds the database a reader of `version` had, with Dexie and that version's schema code. */
export async function installFixtureDatabase(
	page: Page,
	version: ShippedVersion,
	tables: FixtureTables
) {
	await openProbe(page);
	await page.addScriptTag({ path: dexieScript });
	await page.evaluate(
		async ({ schemas, tables }) => {
			const { Dexie } = window as unknown as { Dexie: typeof import('dexie').Dexie };
			const db = new Dexie('briefs');
			for (const [v, stores] of Object.entries(schemas)) db.version(Number(v)).stores(stores);
			await db.open();
			for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkAdd(rows);
			db.close();
		},
		{ schemas: SHIPPED_SCHEMAS[version], tables }
	);
}

/** Every table's records, in primary-key order, and the database's native version. */
export async function readDatabase(
	page: Page
): Promise<{ version: number; tables: FixtureTables } | undefined> {
	return page.evaluate(async () => {
		if (!(await indexedDB.databases()).some((d) => d.name === 'briefs')) return undefined;
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('briefs');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const tables: Record<string, unknown[]> = {};
		for (const name of Array.from(db.objectStoreNames)) {
			tables[name] = await new Promise((resolve, reject) => {
				const request = db.transaction(name).objectStore(name).getAll();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		}
		const version = db.version;
		db.close();
		return { version, tables };
	});
}

/** Sorts by primary key as IndexedDB does, so expectations can be written in any order. */
export const byKey = (key: string) => (rows: unknown[]) =>
	[...rows].sort((a, b) => {
		const x = String((a as Record<string, unknown>)[key]);
		const y = String((b as Record<string, unknown>)[key]);
		return x < y ? -1 : x > y ? 1 : 0;
	});
