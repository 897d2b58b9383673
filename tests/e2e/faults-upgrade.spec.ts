import type { Page } from '@playwright/test';
import {
	byKey,
	fixtureRecords,
	installFixtureDatabase,
	openProbe,
	readDatabase,
	type FixtureTables
} from './support/db-fixtures';
import { expect, SEED_HEADLINE, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

/** Dexie stores schema version n as native version 10n. */
const NATIVE_CURRENT = 50;
const LEGACY_HEADLINE = 'Fixture imported brief kept across upgrades';

const KEYS: Record<string, string> = {
	briefs: 'id',
	meta: 'key',
	saved: 'briefId',
	history: 'briefId',
	settings: 'key',
	highlights: 'id'
};

function sorted(tables: FixtureTables): FixtureTables {
	return Object.fromEntries(
		Object.entries(tables).map(([name, rows]) => [name, byKey(KEYS[name])(rows)])
	);
}

async function expectUpgradedWith(page: Page, fixture: FixtureTables) {
	// The feed paints from the old database as it stands (read without a version); the upgrade
	// comes when the app opens it for the rest, which may be just after.
	await expect.poll(async () => (await readDatabase(page))?.version).toBe(NATIVE_CURRENT);
	const db = await readDatabase(page);
	const expected = sorted({ saved: [], history: [], settings: [], highlights: [], ...fixture });
	// The search index (schema 2) is rebuilt by the worker as soon as the app opens: its content
	// is the worker's, not the fixture's, so only its presence is checked.
	const { searchIndex, meta, ...tables } = db!.tables;
	expect(searchIndex).toBeDefined();
	const { meta: metaBefore, ...rest } = expected;
	expect(sorted(tables)).toEqual(rest);
	// The one record of applied content became a record per part, of the same briefs.
	const ids = (records: unknown[] | undefined, keys: (key: string) => boolean) => [
		...new Set(
			(records as { key: string; value: { entries?: { id: string }[] } }[])
				.filter((r) => keys(r.key))
				.flatMap((r) => r.value.entries!.map((e) => e.id))
		)
	];
	expect(meta.some((r) => (r as { key: string }).key === 'content')).toBe(false);
	expect(ids(meta, (key) => key.startsWith('part:')).sort()).toEqual(
		ids(metaBefore, (key) => key === 'content').sort()
	);
}

for (const version of [1, 3] as const) {
	test(`@fault a schema-${version} database opens in the current app with every record intact`, async ({
		page
	}) => {
		const fixture = await fixtureRecords(page, version);
		await installFixtureDatabase(page, version, fixture);

		await page.goto('/');
		const feed = page.locator('ol.feed-list');
		await expect(feed.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
		await expect(feed.getByRole('link', { name: LEGACY_HEADLINE })).toBeVisible();
		await expect(page.getByTestId('storage-notice')).toBeHidden();
		await expectUpgradedWith(page, fixture);

		if (version === 3) {
			// The history record carried over: 40 % read, so it is offered to continue.
			await expect(page.getByRole('link', { name: SEED_HEADLINE }).first()).toHaveAttribute(
				'href',
				/\?resume$/
			);
			await page.goto('/saved');
			await expect(page.getByRole('link', { name: LEGACY_HEADLINE })).toBeVisible();
			await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		}
	});
}

test.describe('failed upgrade', () => {
	// The blocked worker script shows as a failed request.
	test.use({ expectNetworkFailures: true });

	test('@fault an upgrade that fails midway leaves the old database readable and says so', async ({
		page,
		context
	}) => {
		const fixture = await fixtureRecords(page, 1);
		await installFixtureDatabase(page, 1, fixture);

		// The upgrade creates saved, then history: the browser refusing the second store aborts it
		// halfway, as a full disk or a browser bug would.
		// The search worker opens the database too, where this page's patch can't reach: keep it out,
		// so the injected failure meets every opener, as a real one would.
		await page.route('**/assets/worker-*.js', (route) => route.abort());
		await page.addInitScript(() => {
			const create = IDBDatabase.prototype.createObjectStore;
			IDBDatabase.prototype.createObjectStore = function (name, options) {
				if (name === 'history') throw new DOMException('injected upgrade failure', 'UnknownError');
				return create.call(this, name, options);
			};
		});
		await page.goto('/');
		await expect(page.getByTestId('storage-notice')).toContainText(
			"Briefs couldn't update its storage"
		);
		// Read from the old database as it is: the imported brief is in no deployed bundle.
		await expect(page.getByRole('link', { name: LEGACY_HEADLINE })).toBeVisible();
		await page.getByRole('link', { name: SEED_HEADLINE }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);

		const probe = await context.newPage();
		await openProbe(probe);
		const db = await readDatabase(probe);
		expect(db?.version).toBe(10);
		expect(sorted(db!.tables)).toEqual(sorted(fixture));

		// The next start, without the fault, upgrades the same data.
		await probe.goto('/');
		await expect(probe.getByRole('link', { name: LEGACY_HEADLINE })).toBeVisible();
		await expectUpgradedWith(probe, fixture);
	});
});
