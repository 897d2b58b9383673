import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { BriefsDatabase } from '../../../src/db/database';
import { openAppDatabase, readBriefsAsTheyAre } from '../../../src/db/open-database';
import { seedFile, seeded } from './fresh-database';

const events = () => ({ onOutdated: vi.fn(), onBlocked: vi.fn(), onLost: vi.fn() });

describe('openAppDatabase', () => {
	it('closes for good when another connection upgrades, and says so', async () => {
		const name = `vc-${Math.random()}`;
		const db = new BriefsDatabase(name);
		const on = events();
		expect(await openAppDatabase(db, on)).toBeUndefined();

		const newer = new Dexie(name);
		newer.version(4).stores({ briefs: 'id, &slug, rank', meta: 'key', extra: 'id' });
		await newer.open();
		expect(on.onOutdated).toHaveBeenCalledOnce();
		expect(db.isOpen()).toBe(false);
		// Closed for good: no silent reopen onto a schema this build does not know.
		await expect(db.briefs.count()).rejects.toThrow();
		await newer.delete();
	});

	it('tells an upgrade that failed from a browser with no IndexedDB', async () => {
		const name = `bad-${Math.random()}`;
		const old = new Dexie(name);
		old.version(1).stores({ briefs: 'id, &slug, rank', meta: 'key' });
		await old.open();
		old.close();
		// A newer native version than this build's: opening it at 30 fails.
		const raw = await new Promise<IDBDatabase>((resolve) => {
			const request = indexedDB.open(name, 500);
			request.onsuccess = () => resolve(request.result);
		});
		raw.close();
		const db = new BriefsDatabase(name);
		vi.spyOn(db, 'open').mockRejectedValueOnce(new Dexie.UpgradeError('injected'));
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await openAppDatabase(db, events())).toBe('upgrade-failed');
		expect(await openAppDatabase(new BriefsDatabase(`none-${Math.random()}`), events())).toBe(
			undefined
		);
	});
});

describe('readBriefsAsTheyAre', () => {
	it('reads briefs from a database at whatever version it is, in feed order', async () => {
		const name = `as-is-${Math.random()}`;
		const db = new BriefsDatabase(name);
		const bundle = await seeded(db, seedFile());
		db.close();
		expect(await readBriefsAsTheyAre(name)).toEqual(bundle.briefs);
		await Dexie.delete(name);
	});
});
