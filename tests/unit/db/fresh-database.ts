import 'fake-indexeddb/auto';
import type { Observable } from 'dexie';
import { afterEach } from 'vitest';
import { buildContent } from '../../../src/content/bundle';
import { BriefsDatabase } from '../../../src/db/database';
import { applyContentBundle } from '../../../src/db/seed';
import { SEED_NAME, seedText } from '../read-fixture';

let databases: BriefsDatabase[] = [];
let counter = 0;

/** A database of its own per test, deleted afterwards. */
export function freshDatabase(prefix = 'test') {
	const db = new BriefsDatabase(`${prefix}-${counter++}-${Math.random()}`);
	databases.push(db);
	return db;
}

afterEach(async () => {
	await Promise.all(databases.map((db) => db.delete()));
	databases = [];
});

/** Synthetic briefs derived from the real seed's structure (test data, not news). */
export const synthetic = (n: number, tweak = '') => ({
	name: `seeds/${String(n).padStart(3, '0')}_synthetic.txt`,
	text: seedText().replace(/^.*$/m, `Synthetic test brief number ${n}${tweak}`)
});
export const seedFile = () => ({ name: SEED_NAME, text: seedText() });

export async function seeded(db: BriefsDatabase, ...files: { name: string; text: string }[]) {
	const { bundle } = await buildContent(files);
	await applyContentBundle(db, bundle);
	return bundle;
}

/** The first value an observable gives. */
export function firstValue<T>(observable: Observable<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		const sub = observable.subscribe({
			next: (v) => {
				resolve(v);
				queueMicrotask(() => sub.unsubscribe());
			},
			error: reject
		});
	});
}
