import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.mjs';
import { expect, SEED_PATH, test } from './fixtures';
import { takeaway } from './support/highlighting';

// Caret browsing (F7) is how a keyboard selects text on a page; a browser of its own, with it on.
test.use({
	launchOptions: {
		executablePath: CHROMIUM_PATH,
		args: [...CHROMIUM_ARGS, '--enable-caret-browsing']
	}
});

test('a selection made with the keyboard is highlighted with H, and a note is kept', async ({
	page
}) => {
	await page.goto(SEED_PATH);
	const second = takeaway(page, 2);
	await expect(second).toBeVisible();
	// The caret at the start of the second takeaway, as the arrow keys would put it.
	await second.evaluate((el) => getSelection()!.collapse(el.firstChild!, 0));
	for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
	const panel = page.getByRole('region', { name: 'Highlight' });
	await expect(panel.getByRole('toolbar', { name: 'Selected text' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Text selected' })).toHaveText(/Press H/);
	await page.keyboard.press('h');
	await expect(page.getByRole('status').filter({ hasText: 'Highlighted' })).toHaveText(
		'Highlighted.'
	);
	await expect(second.locator('mark')).toHaveText('President Díaz');
	await expect(panel).toHaveCount(0);

	// A second one, with a note, without the mouse: Tab to the button, type, Tab, Enter.
	const fifth = takeaway(page, 5);
	await fifth.evaluate((el) => getSelection()!.collapse(el.firstChild!, 0));
	for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
	await expect(panel).toContainText('“Regional stability risks”');
	await panel.getByRole('button', { name: 'Highlight with a note' }).focus();
	await page.keyboard.press('Enter');
	const note = panel.getByRole('textbox', { name: 'Note (optional)' });
	await expect(note).toBeFocused();
	await page.keyboard.type('Worth following up.');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(fifth.locator('mark')).toHaveText('Regional stability risks');
	await page.goto('/highlights');
	await expect(page.getByText('Worth following up.')).toBeVisible();
});
