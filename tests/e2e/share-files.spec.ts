import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, SEED_HEADLINE, test } from './fixtures';

type SharedFile = { name: string; mimeType: string; buffer: Buffer };
const fixture = (name: string, mimeType: string): SharedFile => ({
	name,
	mimeType,
	buffer: readFileSync(`tests/fixtures/import/${name}`)
});

/** The first visit: the real service worker has installed and controls the page. */
async function visitWithWorker(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/**
 * What a share sheet does with the manifest's share_target: a POST navigation to /share, as
 * multipart/form-data with the files in `files`. Only the service worker can answer it (the
 * static server has no POST).
 */
async function shareByPost(page: Page, files: SharedFile[], fields: Record<string, string> = {}) {
	await page.evaluate((fields) => {
		const form = document.createElement('form');
		Object.assign(form, {
			id: 'share-form',
			method: 'post',
			enctype: 'multipart/form-data',
			action: '/share'
		});
		for (const [name, value] of Object.entries(fields))
			form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }));
		form.append(
			Object.assign(document.createElement('input'), {
				type: 'file',
				name: 'files',
				multiple: true
			}),
			Object.assign(document.createElement('button'), { type: 'submit', textContent: 'share' })
		);
		document.body.append(form);
	}, fields);
	if (files.length) await page.setInputFiles('#share-form input[type=file]', files);
	await page.locator('#share-form button').click();
}

const report = (page: Page) => page.getByRole('status').filter({ hasText: 'imported' });

test.describe.configure({ timeout: 60_000 });

test('a file shared from another app goes through the service worker and ends on the import report', async ({
	page
}) => {
	await visitWithWorker(page);
	await shareByPost(page, [fixture('article.md', 'text/markdown')]);
	await expect(page).toHaveURL(/\/import$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import briefs');
	await expect(report(page)).toHaveText('1 imported');

	await page.getByRole('link', { name: 'Briefs, home' }).click();
	await expect(page.getByRole('link', { name: 'Synthetic Markdown Brief' })).toBeVisible();
	// Taken once: going back to the share's address imports nothing again.
	await page.goBack();
	await expect(report(page)).toHaveCount(0);
});

test("a shared file that is not importable gets the import page's refusal", async ({ page }) => {
	await visitWithWorker(page);
	await shareByPost(page, [fixture('malformed.json', 'application/json')]);
	await expect(report(page)).toHaveText('0 imported, 1 file refused');
	await expect(page.locator('.import-problems')).toContainText('malformed.json');
});

test('a share with no file, or with 50 files, gets a clear answer and stores nothing', async ({
	page
}) => {
	await visitWithWorker(page);
	await shareByPost(page, []);
	await expect(page.getByRole('alert')).toHaveText(
		/Nothing was imported: the share came with no file/
	);

	const many = Array.from({ length: 50 }, (_, i) => ({
		...fixture('article.md', 'text/markdown'),
		name: `article-${i + 1}.md`
	}));
	await shareByPost(page, many);
	await expect(page.getByRole('alert')).toHaveText(
		/Nothing was imported: 50 files were shared, and Briefs takes up to 20 at a time/
	);
	await page.getByRole('link', { name: 'Briefs, home' }).click();
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Synthetic Markdown Brief' })).toHaveCount(0);
	expect(
		await page.evaluate(async () => (await (await caches.open('shared-files')).keys()).length)
	).toBe(0);
});

test('a shared link still opens through the GET share page', async ({ page }) => {
	await visitWithWorker(page);
	await shareByPost(page, [], { title: 'Elsewhere', url: 'https://example.org/not-briefs' });
	await expect(page).toHaveURL(/\/share\?/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared to Briefs');
	await expect(page.getByText('is not a Briefs article')).toBeVisible();
});
