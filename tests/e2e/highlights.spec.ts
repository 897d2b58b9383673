import { readFileSync } from 'node:fs';
import { serveContent, withExtraBriefs } from './content-route';
import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures';
import {
	bodyParagraph,
	highlight,
	select,
	storedHighlightIds,
	takeaway
} from './support/highlighting';

// serveContent answers content requests itself, which a service worker would take first.
test.use({ serviceWorkers: 'block' });

const QUOTE_1 = 'condemned U.S. intervention as coercive';
const QUOTE_2 = 'Regional stability risks rising';

test('a highlight has its own link, which scrolls to its mark', async ({ page }) => {
	await page.goto(SEED_PATH);
	const id = await highlight(page, bodyParagraph(page, 3), 'Washington');
	expect(id).toMatch(/^highlight-h-[0-9a-z]+$/);
	await page.goto('/');
	// A cold start at the link: the mark exists only once IndexedDB has answered.
	await page.goto(`${SEED_PATH}#${id}`);
	const mark = page.locator(`#${id}`);
	await expect(mark).toBeFocused();
	await expect(mark).toBeInViewport();
	await expect(mark).toHaveClass(/target/);
});

test('/highlights lists every highlight newest first, grouped by brief, with notes and links', async ({
	page
}) => {
	await serveContent(page, withExtraBriefs(1));
	await page.goto(SEED_PATH);
	await highlight(page, takeaway(page, 2), QUOTE_1);
	await page.goto('/article/e2e-test-brief-1');
	await highlight(page, takeaway(page, 5), QUOTE_2, 'Note on the other brief');
	await page.goto(SEED_PATH);
	await highlight(page, takeaway(page, 1), 'Tens of thousands');

	await page.getByRole('link', { name: 'Highlights' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Highlights');
	const groups = page.locator('.highlight-group');
	await expect(groups.getByRole('heading', { level: 2 })).toHaveText([
		SEED_HEADLINE,
		'E2E test brief 1'
	]);
	await expect(groups.nth(0).locator('blockquote')).toHaveText(['Tens of thousands', QUOTE_1]);
	await expect(groups.nth(1).locator('blockquote')).toHaveText([QUOTE_2]);
	await expect(groups.nth(1)).toContainText('Note on the other brief');

	// Each links to its place.
	await groups
		.nth(0)
		.getByRole('link', { name: `Open in the article: “${QUOTE_1}”` })
		.click();
	await expect(page).toHaveURL(/\/article\/diaz-canel-[a-z0-9-]+#highlight-h-[0-9a-z]+$/);
	await expect(takeaway(page, 2).locator('mark')).toBeFocused();

	await page.goBack();
	await page.getByRole('button', { name: `Remove highlight “${QUOTE_2}”` }).click();
	await expect(groups).toHaveCount(1);
});

test('the main search finds highlights and their notes: "matched in your highlight"', async ({
	page
}) => {
	await page.goto(SEED_PATH);
	const id = await highlight(
		page,
		takeaway(page, 3),
		'defend its sovereignty',
		'Compare with zanzibar'
	);
	await page.getByRole('searchbox', { name: 'Search briefs' }).fill('zanzibar');
	const result = page.locator('.search-result').first();
	await expect(result).toContainText('matched in your highlight');
	await expect(result.locator('.snippet')).toHaveText('Compare with zanzibar');
	await result.getByRole('link', { name: SEED_HEADLINE }).click();
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
	await expect(page.locator(`#${id}`)).toBeFocused();
});

test('a note of 100 KB is cut to the longest note, with a message', async ({ page }) => {
	await page.goto(SEED_PATH);
	await select(takeaway(page, 3), 'defend its sovereignty');
	const panel = page.getByRole('region', { name: 'Highlight' });
	await panel.getByRole('button', { name: 'Highlight with a note' }).click();
	await panel.getByRole('textbox', { name: 'Note (optional)' }).fill('n'.repeat(100_000));
	await expect(panel.getByRole('alert')).toHaveText(/Notes are kept to 2,000 characters/);
	await panel.getByRole('button', { name: 'Save highlight' }).click();
	const mark = takeaway(page, 3).locator('mark', { hasText: 'defend its sovereignty' });
	await expect(mark).toBeVisible();
	// The mark shows before the write commits: leaving before it has could end the page with it.
	const id = (await mark.getAttribute('id'))!.replace(/^highlight-/, '');
	await expect.poll(() => storedHighlightIds(page)).toContain(id);
	await page.goto('/highlights');
	await expect(page.locator('.highlight-note')).toHaveText('n'.repeat(2000));
});

test('a selection the reader is making survives highlights arriving from another tab', async ({
	page,
	context
}) => {
	await page.goto(SEED_PATH);
	await select(takeaway(page, 5), 'stability risks');
	const panel = page.getByRole('region', { name: 'Highlight' });
	await expect(panel).toBeVisible();

	const other = await context.newPage();
	await other.goto(SEED_PATH);
	await highlight(other, takeaway(other, 1), 'Tens of thousands');
	// The first tab's page is redrawn with the new mark…
	await expect(takeaway(page, 1).locator('mark')).toHaveText('Tens of thousands');
	// …and the words being selected there are still selected.
	expect(await page.evaluate(() => getSelection()!.toString())).toBe('stability risks');
	await expect(panel.getByRole('button', { name: 'Highlight', exact: true })).toBeVisible();
});

test('words selected on the page before the app has started are offered once it has', async ({
	page
}) => {
	let start!: () => void;
	const started = new Promise<void>((resolve) => (start = resolve));
	// The app's entry script waits, as on a slow connection: the page is the build's HTML alone.
	await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
		await started;
		await route.continue();
	});
	await page.goto(SEED_PATH, { waitUntil: 'commit' });
	await select(takeaway(page, 5), 'stability risks');
	start();
	const panel = page.getByRole('region', { name: 'Highlight' });
	await panel.getByRole('button', { name: 'Highlight', exact: true }).click();
	await expect(takeaway(page, 5).locator('mark')).toHaveText('stability risks');
});

test('a selection across parts is kept to its first paragraph; the whole page is refused', async ({
	page
}) => {
	await page.goto(SEED_PATH);
	await expect(takeaway(page, 5)).toBeVisible();
	await page.evaluate(() => {
		const from = document.querySelector('#takeaway-5 .marked-text')!.firstChild!;
		const to = document.querySelector('.body p .marked-text')!.firstChild!;
		getSelection()!.setBaseAndExtent(from, 9, to, 20);
	});
	const panel = page.getByRole('region', { name: 'Highlight' });
	await expect(panel).toContainText('A highlight stays within one paragraph');
	await panel.getByRole('button', { name: 'Highlight', exact: true }).click();
	await expect(takeaway(page, 5).locator('mark')).toHaveText(
		'stability risks rising if diplomatic channels do not reduce tensions after the operation.'
	);

	await page.keyboard.press('Control+a');
	await expect(panel.getByRole('alert')).toHaveText(
		"Select words in a takeaway, the Editor's Desk or the story to highlight them."
	);
	await expect(panel.getByRole('button', { name: 'Highlight', exact: true })).toHaveCount(0);
});

test('a content update that changes a highlighted sentence keeps the highlight, shown as gone', async ({
	page
}) => {
	await page.goto(SEED_PATH);
	await highlight(page, takeaway(page, 2), QUOTE_1, 'Kept through updates');
	await highlight(
		page,
		takeaway(page, 4),
		'deepen ties with rivals of Washington',
		'About to change'
	);

	// A deploy adds a takeaway at the top (the first moves down) and rewrites the fourth.
	await serveContent(page, (briefs) => {
		const [seed, ...rest] = briefs;
		const takeaways = [...seed.takeaways];
		takeaways[3] = 'The incident complicates U.S. relations in Latin America.';
		takeaways.unshift('A new first takeaway from the update.');
		return [{ ...seed, takeaways, contentHash: 'c'.repeat(64) }, ...rest];
	});
	await page.reload();
	await expect(page.getByTestId('updated-badge')).toBeVisible();
	// Found again, one takeaway further down.
	await expect(takeaway(page, 3).locator('mark')).toHaveText(QUOTE_1);
	// Gone from the text, but not lost.
	const gone = page.getByRole('region', { name: 'Your highlights no longer in the text' });
	await expect(gone.locator('blockquote')).toHaveText('deepen ties with rivals of Washington');
	await expect(gone).toContainText('About to change');
	await expect(gone).toContainText('No longer in the text');
	await page.goto('/highlights');
	await expect(
		page.locator('.highlights-list li', { hasText: 'rivals of Washington' })
	).toContainText('No longer in the text');
	await expect(page.locator('.highlights-list li', { hasText: QUOTE_1 })).not.toContainText(
		'No longer in the text'
	);
});

test('highlights export as one Markdown file: quote, note and link for each', async ({ page }) => {
	await page.goto(SEED_PATH);
	const id = await highlight(page, takeaway(page, 2), QUOTE_1, 'My note\non two lines');
	await page.goto('/highlights');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export highlights as Markdown' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^briefs-highlights-\d{4}-\d{2}-\d{2}\.md$/);
	const markdown = readFileSync(await download.path(), 'utf8');
	const origin = new URL(page.url()).origin;
	expect(markdown).toContain(
		`## ${SEED_HEADLINE}\n\n> ${QUOTE_1}\n\nNote: My note\non two lines\n\n`
	);
	expect(markdown).toContain(`${origin}${SEED_PATH}#${id}`);
});

test('highlights come back from a backup on a fresh profile', async ({ page, browser }) => {
	await page.goto(SEED_PATH);
	await highlight(page, takeaway(page, 2), QUOTE_1, 'Backed up note');
	await page.goto('/import');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download backup' }).click()
	]);
	const backup = readFileSync(await download.path());
	expect(JSON.parse(backup.toString()).highlights).toHaveLength(1);

	const fresh = await browser.newContext({
		baseURL: new URL(page.url()).origin,
		serviceWorkers: 'block'
	});
	const other = await fresh.newPage();
	await other.goto('/import');
	await other
		.getByLabel('Choose files')
		.setInputFiles([{ name: 'briefs-backup.json', mimeType: 'application/json', buffer: backup }]);
	await expect(other.getByRole('status').filter({ hasText: 'imported' })).toContainText(
		'1 highlight'
	);
	await other.goto('/highlights');
	await expect(other.locator('blockquote')).toHaveText(QUOTE_1);
	await expect(other.getByText('Backed up note')).toBeVisible();
	await other.goto(SEED_PATH);
	await expect(takeaway(other, 2).locator('mark')).toHaveText(QUOTE_1);
	await fresh.close();
});

test('a highlight and a save made just before the page goes away are kept for the next visit', async ({
	page
}) => {
	// Once the test says so, the app's writes to highlights and saved briefs never commit (nor can
	// they be read meanwhile), as on a slow phone whose reader leaves at once: the page goes away
	// while they are still under way.
	// Installed before the app starts: Dexie keeps the browser's functions it opened with.
	await page.addInitScript(() => {
		const held = new WeakSet<IDBTransaction>();
		const transaction = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (
			this: IDBDatabase,
			...args: Parameters<IDBDatabase['transaction']>
		) {
			const tx = transaction.apply(this, args);
			const names = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
			const store = names.find((name) => name === 'highlights' || name === 'saved');
			if ((window as { holdWrites?: boolean }).holdWrites && args[1] === 'readwrite' && store) {
				held.add(tx);
				// A transaction with a request always pending never commits.
				const busy = () => {
					try {
						tx.objectStore(store).get('never').onsuccess = busy;
					} catch {
						// Ended by the page going away.
					}
				};
				busy();
			}
			return tx;
		};
		const commit = IDBTransaction.prototype.commit;
		IDBTransaction.prototype.commit = function (this: IDBTransaction) {
			if (!held.has(this)) commit.call(this);
		};
	});
	await page.goto(SEED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE);
	await page.evaluate(() => ((window as { holdWrites?: boolean }).holdWrites = true));
	const paragraph = bodyParagraph(page, 3);
	await select(paragraph, 'Washington');
	await page
		.getByRole('region', { name: 'Highlight' })
		.getByRole('button', { name: 'Highlight', exact: true })
		.click();
	const mark = paragraph.locator('mark', { hasText: 'Washington' });
	await expect(mark).toBeVisible();
	const id = (await mark.getAttribute('id'))!.replace(/^highlight-/, '');
	// A save in a transaction of its own shows once committed, which here is never: the reader
	// taps Save and leaves.
	await page.getByRole('button', { name: 'Save', exact: true }).click();

	await page.goto('/saved');
	await expect(page.getByRole('link', { name: SEED_HEADLINE })).toBeVisible();
	await page.goto(SEED_PATH);
	await expect(bodyParagraph(page, 3).locator(`#highlight-${id}`)).toHaveText('Washington');
	expect(await storedHighlightIds(page)).toContain(id);
});
